import Foundation

/// A level reached in a span is a stock at a point in time when its clause names the year:
/// `五年来，全市生产总值年均增长8.9%，2016年达到10011亿元` gives the 2012–2016 growth and the 2016
/// level; `全市生产总值年均增长8.9%、2012年突破2万亿元` the 2012 threshold. Only a review's span
/// is split so (`IndicatorExtractor.pointLevels`).
///
/// A level after a total word (`2020年累计完成投资6500亿元`, `spanTotalWords` in
/// `extraction-vocabulary.json`) keeps the span, as do rates held within a bound
/// (`失业率控制在4.5%以内`; one held to an exact figure, `控制在3.9%`, is the span's end). A level
/// whose clause names no year also keeps the span, with the growth beside it
/// (`城镇居民人均可支配收入29632元，年均增长9.1%` → 2012-2016): that is how `../shared/gold` records
/// such a level (`地区生产总值351.31亿元，年均增长3.64%` → period 2016-2020), so the span's end
/// year is not guessed.
struct PointLevel: Sendable {
  let totalWords: [String]
  let reachVerbs: [String]

  init(vocabulary: ExtractionVocabulary = .builtIn) {
    totalWords = vocabulary.spanTotalWords
    reachVerbs = vocabulary.reachVerbs
  }

  /// Verbs right before a level that say it held through the span (`城镇登记失业率稳定在4.1%左右`,
  /// `粮食总产量保持在95万吨左右`), not where it ended.
  static let holdVerbs = ["稳定在", "保持在", "维持在", "控制在", "稳定于", "保持", "稳定"]

  /// Words that name a span in a sentence: an estimate after them is the span's.
  static let spanWords = ["期间", "时期", "五年", "年来"]

  /// Characters before a year that make it a base of comparison (`比2010年`, `由2015年的…`).
  static let baseLeads: Set<Unicode.Scalar> = Set("比较从由自于同与".unicodeScalars)
  /// What after `年` makes a year a base or a start (`2015年的20693元`, `2012年以来`).
  static let baseTails = ["的", "以来", "起", "来"]

