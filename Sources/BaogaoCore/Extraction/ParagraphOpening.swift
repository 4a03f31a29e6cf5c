/// The time a paragraph opens with, which frames what follows it in its top-level section.
///
/// A review section often turns from one time to another by a paragraph, not a heading:
/// `一、过去五年工作回顾` goes on with `各位代表，刚刚过去的2022年，是本届政府的收官之年。` /
/// `一年来，我们主要做了以下工作：` and its `（一）…（六）`, each a review of 2022 alone
/// (`城镇新增就业89.7万人` is 2022's, not 2018-2022's); `2020年是“十三五”规划收官之年。过去五年，…`
/// opens a long paragraph of five-year results under a `2020年工作和“十三五”时期发展回顾`
/// heading (`城镇新增就业342.9万人` is the 2016-2020 total). Ahead, `各位代表，2021年是…` before
/// `全市经济社会发展的主要预期目标是：…` under a `“十四五”时期主要目标和2021年重点任务` heading makes
/// the goals 2021's. The opening is read from the first words of each line, once per report.
struct ParagraphOpening: Sendable, Hashable {
  enum Time: Sendable, Hashable {
    /// `刚刚过去的2022年`, `一年来`, `过去一年`: the year just past.
    case lastYear
    /// `过去五年`, `“十三五”时期`: a span looked back on.
    case span
    /// `2021年是我国现代化建设进程中具有特殊重要性的一年`, `今年，…`: the year planned for.
    case plannedYear
    /// `今后五年，…`, `“十四五”时期是…`: a span ahead.
    case spanAhead
  }

  /// Where the line starts.
  var lineStart: Int
  /// The words read for the opening.
  var words: Range<Int>
  var time: Time

  /// How many characters of a line, after an address (`各位代表，`), its opening is.
  static let openingLength = 30
  static let addresses = ["各位代表", "同志们"]

  /// Every line of `text` that opens with a past time, in order.
  static func openings(
    in text: [Unicode.Scalar], reportYear r: Int?, spokenTheYearBefore: Bool = false
  ) -> [ParagraphOpening] {
    guard let r else { return [] }
    var out: [ParagraphOpening] = []
    var lineStart = 0
    while lineStart < text.count {
      var lineEnd = lineStart
      while lineEnd < text.count, text[lineEnd] != "\n" { lineEnd += 1 }
      var i = lineStart
      // `**各位代表，…`, `——这五年，是惠民富民的五年。`: marks before the words.
      while i < lineEnd, TextBlocks.isSpace(text[i]) || "*—-".unicodeScalars.contains(text[i]) {
        i += 1
      }
      for a in addresses where NumberGrammar.matches(a, at: i, in: text, limit: lineEnd) {
        i += a.unicodeScalars.count
        while i < lineEnd, "，,！!：: ".unicodeScalars.contains(text[i]) { i += 1 }
      }
      // The sentences starting in the opening that start with a time word; the last one decides
      // (`2020年是“十三五”规划收官之年。过去五年，…` looks back on the span,
      // `2020年是“十三五”的收官之年，也是极为特殊的一年。我们…` on 2020,
      // `2020年，我区工作取得扎实成效，实现“十三五”规划胜利收官。“十三五”时期，我们…` on the span).
      var decided: (time: Time, words: Range<Int>)?
      for k in i..<min(lineEnd, i + openingLength + 10) where k == i || text[k - 1] == "。" {
        let words = k..<min(lineEnd, k + openingLength)
        let cues = TimeCueScanner.cues(
          in: text, range: words, reportYear: r, spokenTheYearBefore: spokenTheYearBefore)
        guard let first = cues.first,
          first.offset - k <= 1 || endsTopic(first, from: k, in: text, limit: words.upperBound),
          var time = time(of: [first], year: r)
        else { continue }
        // `在过去五年中，2022年是极不平凡的一年`: the year the sentence is about is its topic.
        if time == .span, cues.contains(where: { isTopic($0, year: r - 1, in: text, limit: lineEnd) }) {
          time = .lastYear
        }
        decided = (time, i..<words.upperBound)
      }
      if let decided {
        out.append(ParagraphOpening(lineStart: lineStart, words: decided.words, time: decided.time))
      }
      lineStart = lineEnd + 1
    }
    return out
  }

  /// Does a span cue end the first clause of the sentence at `start`, so the span is what the
  /// sentence is about (`省十二届人大一次会议以来的五年，是…很不平凡的五年`)?
  static func endsTopic(_ cue: TimeCue, from start: Int, in text: [Unicode.Scalar], limit: Int)
    -> Bool
  {
    guard cue.span != nil, !cue.bare else { return false }
    var end = cue.offset
    while end < limit, !"，,。；是".unicodeScalars.contains(text[end]) { end += 1 }
    return end < limit && text[end - 1] == "年" && end - cue.offset <= 6
  }

  /// Is `cue` the year `year` standing as the subject of 是 (`2022年是`, `2022年，是`)?
  static func isTopic(_ cue: TimeCue, year: Int, in text: [Unicode.Scalar], limit: Int) -> Bool {
    guard cue.year == year, let (_, end) = TimeCueScanner.year(at: cue.offset, in: text, limit: limit)
    else { return false }
    var k = end
    if k < limit, "，,".unicodeScalars.contains(text[k]) { k += 1 }
    return k < limit && text[k] == "是"
  }

  /// A span looked back on (`过去五年`, `“十三五”时期`), or the year just past with no commitment
  /// word (`一年来`, `2022年，是…`).
  static func time(of cues: [TimeCue], year r: Int) -> Time? {
    if cues.contains(where: { $0.span != nil && !$0.bare && $0.orientation == .past }) {
      return .span
    }
    if cues.contains(where: { $0.span != nil && !$0.bare && $0.orientation == .future }) {
      return .spanAhead
    }
    if cues.contains(where: { c in
      c.span == nil && !c.weak && c.orientation == .future && (c.year == nil || c.year == r)
    }) {
      return .plannedYear
    }
    if cues.contains(where: { c in
      c.span == nil && !c.weak && c.orientation == .past && (c.year == nil || c.year == r - 1)
    }) {
      return .lastYear
    }
    return nil
  }

  /// The latest opening at or before `offset` in the body of `section`'s outermost section
  /// below the document's title (`一、过去五年工作回顾` for a sentence of its `（六）`).
  static func latest(
    _ openings: [ParagraphOpening], in section: Section?, structure: ReportStructure,
    before offset: Int, textLength: Int
  ) -> ParagraphOpening? {
    guard var root = section else { return nil }
    while let p = root.parentIndex {
      let parent = structure.sections[p]
      // `政府工作报告` heading the whole text is the document, not a part of it.
      if parent.parentIndex == nil, parent.end - parent.start >= textLength * 9 / 10 { break }
      root = parent
    }
    return openings.last { $0.lineStart >= root.headingEnd && $0.lineStart <= offset }
  }
}
