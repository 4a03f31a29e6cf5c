import Foundation

/// Where a sentence stands in its report: the turn from results to goals, the headings above
/// it, and the sentence and paragraph it opens or continues.
extension IndicatorExtractor {
  /// Phrases that open a report's goals when no heading does (`2021年,经济社会发展的主要预期目标是:`,
  /// `主要预期目标建议为：`): `goalPhrases` in `extraction-vocabulary.json`.
  static let goalPhrases = ExtractionVocabulary.builtIn.goalPhrases.map { Array($0.unicodeScalars) }

  /// Where the report turns from results to goals: its first targets or tasks section, or the
  /// first goal phrase, whichever comes first. One pass over the scalars before the section.
  static func goalStart(_ text: [Unicode.Scalar], _ structure: ReportStructure) -> Int {
    let start =
      structure.sections.first { $0.kind == .targets || $0.kind == .tasks }?.start ?? text.count
    let firsts = Set(goalPhrases.compactMap(\.first))
    for i in 0..<min(start, text.count) where firsts.contains(text[i]) {
      for p in goalPhrases
      where i + p.count <= text.count && (0..<p.count).allSatisfy({ text[i + $0] == p[$0] }) {
        return i
      }
    }
    return start
  }

  /// Goals come in targets and tasks sections; results in the review; elsewhere the side of
  /// the report's turn to goals decides.
  static func looksForward(_ section: Section?, at offset: Int, goalStart: Int) -> Bool {
    switch section?.kind {
    case .targets?, .tasks?: return true
    case .review?: return false
    default: return offset >= goalStart
    }
  }

  /// Headings of a section and its parents, the outermost first.
  static func headings(of section: Section?, in structure: ReportStructure) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var s = section
    while let x = s {
      out.insert(x.start..<x.headingEnd, at: 0)
      s = x.parentIndex.map { structure.sections[$0] }
    }
    return out
  }

  /// The start of the clause holding `offset`, so `累计完成外贸进出口…` sees its `累计`.
  static func clauseStart(_ text: [Unicode.Scalar], before offset: Int, floor: Int) -> Int {
    var i = offset
    while i > floor, !FactReader.clauseBreaks.contains(text[i - 1]) { i -= 1 }
    return i
  }

  /// Where the full sentence (`。`-delimited) holding `offset` starts, so a `；` list item
  /// still sees the words that opened the list (`今年主要预期目标是：…；…`).
  static func fullSentenceStart(_ text: [Unicode.Scalar], before offset: Int) -> Int {
    var i = offset
    while i > 0, offset - i < 400 {
      let c = text[i - 1]
      if c == "。" || c == "！" || c == "？" || c == "\n" { break }
      i -= 1
    }
    return i
  }

  /// The start of the line holding `offset`, at most 2,000 characters back.
  static func lineStart(_ text: [Unicode.Scalar], before offset: Int) -> Int {
    var i = offset
    while i > 0, offset - i < 2000, text[i - 1] != "\n" { i -= 1 }
    return i
  }

  /// The start of the paragraph (line) holding `offset`, at most 300 characters back.
  static func paragraphStart(_ text: [Unicode.Scalar], before offset: Int) -> Int {
    var i = offset
    while i > 0, offset - i < 300, text[i - 1] != "\n" { i -= 1 }
    // `2021年经济社会发展的主要预期目标是：` / `——地区生产总值增长7%左右；`: an item of a list
    // belongs to the paragraph that introduces it with `：`, past the items before it. An item
    // opens with `——` or follows an item that ends with `；` (`2022年全市经济社会发展主要预期
    // 目标是：` / `地区生产总值增长8.5%，规模以上工业增加值增长12%；` / `地方一般公共预算收入
    // 增长6%；`).
    var start = i
    while start < text.count {
      var j = start - 1
      while j > 0, TextBlocks.isSpace(text[j - 1]) || text[j - 1] == "\n" { j -= 1 }
      guard j > 0, i - j < 2000 else { break }
      var k = j
      while k > 0, j - k < 300, text[k - 1] != "\n" { k -= 1 }
      if text[j - 1] == "：" || text[j - 1] == ":" { return k }
      let itemBefore = text[j - 1] == "；" || text[j - 1] == ";" || text[k] == "—"
      guard itemBefore, text[start] == "—" || text[j - 1] == "；" || text[j - 1] == ";" else {
        break
      }
      start = k
    }
    return i
  }

  /// Does the text compare a figure with the report's own year (`比1980年预计增加42亿元`,
  /// `比一九六四年增长百分之十一左右`)? Reports given late in the year set the next year's plan
  /// against the year they close, so such a figure is the next year's goal.
  static func comparesWithOwnYear(_ year: Int, in text: [Unicode.Scalar], range: Range<Int>) -> Bool
  {
    for i in range where text[i] == "比" || text[i] == "同" {
      if let (y, _) = TimeCueScanner.year(at: i + 1, in: text, limit: range.upperBound), y == year {
        return true
      }
    }
    return false
  }
}
