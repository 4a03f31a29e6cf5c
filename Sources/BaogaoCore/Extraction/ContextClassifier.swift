/// Decides a fact's kind and period from where it stands: the section (review or targets), the
/// time words of its sentence (`去年`, `今年`, `五年来`, `“十四五”期间`, `到2025年`, `2020年`) and
/// its own wording (`年均增长`, `累计完成`).
///
/// The latest cue before the end of the fact wins, first in the fact's own sentence, then in the
/// sentence it belongs to (a `；` list continues its opening words), then the section's kind.
enum ContextClassifier {
  struct Frame: Sendable, Hashable {
    var kind: FactKind
    var period: String?
    var estimated: Bool

    /// `2016-2020` → 2016…2020; nil for one year.
    var yearSpan: ClosedRange<Int>? {
      guard let p = period else { return nil }
      let parts = p.split(separator: "-")
      guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a <= b else {
        return nil
      }
      return a...b
    }
  }

  /// `比上年`, `同比` …: `yearOnYearWords` in `extraction-vocabulary.json`.
  static let yearOnYearWords = ExtractionVocabulary.builtIn.yearOnYearWords

  /// `年均`, `累计` …: `multiYearWords` in `extraction-vocabulary.json`.
  static let multiYearWords = ExtractionVocabulary.builtIn.multiYearWords

