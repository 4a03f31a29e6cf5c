import Foundation

/// A GDP growth target as the report's own words state it, read without the extractor.
struct StatedGDPTarget: Sendable, Hashable {
  var growth: Double?
  var growthHigh: Double?
  /// `about`, `at_least`, `at_most`, `range`, `-` (a plain figure), `above_national`, `positive`,
  /// `stable` (保持合理增速),
  /// `none_set`, or `relative` (高于全省增速0.5个百分点: a target issue 9 gives no qualifier).
  var qualifier: String
  /// The words read, at most 20 characters: `地区生产总值增长7%左右`.
  var evidence: String
}

/// An independent reader of a report's GDP growth target for its own year, for issue 9's check
/// of the extractor. It knows nothing of the extractor's lexicon or passes: it finds the sentence
/// that introduces the year's targets (主要预期目标是：, 主要指标是：, 今年计划…) and reads the first
/// GDP growth figure after it, unless a multi-year cue (年均, 十四五, 今后五年, 到2025年) comes
/// first. Deliberately small, so that a person can check it by reading.
enum GDPTargetReader {
  /// The words that introduce a year's targets, then 是/为/： close by (a comma only before ：:
  /// `主要预期目标，按…原则安排：`); or 今年/计划安排/综合考虑各方面因素 right before the figure.
  static let cueWords =
    "(主要预期目标|预期目标|主要目标|奋斗目标|主要指标|预期指标|预期性指标|计划指标|目标任务|发展目标|指导性指标|主要预期指标|调控目标|目标)"
  static let cue = regex(
    cueWords + "[^。；，,\\n]{0,12}?(是|为|如下|：|:)|" + cueWords + "[^。；\\n]{0,30}?[：:]|预期性指标[，,]"
      + "|今年(的)?计划|今年(国民经济和社会发展)?计划|计划安排|综合考虑(各方面|各种)因素[，,]"
      + "|(?<!预计)今年(?!前|上半年|以来|1)[，,]?(?=[^。；，]{0,12}(地区生产总值|生产总值|GDP|经济增长))"
      + "|努力实现(?=地区生产总值|生产总值)")
  /// A plan for several years, or a later horizon, comes before the figure: not this year's target.
  static let multiYear = regex(
    "年均|平均每年|今后五年|未来五年|五年|十一五|十二五|十三五|十四五|十五五|九五|八五|七五|“十五”|2035|远景|本届政府")
  /// GDP as the head of its phrase: not 单位生产总值能耗, 人均GDP, 海洋生产总值, 占GDP比重.
  static let gdp = regex(
    "(?<![单位万元人均海洋县域民营])(?<!人均地区)(?<!单位地区)(?<!万元地区)(地区生产总值|国内生产总值|国民生产总值|生产总值|GDP|经济增长速度|经济增速|经济增长|经济总量)"
      + "(?![^，。；]{0,3}(能耗|比重|用水|二氧化碳|的比))")
  /// Words between GDP and its growth: no clause break (地区生产总值、规上工业增加值…增长5%), or one
  /// level clause (突破1万亿元，增长10%).
  static let gap =
    "(?:（GDP）)?(?:[^，。；：,;\\d%\\n]{0,40}?|[^。；：\\n]{0,16}[，,、](?=(?:比上年)?增长))"
  static let dash = "(?:[-—–~～至到－])"
  /// Optional: 经济增长 already ends in 增长.
  static let growthWord =
    "(?:(?:比上年)?(?:增长|增速|增幅|增长速度)(?:目标)?(?:为|达到|保持在|在|要)?)?\\s*(?<floor>不低于)?\\s*"
  /// `增长7%左右`, `增长7.5%—8%`, `增速不低于5%` or `增长8.5—9%`.
  static let numeric = regex(
    gap + growthWord + "(?<low>\\d+(?:\\.\\d+)?)\\s*%\\s*(?:" + dash + "\\s*(?<high>\\d+(?:\\.\\d+)?)\\s*%)?"
      + "(?<word>左右|以上|以内|以下|或更高)?"
      + "|" + gap + "(?:比上年)?(?:增长|增速|增幅)(?:目标)?(?:为|达到|保持在|在|要)?\\s*"
      + "(?<low2>\\d+(?:\\.\\d+)?)\\s*" + dash + "\\s*(?<high2>\\d+(?:\\.\\d+)?)\\s*%")
  static let qualitative = regex(
    "[^，。；\\n\\d]{0,12}?(高于全国|快于全国|正增长|保持合理增速|高于全省|高于全区|快于全省|快于全区|高于全市)")
  static let noneSet = regex(
    "(没有|未|不)(提出|设定|设置|确定|设)[^。；]{0,12}(增速|增长)[^。；]{0,6}(具体)?(目标|指标)")
  /// A figure of last year or of several: 预计增长, 年均增长, 累计, 一直高于.
  static let notATarget = regex("预计|年均|平均|累计|去年|上半年|一直|始终|连续")
  /// A goal said to be met: the figures after it are results.
  static let goalMet = regex("(圆满|超额|胜利|顺利)完成[^。；，]{0,20}(目标|指标)")
  static let laterYear = regex("(?:到|至)(\\d{4})年")

