import Foundation

/// Removes what web pages and document-sharing sites put around a report.
///
/// Lines and fragments of the shapes page furniture takes on any site: button rows
/// (`下载 打印 全屏 收藏`, or one control per line), `【字号：加大 还原 减小】`, `来源：…`, `相关报道`,
/// share bars, photo captions (`殷勇同志作政府工作报告。本报记者 戴冰摄`), page-continuation notes
/// (`（上接A2版）`), dates between reports and the sharing site's preamble
/// (`《2021年政府工作报告(区县).docx》由会员分享,…`). The patterns are data, in
/// `Resources/site-chrome.tsv`, so users can see and extend them. What lies outside a report's body
/// is `ReportBodyRule`'s to remove; these shapes go wherever they stand.
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
  private let buttons: [Pattern]
  /// A page control on a line of its own is short: `返回顶部`, `【字号：`.
  static let maxButtonLength = 8

  init(patterns: [Pattern]) {
    self.patterns = patterns
    needled = patterns.filter { $0.wholeLine && $0.needle != nil }
    inline = patterns.filter { $0.scope == "inline" }
    buttons = patterns.filter { $0.scope == "button" }
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
    let lines = text.lines()
    let total = text.scalarCount
    // First what each line is; a button (`下载`, `加大`) is furniture only beside other furniture.
    var kinds: [LineKind] = []
    kinds.reserveCapacity(lines.count)
    var offsets: [Int] = []
    offsets.reserveCapacity(lines.count)
    var offset = 0
    for line in lines {
      offsets.append(offset)
      let kind = classify(line, tail: total - offset <= Self.tailLength)
      kinds.append(kind)
      offset += line.scalarCount + 1
      if case .tail = kind { break }
    }
    // Lines are slices of the text; only a line an inline pattern edits becomes a new String.
    var kept: [Substring] = []
    for (i, kind) in kinds.enumerated() {
      let line = lines[i]
      switch kind {
      case .tail(let label):
        found[label, default: []].append(offsets[i])
      case .furniture(let label):
        found[label, default: []].append(offsets[i])
        continue
      case .button where Self.inFurnitureRun(i, kinds):
        found["site_chrome_removed", default: []].append(offsets[i])
        continue
      case .text, .button:
        if let edited = editInline(line, at: offsets[i], into: &found) {
          if !edited.isEmpty || line.isEmpty { kept.append(Substring(edited)) }
        } else if !line.isEmpty || line.scalarCount == 0 {
          kept.append(line)
        }
      }
      if case .tail = kind { break }
    }
    if !found.isEmpty { text = kept.joinedLines() }
    return found
  }

  /// What a line is to the page: furniture by a line pattern, a lone button, a footer that ends
  /// the text, or text.
  enum LineKind {
    case text, button, furniture(String), tail(String)
  }

  private func classify(_ line: Substring, tail: Bool) -> LineKind {
    let length = line.scalarCount
    guard length <= Self.maxLineLength else { return .text }
    let trimmed = line.trimmingWhitespace()
    if tail, let p = patterns.first(where: { $0.scope == "tail" && Self.matches($0, trimmed) }) {
      return .tail(p.label)
    }
    if let p = needled.first(where: { Self.matches($0, trimmed) }) { return .furniture(p.label) }
    if length <= Self.maxPlainLineLength,
      let c = combined.first(where: {
        $0.regex.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil
      })
    {
      return .furniture(c.label)
    }
    if length <= Self.maxButtonLength, buttons.contains(where: { Self.matches($0, trimmed) }) {
      return .button
    }
    return .text
  }

  /// A button line is furniture when the lines around it are buttons or furniture too: a page's
  /// controls one per line (`下载` / `打印` / `全屏` / `收藏` / `【字号：` / `加大` / `还原` / `减小` / `】`).
  static func inFurnitureRun(_ i: Int, _ kinds: [LineKind]) -> Bool {
    func isFurniture(_ k: Int) -> Bool {
      guard kinds.indices.contains(k) else { return false }
      switch kinds[k] {
      case .text, .tail: return false
      case .button, .furniture: return true
      }
    }
    return isFurniture(i - 1) || isFurniture(i + 1)
  }

  /// Lines longer than this are edited a sentence (up to a 。) at a time.
  static let longLine = 4096

  /// The line with inline fragments cut out, or nil when no inline pattern matched.
  ///
  /// Inline fragments are short and hold no 。 (`【字号：大 中 小】`, `（记者 王明 摄）`), so a long line
  /// is edited one sentence at a time: a flattened report (issue 12: one 200 MB line) is not copied
  /// whole and handed to the regex, with its UTF-16 conversions, for each needle it contains.
  private func editInline(_ line: Substring, at offset: Int, into found: inout [String: [Int]])
    -> String?
  {
    guard line.utf8.count > Self.longLine else {
      return editFragment(line, patterns: inline, at: offset, into: &found)
    }
    let candidates = inline.filter { p in p.needle.map { line.containsBytes($0) } ?? true }
    guard !candidates.isEmpty else { return nil }
    var edited: String?
    let scalars = line.unicodeScalars
    var start = scalars.startIndex
    var i = start
    while start < scalars.endIndex {
      let stop = scalars[i] == "。"
      i = scalars.index(after: i)
      guard stop || i == scalars.endIndex else { continue }
      let piece = line[start..<i]
      if let fixed = editFragment(piece, patterns: candidates, at: offset, into: &found) {
        if edited == nil {
          edited = String()
          edited!.reserveCapacity(line.utf8.count)
          edited!.append(contentsOf: line[line.startIndex..<start])
        }
        edited!.append(fixed)
      } else if edited != nil {
        edited!.append(contentsOf: piece)
      }
      start = i
    }
    return edited
  }

  /// `line` with the fragments of `patterns` cut out, or nil when none matched.
  private func editFragment(
    _ line: Substring, patterns inline: [Pattern], at offset: Int,
    into found: inout [String: [Int]]
  ) -> String? {
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
    return edited
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