  /// - Parameters:
  ///   - own: the fact's sentence, up to the end of its figures.
  ///   - earlier: the same full sentence (`。`) before the fact's own (`；`) sentence.
  ///   - scope: the fact's words (its name through its figures).
  ///   - rest: the sentence after the fact's figures.
  ///   - opening: the opening words of the fact's paragraph when they look back on a span.
  ///   - turnedToLastYear: a paragraph of its section before it opens with the year just past.
  ///   - turnedToPlannedYear: a paragraph of its section before it opens with the year planned.
  ///   - turnedToSpan: the latest paragraph of its section to open with a time, at or before
  ///     it, opens with a span looked back on (`过去的五年，是…`).
  static func frame(
    text: [Unicode.Scalar], own: Range<Int>, earlier: Range<Int>, scope: Range<Int>,
    headings: [Range<Int>] = [], previous: Range<Int>? = nil, rest: Range<Int>? = nil,
    opening: Range<Int>? = nil, paragraph: Range<Int>? = nil, turnedToLastYear: Bool = false,
    turnedToPlannedYear: Bool = false, turnedToSpan: Bool = false, lookingForward: Bool,
    reportYear r: Int?, spokenTheYearBefore: Bool = false
  ) -> Frame {
    func cuesIn(_ range: Range<Int>, heading: Bool = false) -> [TimeCue] {
      TimeCueScanner.cues(
        in: text, range: range, reportYear: r, spokenTheYearBefore: spokenTheYearBefore,
        heading: heading
      ).filter { !($0.offset < scope.lowerBound && commitsToNoFigure($0, in: text)) }
    }
    // `实现地区生产总值比2010年翻一番，城镇、农村居民人均可支配收入年均增长6.4%和9.4%`: a
    // comparison's base frames no yearly average after it; growths listed after it share it
    // (`规上工业增加值比2016年增长39%，社会消费品零售总额增长26.4%`).
    var clauseStart = scope.lowerBound
    let scopeWords = String(String.UnicodeScalarView(text[scope]))
    if multiYearWords.contains(where: { scopeWords.contains($0) }) {
      while clauseStart > own.lowerBound,
        !FactReader.clauseBreaks.contains(text[clauseStart - 1])
      {
        clauseStart -= 1
      }
    } else {
      clauseStart = own.lowerBound
    }
    let ownCues = resolvingBare(
      cuesIn(own).filter { !$0.base || $0.offset >= clauseStart }, lookingForward: lookingForward,
      reportYear: r)
    // A heading's `“十四五”时期` frames the goals under it; its year only if the text has none.
    let allHeadingCues = headings.flatMap {
      cuesIn($0, heading: true)
    }
    let headingCues = allHeadingCues.filter { $0.span != nil }
    // `提前实现地区生产总值比2010年翻一番；实现规模以上工业增加值年均增长8%`: a comparison's base
    // frames its own figure, not the clauses after it.
    let earlierCues = resolvingBare(
      headingCues + cuesIn(earlier).filter { !$0.base },
      lookingForward: lookingForward, reportYear: r)
    let scopeText = String(String.UnicodeScalarView(text[scope]))
    let estimated = (earlier.lowerBound..<scope.upperBound).contains { i in
      NumberGrammar.matches("预计", at: i, in: text, limit: scope.upperBound)
    }
    var multi = multiYearWords.contains { scopeText.contains($0) }
    // `比上年增长15.3%`: a growth over the year before is one year's, whatever span frames it.
    let yearOnYear = yearOnYearWords.contains { scopeText.contains($0) }
    let latestOwn = ownCues.last { $0.orientation == .past || $0.orientation == .future }
    if let cue = latestOwn, cue.span != nil { multi = true }
    // With no time word in its own sentence, a fact takes the paragraph's last one
    // (`过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%`).
    // A paragraph opened by a span (`五年来，人民生活明显改善。城镇居民人均可支配收入…分别实际
    // 增长58.3%`) frames every sentence in it.
    let paragraphCues = previous.map { cuesIn($0) }
    // A paragraph longer than `previous` reaches: its opening words, when they look back on a
    // span (`2020年是“十三五”规划收官之年。过去五年，…`; `ParagraphOpening`).
    let openingSpan =
      previous.flatMap { p in
        paragraphCues?.first { $0.span != nil && !$0.bare && $0.offset - p.lowerBound <= 1 }
      }
      ?? opening.flatMap { o in
        cuesIn(o).first { $0.span != nil && !$0.bare }
      }
    let paragraphCue =
      paragraphCues?.last { $0.span == nil && !$0.weak } ?? openingSpan
    // `二、“十三五”时期发展成就和“十四五”时期主要目标任务`: a heading that looks both ways
    // leaves its paragraphs to their own opening (`过去五年，…`).
    let headingOrientations = Set(headingCues.map(\.orientation))
    let sentenceCue = earlierCues.count > headingCues.count ? earlierCues.last : nil
    let orienting =
      latestOwn ?? sentenceCue
      ?? (headingOrientations.count > 1 ? openingSpan : nil) ?? earlierCues.last ?? paragraphCue
    var orientation: TimeCue.Orientation
    if let o = orienting?.orientation {
      orientation = o
    } else {
      orientation = lookingForward ? .future : .past
    }
    if estimated && orienting == nil { orientation = .past }
    // `预计全年地区生产总值增长7%、力争实现650亿元` in a review: a commitment word inside an
    // estimate of the year under review does not make it a goal; a time word would (`明年`).
    if estimated, !lookingForward, let o = orienting, o.weak, o.orientation == .future,
      !ownCues.contains(where: { !$0.weak && $0.orientation == .future })
    {
      orientation = .past
    }
    // No time word of its own and none in its sentence but a heading's span: the paragraph's
    // opening span makes it the span's figure.
    // Ahead (`今后五年的主要奋斗目标是：…`), only while the paragraph names no single time since.
    let paragraphFrame = ParagraphFrame(
      cues: paragraph.map { cuesIn($0) } ?? [], text: text, paragraph: paragraph)
    if latestOwn == nil, let o = openingSpan, o.orientation == orientation,
      earlierCues.allSatisfy({ $0.span != nil }),
      o.orientation == .past || !paragraphFrame.namesSingleTime, !yearOnYear
    {
      multi = true
    }
    // `一、过去五年工作回顾`: under a heading that looks back on a span and names no single
    // year, a figure with no time word of its own, its sentence's or its paragraph's is the
    // span's (`城镇新增就业603.7万人` in a 十四五 review), not the last year's.
    // A sentence that names a time after the figure (`…1055.4亿元，五年累计突破4500亿元`)
    // sets the figure apart from the span.
    let laterCues = rest.map { cuesIn($0) } ?? []
    // A paragraph since the heading that turned to the year just past (`一年来，我们主要做了以下
    // 工作：`) ends the heading's span as a year in it would.
    // `一、过去五年和2017年工作`: a heading that reviews the span and its last year frames with
    // the span the paragraphs from one that opens with it (`过去的五年，是…`) until one turns to
    // that year (`刚刚过去的2017年，…`), as a heading naming the span alone frames all of its
    // own (`城镇新增就业335万人` in the five years' paragraphs).
    let headingYears = allHeadingCues.compactMap(\.year)
    let spanThenItsLastYear =
      turnedToSpan && r.map { r in headingYears.allSatisfy { $0 == r - 1 } } ?? false
    if !turnedToLastYear, latestOwn == nil, sentenceCue == nil, laterCues.isEmpty,
      let o = orienting, o.span != nil,
      headingCues.contains(o), headingYears.isEmpty || spanThenItsLastYear,
      (paragraphCues ?? []).allSatisfy({ $0.span != nil || $0.weak }), !yearOnYear
    {
      multi = true
    }
    let spanCue =
      (earlierCues + ownCues).last { $0.span != nil && $0.orientation == orientation }
      ?? (orienting == openingSpan ? openingSpan : nil)
    let horizon = (earlierCues + ownCues).last { $0.horizon }
    func format(_ s: ClosedRange<Int>) -> String { "\(s.lowerBound)-\(s.upperBound)" }
    switch orientation {
    case .past:
      if multi {
        // `四年来，…2021年外贸进出口总额增长33%，…实际利用外资9.1亿美元、年均增长10%`: a yearly
        // average with no span of its own or its sentence's takes its paragraph's, then five years.
        let paragraphSpan = openingSpan.flatMap { $0.orientation == .past ? $0.span : nil }
        let span = spanCue?.span ?? paragraphSpan ?? r.map { ($0 - 5)...($0 - 1) }
        return Frame(kind: .period, period: span.map(format), estimated: estimated)
      }
      let year = (earlierCues + ownCues).last { $0.year != nil && $0.orientation == .past }?.year
      return Frame(
        kind: .actual, period: (year ?? r.map { $0 - 1 }).map(String.init), estimated: estimated)
    case .future:
      if let h = horizon?.year, let r, h > r {
        // `1995年达到234亿元，“八五”期间年平均增长17.1%` in 1993: a plan the sentence names, ending
        // at the horizon, is the span, from its first year.
        let named = (earlierCues + ownCues).first { c in
          c.span.map { $0.upperBound == h && $0.lowerBound < r } ?? false
        }
        return Frame(kind: .plan, period: format(named?.span ?? r...h), estimated: false)
      }
      // Goals under a `“十四五”时期…目标` heading or sentence are the plan's, even without 年均.
      // `今后五年主要预期目标是：…`, `“十四五”时期奋斗目标是：…确保GDP超过2500亿元` too: a
      // commitment cue after the span does not end it; a year or a horizon would.
      // `今年全市经济社会发展主要预期目标是：地区生产总值增长8%左右` under a `今后五年` heading:
      // a 今年/明年 after the span ends it, as a year does.
      // The paragraph lies between the heading and the sentence: `2021年经济社会发展的主要预期
      // 目标是：` before a `——地区生产总值增长7%左右；` item ends a `“十四五”` heading's span.
      // Only for such an item: elsewhere a paragraph's 今年 does not end a plan's span
      // (`届时，我国经济总量超过90万亿元` in the national 2016 report).
      // A paragraph since the heading that turned to the year planned for (`各位代表，2021年是…`)
      // ends the heading's span as the year itself would.
      // An item joined to the paragraph introducing its list (`ReportContext.paragraphStart`)
      // has a line break before it in `previous`. The introduction's own words count, not the
      // items between (`成功举办北京2022年冬奥会` in an item before does not end a 十四五 span).
      let introCues =
        previous.map { p in
          cuesIn(p.lowerBound..<(text[p].firstIndex(of: "\n") ?? p.upperBound))
        } ?? []
      let item =
        ((earlier.lowerBound..<own.upperBound).first.map { text[$0] == "—" } ?? false)
        || (previous.map { p in text[p].contains("\n") } ?? false)
      let ordered =
        (turnedToPlannedYear ? [] : Array(earlierCues.prefix(headingCues.count)))
        + (item ? introCues : paragraphFrame.cues)
        + Array(earlierCues.dropFirst(headingCues.count)) + ownCues
      let last = ordered.last(where: {
        $0.span != nil || $0.year != nil || $0.horizon || (!$0.weak && $0.orientation == .future)
      })
      if let last, last.span != nil, last.orientation == .future {
        multi = true
      }
      // `到2017年，我们的奋斗目标是:` / `——…全市生产总值达到2万亿元`: the horizon of the line
      // introducing the item, or of the paragraph's sentence before.
      if let last, last.horizon, let h = last.year, let r, h > r {
        return Frame(kind: .plan, period: format(r...h), estimated: false)
      }
      if multi {
        let span = spanCue?.span ?? r.map { $0...($0 + 4) }
        return Frame(kind: .plan, period: span.map(format), estimated: false)
      }
      return Frame(kind: .target, period: r.map(String.init), estimated: false)
    }
  }

