/// Splits a file that holds several reports into one text per report, in order.
///
/// A scraped page like the ten-report seed puts each report under its title line
/// (`【榕城区招商】2021年榕城区政府工作报告`) followed by its body. A file is split at report titles
/// (`ReportTitle`: a short line naming a government and ending in 政府工作报告) only when there are at
/// least two and every part is long enough to be a report. A line that names the report without a
/// government (`《政府工作报告》名词解释`, `政府工作报告（摘要）`) is not a title: a glossary, a summary
/// heading or a newspaper's page header stays with its report. Parts under the same title are the
/// pages of one article, and are joined.
enum ReportSplitter {
  /// Shorter parts are not reports (a town's report is a few thousand characters).
  static let minimumReportLength = 1500

  struct Split {
    var parts: [String]
    /// Title lines repeated at the top of a later page of the same report, removed when joined.
    var joinedPages: Int = 0
  }

  static func split(_ text: String) -> Split {
    let lines = text.lines()
    guard lines.count >= 4 else { return Split(parts: [text]) }
    var titles: [(line: Int, title: ReportTitle)] = []
    for (i, line) in lines.enumerated() {
      if let title = ReportTitle(line) { titles.append((i, title)) }
    }
    guard titles.count >= 2 else { return Split(parts: [text]) }
    // Each part: its line ranges (a later page adds a range without its repeated title line).
    var parts: [(title: ReportTitle, ranges: [Range<Int>])] = []
    var joined = 0
    for (k, entry) in titles.enumerated() {
      let from = k == 0 ? 0 : entry.line
      let to = k + 1 < titles.count ? titles[k + 1].line : lines.count
      if let last = parts.last, last.title.names(sameReportAs: entry.title) {
        parts[parts.count - 1].ranges.append((entry.line + 1)..<to)
        joined += 1
      } else {
        parts.append((entry.title, [from..<to]))
      }
    }
    let texts = parts.map { part in
      part.ranges.flatMap { lines[$0] }.joinedLines()
    }
    guard texts.count >= 2 else {
      return Split(parts: texts, joinedPages: joined)
    }
    guard texts.allSatisfy({ $0.scalarCount >= minimumReportLength }) else {
      return Split(parts: [text])
    }
    return Split(parts: texts, joinedPages: joined)
  }

  /// `【云浮招商】云浮市政府工作报告`, `2021年榕城区政府工作报告`, `2024年通渭縣政府工作報告`.
  static func isTitleLine(_ line: Substring) -> Bool { ReportTitle(line) != nil }
}
