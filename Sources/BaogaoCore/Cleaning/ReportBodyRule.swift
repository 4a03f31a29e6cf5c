import Foundation

/// Removes what lies outside the report's body: the page around it, whatever the site.
///
/// The body is found, not the furniture listed: it starts at the first line of the report's head
/// (its title, its meeting line `——2024年1月11日在…会议上`, its date or speaker) at or above the
/// address (`各位代表：`), and ends after the closing exhortation (`…为…而努力奋斗！`) and whatever
/// notes or appendices follow it (名词解释, 附件). Lines above the head go (a page's breadcrumbs,
/// menus, a news site's `原标题：`), and so do the lines after the closing that are not prose
/// (links, site names) when no notes or appendix follow it. A site's label on the title
/// (`【云浮招商】`) goes too. Without a head or a closing, that end of the text is left as it is:
/// nothing is removed on a guess.
struct ReportBodyRule: CleaningRule {
  let kind = "outside_body_removed"
  let noun = "line outside the report's body"
  let plural = "lines outside the report's body"

  /// The address is looked for in the first lines only (a later `各位代表，…` opens a paragraph).
  static let addressSearchLines = 30
  /// Without an address, the head is looked for in the first lines.
  static let headWindow = 12
  /// The closing is looked for in the last part of the text.
  static let closingSearchShare = 0.4
  static let closingWords = ["奋斗", "努力", "前进", "篇章", "贡献", "胜利", "进军"]
  static let appendixWords = [
    "附件", "附表", "附录", "附：", "附:", "注释", "注解", "名词", "释义", "说明", "词语", "术语",
  ]

  func apply(_ text: inout String) -> [Int] {
    let lines = text.lines()
    guard lines.count >= 3 else { return [] }
    let start = Self.headStart(lines) ?? 0
    let end = Self.bodyEnd(lines, from: start) ?? lines.count
    var positions: [Int] = []
    var offset = 0
    var kept: [Substring] = []
    for (i, line) in lines.enumerated() {
      if i < start || i >= end {
        positions.append(offset)
      } else if i == start, let label = ReportTitle(line)?.label,
        let r = line.range(of: label), r.lowerBound == line.startIndex
      {
        positions.append(offset)
        kept.append(line[r.upperBound...])
      } else {
        kept.append(line)
      }
      offset += line.scalarCount + 1
    }
    if !positions.isEmpty { text = kept.joinedLines() }
    return positions
  }

  /// The first line of the report's head, when the head can be told from what is above it.
  static func headStart(_ lines: [Substring]) -> Int? {
    // `代市长 李晓波各位代表：` is the address too.
    let address = lines.prefix(addressSearchLines).firstIndex { $0.containsBytes("各位代表") }
    let window = 0...(address ?? (min(lines.count, headWindow) - 1))
    return window.first { isHeadLine(lines[$0]) }
  }

  /// A line of the head: a title (`2021年榕城区政府工作报告`, `《政府工作报告》`, `…纲要的报告`), the
  /// meeting (`——2021年2月1日在云浮市第六届人民代表大会第七次会议上`, `市十六届人大六次会议文件（三）`),
  /// its date (`2016年1月12日`) or the speaker (`自贡市人民政府市长 何树平`).
  static func isHeadLine(_ line: Substring) -> Bool {
    let length = line.scalarCount
    guard length <= 120 else { return false }
    if length <= 60 {
      var core = Substring(line)
      while let last = core.last, "）)》".contains(last),
        let open = core.lastIndex(where: { "（(《".contains($0) })
      {
        core = core[..<open]
        if core.isEmpty { core = line.dropFirst().dropLast() }
      }
      if core.hasSuffix("报告") || core.hasSuffix("報告") { return true }
      if line.containsBytes("人大") || line.containsBytes("人民代表大") { return true }
      if line.firstMatch(of: speaker) != nil { return true }
    }
    if line.containsBytes("会议上") || line.containsBytes("會議上") { return true }
    return line.firstMatch(of: datedOpening) != nil
  }

  /// `——2023年1月6日在宁波市`, `（2020年5月14日）`, `二〇一六年一月十八日`.
  nonisolated(unsafe) static let datedOpening =
    /^[—\-\s（(]*[0-9〇零○一二三四五六七八九]{2,4}年[0-9一二三四五六七八九十]{1,2}月/
  /// `自贡市人民政府市长 何树平`, `代市长 李晓波`.
  nonisolated(unsafe) static let speaker = /(总理|主席|省长|市长|州长|县长|区长|旗长|盟长|镇长|乡长)\s*[\p{Han}·]{2,4}$/

  /// One past the last line of the body, when a closing exhortation is found.
  static func bodyEnd(_ lines: [Substring], from start: Int) -> Int? {
    let searchFrom = max(start, Int(Double(lines.count) * (1 - closingSearchShare)))
    guard searchFrom < lines.count,
      let closing = (searchFrom..<lines.count).last(where: { isClosing(lines[$0]) })
    else { return nil }
    // Notes and appendices after the closing are the report's, entries and all
    // (`字库未存字注释：` / `＠①原字石右加安`).
    if lines[(closing + 1)...].contains(where: isAppendixHeading) { return nil }
    var end = lines.count
    while end > closing + 1, !isProse(lines[end - 1]) { end -= 1 }
    return end
  }

  /// `让我们…为…而努力奋斗！`
  static func isClosing(_ line: Substring) -> Bool {
    guard let last = line.unicodeScalars.last, last == "！" || last == "!" else { return false }
    return line.containsBytes("让我们") || closingWords.contains { line.containsBytes($0) }
  }

  /// A line of the report's own document: a sentence, an entry with its colon (`1.四个聚焦：…`), a
  /// bracketed note (`（本文有删减）`), a date, a signature (`省长 蓝佛安`), `谢谢大家！`.
  static func isProse(_ line: Substring) -> Bool {
    if line.unicodeScalars.contains(where: { "。；;，,！？!?：:、（(".unicodeScalars.contains($0) }) {
      return true
    }
    return line.firstMatch(of: speaker) != nil || line.firstMatch(of: dated) != nil
      || ["人大", "会议", "政府"].contains { line.containsBytes($0) }
  }

  nonisolated(unsafe) static let dated = /[0-9〇零○一二三四五六七八九]{2,4}年/

  /// `附件2`, `附：名词解释`, `《政府工作报告》名词解释`.
  static func isAppendixHeading(_ line: Substring) -> Bool {
    line.scalarCount <= 40 && appendixWords.contains { line.containsBytes($0) }
  }
}