  /// What a paragraph's words before a sentence say of the time of the goals in it.
  ///
  /// A paragraph's opening clause and the clauses that introduce its lists (ending in `：`) frame
  /// its later sentences: `二、到一九九〇年，…国民生产总值达到五百八十亿元…。财政收入八十五亿元`
  /// (the 七五 plan's goals); `根据《…第十四个五年规划…建议》，…主要预期目标是：…。…城镇调查失业率
  /// 控制在6%以内`; `…描绘了“十四五”时期的发展目标：一是…。…常住人口城镇化率超过65%`. Its other
  /// clauses frame nothing by a span (`…努力实现“十三五”时期经济社会发展的良好开局。主要预期目标是：`
  /// sets 2016's goals), but a single time anywhere in it ends a span (`完成今后五年的目标任务，今年
  /// 至关重要。…主要预期目标是：` sets the year's goals). A year is a horizon there only after
  /// `到` or `至` (`锚定2035年远景目标` names the vision, not the goals' horizon).
  struct ParagraphFrame {
    /// The framing cues, in order.
    var cues: [TimeCue] = []
    /// The paragraph names a single time (a year, `今年`, `明年`) that is no horizon.
    var namesSingleTime = false

    init(cues all: [TimeCue], text: [Unicode.Scalar], paragraph: Range<Int>?) {
      guard let p = paragraph else { return }
      var framing: [Range<Int>] = []
      var clauseStart = p.lowerBound
      for i in p where FactReader.clauseBreaks.contains(text[i]) {
        if clauseStart == p.lowerBound || text[i] == "：" || text[i] == ":" {
          framing.append(clauseStart..<i)
        }
        clauseStart = i + 1
      }
      for c in all {
        let single = c.span == nil && !c.weak && !c.horizon
        let toHorizon =
          c.horizon && c.offset > 0 && (text[c.offset - 1] == "到" || text[c.offset - 1] == "至")
        if single { namesSingleTime = true }
        if single || ((c.span != nil || toHorizon) && framing.contains { $0.contains(c.offset) }) {
          cues.append(c)
        }
      }
    }
  }