  static func regex(_ pattern: String) -> NSRegularExpression {
    // The patterns are constants of this file; a typo must stop the tests at once.
    try! NSRegularExpression(pattern: pattern)
  }

  /// The target for `year` stated in `text`, or nil when the reader finds none.
  static func target(in text: String, year: Int?) -> StatedGDPTarget? {
    // lawtext keeps Markdown bold (`**综合考虑各方面因素**，`), which would split the phrases.
    let text = text.replacingOccurrences(of: "**", with: "")
    let ns = text as NSString
    // 没有提出全年经济增速具体目标 is decisive wherever it stands.
    if let none = noneSet.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) {
      let lead = ns.substring(
        with: NSRange(
          location: sentenceStart(before: none.range.location, in: ns),
          length: none.range.location - sentenceStart(before: none.range.location, in: ns)))
      if !has(multiYear, in: lead) {
        return StatedGDPTarget(qualifier: "none_set", evidence: prefix20(ns, none.range))
      }
    }
    for cueMatch in cue.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      // `今后五年政府工作的主要目标是` is a term's goal; `与“十四五”规划相衔接，今年…主要预期目标为`
      // is the year's.
      let start = sentenceStart(before: cueMatch.range.location, in: ns)
      let lead = ns.substring(with: NSRange(location: start, length: cueMatch.range.upperBound - start))
      if has(multiYear, in: lead) && !has(thisYear(year), in: lead) { continue }
      if has(lookingBack(year), in: lead) && !has(thisYear(year), in: lead) { continue }
      // `圆满完成市四届人大六次会议确定的目标任务，…：生产总值增长3.6%` reports a goal met.
      if has(goalMet, in: lead) { continue }
      // The figure is in the cue's own sentence (`我们的目标是变坏事为好事，确保…。` sets no figure
      // for the next sentence), or in the list a colon opens.
      var length = min(400, ns.length - cueMatch.range.location)
      // A colon closes the cue's clause (`主要目标是：`, `主要目标分为两类：`).
      let clause = ns.substring(
        with: NSRange(location: cueMatch.range.location, length: min(length, cueMatch.range.length + 12)))
      let colon = clause.firstIndex { "：:".contains($0) }
      let clauseEnd = clause.firstIndex { "，,。；".contains($0) }
      if colon == nil || (clauseEnd.map { $0 < colon! } ?? false) {
        let stop = ns.range(
          of: "。", range: NSRange(location: cueMatch.range.upperBound, length: max(0, length - cueMatch.range.length)))
        if stop.location != NSNotFound { length = stop.location - cueMatch.range.location }
      }
      let window = ns.substring(
        with: NSRange(location: cueMatch.range.location, length: length)) as NSString
      if let found = target(inWindow: window, year: year) { return found }
    }
    return nil
  }

  static func target(inWindow window: NSString, year: Int?) -> StatedGDPTarget? {
    let all = NSRange(location: 0, length: window.length)
    for g in gdp.matches(in: window as String, range: all) {
      let before = window.substring(to: g.range.location)
      if has(multiYear, in: before) { return nil }
      if has(lookingBack(year), in: before) && !has(thisYear(year), in: before) { return nil }
      let years = laterYear.matches(in: before, range: NSRange(location: 0, length: (before as NSString).length))
        .compactMap { Int((before as NSString).substring(with: $0.range(at: 1))) }
      if let year, years.contains(where: { $0 != year }) { return nil }
      let rest = NSRange(location: g.range.upperBound, length: window.length - g.range.upperBound)
      let span = { (m: NSTextCheckingResult) in
        NSRange(location: g.range.location, length: m.range.upperBound - g.range.location)
      }
      if let m = numeric.firstMatch(in: window as String, options: .anchored, range: rest),
        !has(notATarget, in: window.substring(with: m.range))
      {
        let after = window.substring(
          with: NSRange(location: m.range.upperBound, length: min(4, window.length - m.range.upperBound)))
        if after.hasPrefix("个百分点") { continue }
        return reading(m, in: window, evidence: prefix20(window, span(m)))
      }
      if let q = qualitative.firstMatch(in: window as String, options: .anchored, range: rest),
        !has(notATarget, in: window.substring(with: q.range)),
        !has(laterHorizon(than: year), in: sentence(after: q.range.upperBound, in: window))
      {
        let word = window.substring(with: q.range(at: 1))
        let qualifier =
          word == "正增长"
          ? "positive"
          : word == "保持合理增速" ? "stable" : word.hasSuffix("全国") ? "above_national" : "relative"
        return StatedGDPTarget(qualifier: qualifier, evidence: prefix20(window, span(q)))
      }
    }
    return nil
  }

  static func reading(_ m: NSTextCheckingResult, in window: NSString, evidence: String)
    -> StatedGDPTarget
  {
    func group(_ name: String) -> String? {
      let r = m.range(withName: name)
      return r.location == NSNotFound ? nil : window.substring(with: r)
    }
    if let low = group("low").flatMap(Double.init) {
      let high = group("high").flatMap(Double.init)
      let words = ["左右": "about", "以上": "at_least", "或更高": "at_least", "以内": "at_most", "以下": "at_most"]
      let qualifier =
        high != nil ? "range" : group("floor") != nil ? "at_least" : words[group("word") ?? ""] ?? "-"
      return StatedGDPTarget(growth: low, growthHigh: high, qualifier: qualifier, evidence: evidence)
    }
    return StatedGDPTarget(
      growth: group("low2").flatMap(Double.init), growthHigh: group("high2").flatMap(Double.init),
      qualifier: "range", evidence: evidence)
  }

  /// Words that look back on the year under review (`初步预计，全市地区生产总值2457.3亿元`,
  /// `刚刚过去的一年，…圆满完成…目标任务，…：生产总值增长3.6%`, `2018年全省地区生产总值达到
  /// 1.68万亿` in a 2019 report): a figure after them is a result, whatever `目标` came before.
  static func lookingBack(_ year: Int?) -> NSRegularExpression {
    regex("预计|过去一年|过去的一年|一年来|刚刚过去|去年" + (year.map { "|\($0 - 1)年|\(hanDigits($0 - 1))年" } ?? ""))
  }

  /// `1988` → `一九八八`, as old reports write years.
  static func hanDigits(_ n: Int) -> String {
    String(String(n).map { Array("〇一二三四五六七八九")[Int(String($0))!] })
  }

  /// 今年, 明年 or the year itself: the sentence is about one year.
  static func thisYear(_ year: Int?) -> NSRegularExpression {
    regex("今年|明年" + (year.map { "|\($0)年" } ?? ""))
  }

  /// Where the sentence holding `location` starts, looking back at most 60 characters.
  static func sentenceStart(before location: Int, in text: NSString) -> Int {
    var i = location
    while i > 0 && location - i < 60 {
      let c = text.character(at: i - 1)
      if c == 0x3002 || c == 0xFF1B || c == 0x0A || c == 0xFF01 { break }  // 。；\n！
      i -= 1
    }
    return i
  }

  /// The rest of the sentence: a qualitative goal followed by `到2026年…` is a term's goal.
  static func sentence(after location: Int, in window: NSString) -> String {
    let rest = window.substring(from: location)
    return String(rest.prefix { $0 != "。" && $0 != "；" })
  }

  /// `到2026年` for a year other than `year`, or a multi-year cue.
  static func laterHorizon(than year: Int?) -> NSRegularExpression {
    let other = year.map { "(?:到|至)(?!\($0)年)\\d{4}年" } ?? "(?:到|至)\\d{4}年"
    return regex(other + "|年均|十四五|十三五|十五五|今后五年|未来五年")
  }

  static func has(_ re: NSRegularExpression, in s: String) -> Bool {
    re.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
  }

  static func prefix20(_ s: NSString, _ r: NSRange) -> String {
    String(s.substring(with: r).prefix(20))
  }
}