  /// The year a level read in `span` is about, or nil when it is the span's (a total, a rate).
  /// - Parameters:
  ///   - level: the level's figure.
  ///   - clause: from the start of the clause holding the metric's name to the level.
  ///   - spanSum: the metric's level alone in a span is the span's sum (`MetricLexicon.Entry`).
  ///   - alone: the level was read with no growth beside it.
  ///   - estimated: the sentence estimates it (`预计`).
  func year(
    of level: Figure, in text: [Unicode.Scalar], clause: Range<Int>, span: ClosedRange<Int>,
    rate: Bool, spanSum: Bool = false, alone: Bool = false, estimated: Bool = false
  ) -> Int? {
    let words = clause.lowerBound..<max(clause.lowerBound, level.start)
    let s = FigureContext.string(text, words)
    if totalWords.contains(where: { s.contains($0) }) { return nil }
    // `五年来，…城镇化率达到82.3%`: a level reached, with no growth of the span beside it, is the
    // level at the span's end, a rate too (`城镇登记失业率控制在4%以内` keeps the span).
    // A threshold crossed (`全体居民人均可支配收入超过4万元`) is a level reached as well.
    // `城镇化率由2015年的46.08%提升至2019年的52%`: the verb stands before the level's date.
    let verbs = FigureContext.withoutLevelDate(s)
    if alone, reachVerbs.contains(where: { verbs.hasSuffix($0) }) || Self.listedAfterReach(s, reachVerbs)
      || FactReader.isThreshold(level)
    {
      return statedYear(in: text, range: words, near: span) ?? span.upperBound
    }
    // `这五年，…预计实现地区生产总值2200亿元，…社会消费品零售总额1227亿元`: what a review
    // estimates is the year not yet closed, the span's last; a total says so (`累计`, above),
    // as does an estimate naming the span itself (`预计“十二五”期间，实际直接利用外资54.5亿美元`).
    if alone, estimated,
      !Self.spanWords.contains(where: {
        FigureContext.string(
          text, IndicatorExtractor.fullSentenceStart(text, before: level.start)..<level.start
        ).contains($0)
      })
    {
      return statedYear(in: text, range: words, near: span) ?? span.upperBound
    }
    // `过去五年…城镇登记失业率控制在3.9%`: a rate held to one exact figure is where it stood at the
    // span's end; held within a bound (`控制在4%以内`, `森林覆盖率稳定在63%以上`) it was so for
    // the whole span, as a level held is (`连续五年保持在1000亿元以上`).
    if alone, level.qualifierText == "控制在" {
      return statedYear(in: text, range: words, near: span) ?? span.upperBound
    }
    let heldWithin =
      (NumberGrammar.hedgesAfter(level)
        && (level.qualifier == "at_most" || level.qualifier == "at_least"))
      || Self.holdVerbs.contains { verbs.hasSuffix($0) }
    // `五年来，…城镇化率69.5%`, `社会消费品零售总额实现1203亿元`, `人均生产总值4.2万元，是2010年的
    // 1.5倍`: a level alone, with no growth of the span beside it and no total word, is where the
    // span ended, unless the metric's levels there are the span's sums (`spanSum`: 实际利用外资,
    // 固定资产投资).
    // `累计完成社会固定资产投资20677亿元，实现消费品零售总额13651亿元`: a total word earlier in the
    // sentence makes the levels listed after it totals too.
    let sentence = FigureContext.string(
      text, IndicatorExtractor.fullSentenceStart(text, before: level.start)..<level.start)
    let listedTotal = !rate && level.unit != "%" && totalWords.contains { sentence.contains($0) }
    // `城镇登记失业率五年平均约2.9%`: an average over the span is the span's.
    let averaged = s.contains("平均") || s.contains("年均")
    if alone, !heldWithin, !spanSum, !listedTotal, !averaged {
      return statedYear(in: text, range: words, near: span) ?? span.upperBound
    }
    guard !rate, level.unit != "%" else { return nil }
    return statedYear(in: text, range: words, near: span)
  }

  /// What may stand between a reach verb and a later level of its list: figures, their units
  /// and the list's joiners (`分别达到11.3万亿元和1.2万亿元`).
  static let listFiller: Set<Unicode.Scalar> = Set(
    "0123456789.．,，、和及与 万亿千百元美人次吨斤公里平方米户家个项%％".unicodeScalars)

  /// Does a reach verb govern a list whose later level this is? `…分别达到11.3万亿元和` before
  /// `1.2万亿元`: the words after the verb are only earlier figures of the list and its joiners.
  static func listedAfterReach(_ s: String, _ verbs: [String]) -> Bool {
    for verb in verbs {
      guard let r = s.range(of: verb, options: .backwards) else { continue }
      let rest = s[r.upperBound...].unicodeScalars
      if rest.contains(where: { "和、及与".unicodeScalars.contains($0) }),
        rest.contains(where: { ChineseNumber.digitValue($0) != nil }),
        rest.allSatisfy({ listFiller.contains($0) })
      {
        return true
      }
    }
    return false
  }

  /// The last year the words name as a time of their own, not as a base of comparison.
  func statedYear(in text: [Unicode.Scalar], range: Range<Int>, near span: ClosedRange<Int>)
    -> Int?
  {
    var found: Int?
    var i = range.lowerBound
    while i < range.upperBound {
      if let (y, end) = TimeCueScanner.year(
        at: i, in: text, limit: min(text.count, range.upperBound)),
        i == range.lowerBound || !Self.baseLeads.contains(text[i - 1]),
        (span.lowerBound - 1)...(span.upperBound + 10) ~= y
      {
        let after = FigureContext.string(text, end..<min(text.count, end + 2))
        if !Self.baseTails.contains(where: { after.hasPrefix($0) }) { found = y }
        i = end
      } else {
        i += 1
      }
    }
    return found
  }
}