  /// Verbs that commit to what follows them (`力争`, `确保`): `commitmentVerbs` in
  /// `extraction-vocabulary.json`.
  static let commitmentVerbs = ExtractionVocabulary.builtIn.commitmentVerbs

  /// A commitment verb whose own clause commits to no figure (`在确保疫情防控转段平稳有序的
  /// 基础上，…全市生产总值增长4.8%`, `确保经济平稳运行在合理区间，全年实现生产总值5810亿元`)
  /// commits to that clause alone: it does not make a later clause's figure a goal, as one
  /// committing to a figure does for the list it opens (`力争地区生产总值增长8%，财政收入增长10%`).
  static func commitsToNoFigure(_ cue: TimeCue, in text: [Unicode.Scalar]) -> Bool {
    guard cue.weak, cue.span == nil,
      commitmentVerbs.contains(where: {
        NumberGrammar.matches($0, at: cue.offset, in: text, limit: text.count)
      })
    else { return false }
    var i = cue.offset
    while i < text.count, !FactReader.clauseBreaks.contains(text[i]) {
      if TextBlocks.isDigit(text[i])
        || NumberGrammar.matches("百分之", at: i, in: text, limit: text.count)
      {
        return false
      }
      i += 1
    }
    return true
  }

  /// A bare `五年` looks the way the cue before it does (`计划规定，五年合计…` ahead), else the
  /// way its section does: back in a review (`五年全社会固定资产投资完成26000亿元`), ahead
  /// among goals (`五年城镇新增就业4500万人` in a 2011 report's tasks).
  static func resolvingBare(_ cues: [TimeCue], lookingForward: Bool, reportYear r: Int?)
    -> [TimeCue]
  {
    var out = cues
    for k in out.indices where out[k].bare {
      let before = k > 0 ? out[k - 1].orientation : nil
      if before ?? (lookingForward ? .future : .past) == .future {
        out[k].orientation = .future
        out[k].span = r.map { $0...($0 + 4) }
      }
    }
    return out
  }
}
