/// Splits a file that holds several reports into one text per report, in order.
///
/// A scraped page like the ten-report seed puts each report under a title line
/// (`【榕城区招商】2021年榕城区政府工作报告`) followed by its body. A file is split at such title lines
/// only when there are at least two and every part is long enough to be a report, so a report
/// that mentions 政府工作报告 in a short line of its own stays whole.
enum ReportSplitter {
  /// Shorter parts are not reports (a town's report is a few thousand characters).
  static let minimumReportLength = 1500

  static func split(_ text: String) -> [String] {
    let lines = text.lines()
    guard lines.count >= 4 else { return [text] }
    var titles: [Int] = []
    for (i, line) in lines.enumerated() where isTitleLine(line) {
      titles.append(i)
    }
    guard titles.count >= 2 else { return [text] }
    var parts: [String] = []
    for (k, start) in titles.enumerated() {
      let from = k == 0 ? 0 : start
      let to = k + 1 < titles.count ? titles[k + 1] : lines.count
      parts.append(lines[from..<to].joined(separator: "\n"))
    }
    guard parts.allSatisfy({ $0.scalarCount >= minimumReportLength }) else {
      return [text]
    }
    return parts
  }

  /// `【云浮招商】云浮市政府工作报告`, `2021年榕城区政府工作报告`, `2024年通渭縣政府工作報告`.
  static func isTitleLine(_ line: Substring) -> Bool {
    let length = line.scalarCount
    guard length >= 6 && length <= 60 else { return false }
    guard line.containsBytes("政府工作报告") || line.containsBytes("政府工作報告") else { return false }
    return !["关于", "關於", "决议", "決議"].contains { line.containsBytes($0) }
  }
}
