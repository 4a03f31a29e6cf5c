import Foundation

/// Removes what web pages and document-sharing sites put around a report.
///
/// Headers and footers, `下载 打印 全屏 收藏`, `【字号：加大 还原 减小】`, `来源：…`, `相关报道`,
/// `有想补充的信息?点我投稿`, share and contact links, photo credits, dates between reports and the
/// sharing site's preamble (`《2021年政府工作报告(区县).docx》由会员分享,…`). The patterns are data,
/// in `Resources/site-chrome.tsv`, so users can see and extend them.
struct SiteChromeRule: Sendable {
  struct Pattern: @unchecked Sendable {
    /// `line`: the whole line; `inline`: a fragment of a line; `tail`: the line and everything after it
    /// (a licence footer), tried only in the last `tailLength` characters.
    var scope: String
    var wholeLine: Bool { scope == "line" }
    var needle: String?
    var label: String
    var regex: NSRegularExpression
  }

  static let shared = SiteChromeRule(patterns: loadPatterns())
  static let maxLineLength = 200
  static let tailLength = 3000
  /// Patterns without a needle (dates, nav links, credits) match short lines only.
  static let maxPlainLineLength = 60

  var patterns: [Pattern]
  /// Whole-line patterns without a needle, joined into one expression per label so a short line
  /// costs one regex match instead of a dozen (a corpus has millions of short lines).
  private let combined: [(label: String, regex: NSRegularExpression)]
  private let needled: [Pattern]
  private let inline: [Pattern]

  init(patterns: [Pattern]) {
    self.patterns = patterns
    needled = patterns.filter { $0.wholeLine && $0.needle != nil }
    inline = patterns.filter { $0.scope == "inline" }
    var byLabel: [String: [String]] = [:]
    var order: [String] = []
    for p in patterns where p.wholeLine && p.needle == nil {
      if byLabel[p.label] == nil { order.append(p.label) }
      byLabel[p.label, default: []].append("(?:" + p.regex.pattern + ")")
    }
    combined = order.compactMap { label in
      // When every alternative is anchored at the start, say so outside the alternation too:
      // ICU then tries the line's first position only, not every position (same matches).
      let parts = byLabel[label]!
      let anchored = parts.allSatisfy { $0.hasPrefix("(?:^") }
      let joined = parts.joined(separator: "|")
      return (try? NSRegularExpression(pattern: anchored ? "^(?:" + joined + ")" : joined)).map {
        (label, $0)
      }
    }
  }

  /// Applies all patterns; returns scalar offsets per diagnostic kind (`site_chrome_removed`, `preamble_removed`).
  func apply(_ text: inout String) -> [String: [Int]] {
    var found: [String: [Int]] = [:]
    // Lines are slices of the text; only a line an inline pattern edits becomes a new String.
    var kept: [Substring] = []
    var offset = 0
    let total = text.scalarCount
    for line in text.lines() {
      let length = line.scalarCount
      var removed = false
      if length <= Self.maxLineLength {
        let trimmed = line.trimmingWhitespace()
        if total - offset <= Self.tailLength,
          let p = patterns.first(where: { $0.scope == "tail" && Self.matches($0, trimmed) })
        {
          found[p.label, default: []].append(offset)
          break
        }
        if let p = needled.first(where: { Self.matches($0, trimmed) }) {
          found[p.label, default: []].append(offset)
          removed = true
        } else if length <= Self.maxPlainLineLength,
          let c = combined.first(where: {
            $0.regex.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed))
              != nil
          })
        {
          found[c.label, default: []].append(offset)
          removed = true
        }
      }
      if !removed {
        var edited: String?
        for p in inline {
          if let needle = p.needle,
            !(edited.map { $0.containsBytes(needle) } ?? line.containsBytes(needle))
          {
            continue
          }
          let current = edited ?? String(line)
          let ns = current as NSString
          let matches = p.regex.matches(in: current, range: NSRange(location: 0, length: ns.length))
          guard !matches.isEmpty else { continue }
          for _ in matches { found[p.label, default: []].append(offset) }
          edited = p.regex.stringByReplacingMatches(
            in: current, range: NSRange(location: 0, length: ns.length), withTemplate: "")
        }
        if let edited {
          if !edited.isEmpty || length == 0 { kept.append(Substring(edited)) }
        } else if !line.isEmpty || length == 0 {
          kept.append(line)
        }
      }
      offset += length + 1
    }
    if !found.isEmpty { text = kept.joined(separator: "\n") }
    return found
  }

  static func matches(_ p: Pattern, _ line: String) -> Bool {
    if let needle = p.needle, !line.containsBytes(needle) { return false }
    return p.regex.firstMatch(
      in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil
  }

  static func loadPatterns() -> [Pattern] {
    guard let url = Bundle.module.url(forResource: "site-chrome", withExtension: "tsv"),
      let data = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return parse(data)
  }

  static func parse(_ table: String) -> [Pattern] {
    var patterns: [Pattern] = []
    for line in table.split(separator: "\n") where !line.hasPrefix("#") {
      let columns = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
      guard columns.count == 4, let regex = try? NSRegularExpression(pattern: String(columns[3]))
      else { continue }
      patterns.append(
        Pattern(
          scope: String(columns[0]), needle: columns[1] == "*" ? nil : String(columns[1]),
          label: String(columns[2]), regex: regex))
    }
    return patterns
  }
}
