import Foundation

/// The figures that belong to one metric mention, read clause by clause after its name:
/// `地区生产总值1002.18亿元,增长4.1%,增速排全省第3位` → value 1002.18 亿元, growth 4.1, rank 3.
struct FactReading: Sendable, Hashable {
  var value: Double?
  var unit: String?
  var growth: Double?
  var growthHigh: Double?
  var qualifier: String?
  var qualifierText: String?
  var masked = false
  var rank: Int?
  var rankScope: String?
  /// Offsets covering the figures used.
  var start: Int?
  var end: Int?
  /// The qualifier of a threshold the level crossed (`突破1000亿元`: at_least), when the growth
  /// beside it has a hedge of its own.
  var levelQualifier: String?
  /// A threshold level and a growth with its own hedge (`突破1000亿元、增长8%左右`) are two
  /// facts: at least 1000亿元, and about 8%.
  var separated: [FactReading] {
    guard let lq = levelQualifier, value != nil, growth != nil, qualifier != lq else {
      return [self]
    }
    var level = self
    (level.growth, level.growthHigh, level.qualifier, level.qualifierText) = (nil, nil, lq, nil)
    var growth = self
    (growth.value, growth.unit) = (nil, nil)
    return [growth, level]
  }
  /// The level's own figure, and the growth's own hedge, so that a level and a growth read
  /// together can be told apart again (`城镇居民人均可支配收入29632元，年均增长9.1%`: the level is
  /// a point in time, the growth the span's).
  var level: Figure?
  var growthQualifier: String?
  var growthQualifierText: String?
  var growthRange: Range<Int>?
  /// The reading split into its growth (nil when it has none) and its level, each with its own
  /// hedge and offsets.
  var growthAndLevel: (growth: FactReading?, level: FactReading)? {
    guard let l = level, value != nil else { return nil }
    var lv = self
    (lv.growth, lv.growthHigh, lv.rank, lv.rankScope) = (nil, nil, nil, nil)
    (lv.qualifier, lv.qualifierText, lv.levelQualifier) = (l.qualifier, l.qualifierText, nil)
    (lv.start, lv.end, lv.masked) = (l.start, l.end, l.masked)
    guard growth != nil else { return (nil, lv) }
    var g = self
    (g.value, g.unit, g.level, g.levelQualifier) = (nil, nil, nil, nil)
    (g.qualifier, g.qualifierText) = (growthQualifier, growthQualifierText)
    if let r = growthRange { (g.start, g.end) = (r.lowerBound, r.upperBound) }
    return (g, lv)
  }
  /// A goal with no number (`与经济增长同步`): its qualifier.
  var goal: Qualifier?
  var hasFigure: Bool { value != nil || growth != nil || masked }
  /// Is there anything to make a fact of?
  var isFact: Bool { hasFigure || goal != nil }
}

/// Reads the words around figures: growth verbs, shares, sub-periods, level-setting verbs.
enum FigureContext {
  /// The words before a level without the date they give it (`提升至2019年的` → `提升至`).
  static func withoutLevelDate(_ s: String) -> String {
    var u = Array(s.unicodeScalars)
    // `增加到 2025.61亿元`, spaced as some reports print figures.
    while let l = u.last, TextBlocks.isSpace(l) { u.removeLast() }
    if u.last == "的" { u.removeLast() }
    if let l = u.last, l == "底" || l == "末" { u.removeLast() }
    guard u.count >= 5, u.last == "年",
      u[(u.count - 5)..<(u.count - 1)].allSatisfy({ isYearDigit($0) })
    else { return String(String.UnicodeScalarView(u)) }
    return String(String.UnicodeScalarView(u[..<(u.count - 5)]))
  }

  /// A digit of a year as reports write it: `2019`, `２０１９`, `二〇一九`.
  static func isYearDigit(_ c: Unicode.Scalar) -> Bool {
    ChineseNumber.digitValue(c) != nil || "一二三四五六七八九〇零".unicodeScalars.contains(c)
  }

  /// Do the words before a figure open a change at it (`由70万人`, `从2015年的`)?
  static func startsChange(_ before: String) -> Bool {
    before.contains("从") || before.contains("由")
  }

  /// Do the words before a figure end with the verb of a change's end (`增加到`, `提升至2019年的`,
  /// `达`)? `从不到70万亿元` starts one: `不到` is less than.
  static func leadsTo(_ before: String) -> Bool {
    let s = withoutLevelDate(before)
    if s.hasSuffix("不到") { return false }
    return s.hasSuffix("到") || s.hasSuffix("至") || s.hasSuffix("达")
  }

  static let rising = ["增长", "增加", "提高", "提升", "上升", "上涨", "增速", "增幅", "涨幅", "扩大", "增", "涨"]
  static let falling = ["下降", "降低", "减少", "下滑", "回落", "降幅", "降", "减", "缩小"]
  static let shareWords = ["占", "比重", "比例", "比率", "贡献率", "完成率", "完成年度", "计划的"]
  static let subPeriodWords = ["季度", "半年", "个月", "月份", "月末"]
  /// Clauses opening with these words continue the previous clause's subject.
  static let continuations = [
    "增长", "下降", "增", "降", "年均", "平均", "同比", "比上年", "较上年", "比去年", "可比", "均", "达", "突破", "为",
    "全年", "分别", "总量", "总额", "规模", "增速", "增幅", "减少", "提高", "占", "首次", "再", "连续", "比增",
    "力争", "确保", "争取", "到20", "到２０", "定为", "确定为", "预期为", "预计为", "控制在", "保持在", "按可比价格", "按可比价",
    "扣除价格因素",
  ]
  /// Does a clause continue the subject of the clause before? A commitment word does only when a
  /// figure or a verb of reaching follows it: `，力争12%`, `，力争达到1500亿元`, but not
  /// `固定资产投资增长4.3%，争取“两重”资金51.8亿元` (another subject).
  static func continuesSubject(_ clause: String) -> Bool {
    guard let word = commitments.first(where: { clause.hasPrefix($0) }) else {
      return continuations.contains { clause.hasPrefix($0) }
    }
    var rest = Substring(clause.dropFirst(word.count))
    // `力争到2025年达到…` continues; `力争到2025年建成1500万亩高标准农田示范区` builds something
    // else: past the horizon, the verb decides.
    let horizon = Array(rest.unicodeScalars)
    if horizon.count > 6, horizon[0] == "到" || horizon[0] == "在",
      let (_, end) = TimeCueScanner.year(at: 1, in: horizon, limit: horizon.count)
    {
      var k = end
      if k < horizon.count, horizon[k] == "底" || horizon[k] == "末" { k += 1 }
      if k < horizon.count, horizon[k] == "，" || horizon[k] == "," { return false }
      rest = Substring(String(String.UnicodeScalarView(horizon[k...])))
      if rest.hasPrefix("到") || rest.hasPrefix("在") { return false }
    }
    guard let c = rest.unicodeScalars.first else { return false }
    return ChineseNumber.digitValue(c) != nil || ChineseNumber.isNumeral(c)
      || commitmentTails.contains { rest.hasPrefix($0) }
  }

  static let commitments = ["力争", "确保", "争取"]
  /// What may follow a commitment word that continues its clause's subject.
  static let commitmentTails = [
    "达", "突破", "增长", "增", "实现", "超过", "完成", "提高", "到", "在", "保持", "更高", "百分之", "年均", "比",
    "全年", "总量", "规模", "控制在",
  ]

  /// Verbs that, after a year, state the level the subject reached that year.
  static let levelVerbs = ["达到", "达", "突破", "增长", "增加到", "增至", "为", "实现", "跃升至", "迈上"]

  /// `全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元`: a clause opening with a year and a
  /// level verb continues the subject of the clause before.
  static func isYearLevelClause(_ s: String) -> Bool {
    let scalars = Array(s.unicodeScalars)
    var i = 0
    while i < scalars.count, i < 4, ChineseNumber.digitValue(scalars[i]) != nil { i += 1 }
    guard i == 4, i < scalars.count, scalars[i] == "年" else { return false }
    let rest = String(String.UnicodeScalarView(scalars[(i + 1)...]))
    return levelVerbs.contains { rest.hasPrefix($0) }
  }
  static let rankScopes = ["全国", "全省", "全市", "全区", "全县", "全州", "全盟", "全自治区", "全镇", "全地区"]

  /// `“十三五”期间(下同)年均增长3.64%`: a short lead-in, then a growth figure.
  ///
  /// The clause continues the subject before it only when its lead names no subject of its
  /// own: a comparison (`比上年`, `较2015年`, `比“八五”时期`), or only adverbial words
  /// (`同比`, `年均`, `按可比价格计算`, `全年`, `预计`: `growthLeadWords` in
  /// `extraction-vocabulary.json`) and years. `，水果增长13.2%`, `，“新三样”产品出口增长23.6%`
  /// and `，低收入农户人均可支配收入增长11.1%` name their own.
  static func isShortGrowthClause(_ text: [Unicode.Scalar], _ c: Range<Int>) -> Bool {
    guard let f = NumberGrammar.figures(in: text, range: c).first, f.isPercent,
      f.start - c.lowerBound <= 16
    else { return false }
    let lead = string(text, c.lowerBound..<f.start)
    // `年均增长`, `年均分别增长`: the yearly average of the subject before; `细颗粒物年均浓度下降`
    // names a noun of its own after 年均.
    if let average = lead.range(of: "年均"),
      averageFollowers.contains(where: { lead[average.upperBound...].hasPrefix($0) })
    {
      return true
    }
    guard let verb = ["增长", "下降"].first(where: { lead.hasSuffix($0) }) else { return false }
    return isAdverbialLead(String(lead.dropLast(verb.count)))
  }

  /// What may follow 年均 in a growth clause's lead: the growth verb, or an adverb before it.
  static let averageFollowers = ["增", "降", "递", "提高", "分别", "实际", "名义", "可比"]

  /// `growthLeadWords`, longest first.
  static let growthLeadWords = ExtractionVocabulary.builtIn.growthLeadWords.sorted {
    $0.count > $1.count
  }

  /// Words that open a phrase saying how a figure is counted: `按可比价格计算`, `扣除价格因素`.
  static let prepositions = ["按", "扣除", "剔除", "以"]

  /// Is `lead` only a comparison, a way of counting, adverbial words and years, so that it
  /// names no subject?
  static func isAdverbialLead(_ lead: String) -> Bool {
    var rest = Substring(lead.trimmingSpaces)
    if rest.hasPrefix("比") || rest.hasPrefix("较") || rest.contains("时期") || rest.contains("期间") {
      return true
    }
    // `扣除留抵退税因素后`, `按照可比口径`, `自然口径`: how the growth is counted, not of what.
    if prepositions.contains(where: { rest.hasPrefix($0) }) || rest.hasSuffix("口径") {
      return true
    }
    // `同比（下同）增长`: a note in brackets says nothing of the subject, nor does the end of one
    // the clause before opened (`2650亿元（预计数，下同）、增长5.5%`).
    if let close = rest.lastIndex(where: { $0 == "）" || $0 == ")" }) {
      let open = rest[..<close].lastIndex(where: { $0 == "（" || $0 == "(" })
      rest = (open.map { rest[..<$0] } ?? "") + rest[rest.index(after: close)...]
    }
    let words = growthLeadWords
    while !rest.isEmpty {
      // `同口径比1987年`, `一九七八年比一九七七年`: a comparison after them.
      if rest.hasPrefix("比") || rest.hasPrefix("较") { return true }
      if let w = words.first(where: { rest.hasPrefix($0) }) {
        rest = rest.dropFirst(w.count)
      } else if let year = rest.firstIndex(of: "年"), year > rest.startIndex,
        rest[..<year].unicodeScalars.allSatisfy({
          isYearDigit($0) || "十两".unicodeScalars.contains($0)
        })
      {
        rest = rest[rest.index(after: year)...]
        if rest.first == "间" || rest.first == "来" { rest = rest.dropFirst() }
      } else if rest.first == " " || rest.first == "，" || rest.first == "、" {
        rest = rest.dropFirst()
      } else {
        return false
      }
    }
    return true
  }

  /// Do only list joiners stand between two figures? The first figure's own hedge counts as
  /// part of it: `分别增长6.5%左右、7.5%左右` lists two growths, as `分别增长5%、6.5%左右` does.
  /// With `quotes`, quotation marks may stand there too: `跨越“300亿元”“400亿元”两个台阶`.
  static func isListGap(
    _ text: [Unicode.Scalar], after first: Figure, before next: Figure, quotes: Bool = false
  ) -> Bool {
    var gap = Substring(string(text, first.end..<next.start))
    if let hedge = first.qualifierText, gap.hasPrefix(hedge) { gap = gap.dropFirst(hedge.count) }
    return !gap.isEmpty
      && gap.unicodeScalars.allSatisfy {
        listJoiners.contains($0) || quotes && quoteMarks.contains($0)
      }
  }

  static let quoteMarks: Set<Unicode.Scalar> = Set("“”\"".unicodeScalars)

  static let listJoiners: Set<Unicode.Scalar> = Set("、和及与 ".unicodeScalars)

  static func string(_ text: [Unicode.Scalar], _ r: Range<Int>) -> String {
    String(String.UnicodeScalarView(text[max(0, r.lowerBound)..<max(r.lowerBound, r.upperBound)]))
  }

  /// +1 after `增长`, -1 after `下降`, nil with no verb just before `at`.
  static func growthSign(in text: [Unicode.Scalar], before at: Int, floor: Int) -> Double? {
    let window = string(text, max(floor, at - 6)..<at)
    var best: (Int, Double)?
    for (words, sign) in [(rising, 1.0), (falling, -1.0)] {
      for w in words {
        // The byte search rules out most words before Foundation's `range(of:)` (same result).
        if window.containsBytes(w), let r = window.range(of: w, options: .backwards) {
          let pos = window.distance(from: window.startIndex, to: r.upperBound)
          if best == nil || pos > best!.0 || (pos == best!.0 && sign < 0) { best = (pos, sign) }
        }
      }
    }
    // `居民消费价格涨幅回落到2.6%`: a fall *to* a figure leaves it the rate, not a decline.
    if let b = best, b.1 < 0, b.0 == window.count - 1,
      window.hasSuffix("到") || window.hasSuffix("至")
    {
      return 1
    }
    // `一般公共预算收入增长-2.6%`: a minus sign between a rising verb and its figure is a fall.
    if let b = best, b.1 > 0, b.0 == window.count - 1, let last = window.unicodeScalars.last,
      minusSigns.contains(last)
    {
      return -1
    }
    return best?.1
  }

  static let minusSigns: Set<Unicode.Scalar> = Set("-－−".unicodeScalars)

  static func isSubPeriod(_ text: [Unicode.Scalar], before at: Int, floor: Int) -> Bool {
    let window = string(text, max(floor, at - 6)..<at)
    return subPeriodWords.contains { window.contains($0) }
  }

  /// `全省第3位`, `排名全市第三` → (3, 全省).
  static func rank(in text: [Unicode.Scalar], range: Range<Int>) -> (Int, String)? {
    let s = string(text, range)
    for scope in rankScopes {
      guard s.containsBytes(scope), let r = s.range(of: scope) else { continue }
      let rest = s[r.upperBound...].prefix(8)
      guard let di = rest.firstIndex(of: "第") else { continue }
      let after = rest[rest.index(after: di)...].unicodeScalars
      var digits = ""
      var chinese: [Unicode.Scalar] = []
      for c in after {
        if let d = ChineseNumber.digitValue(c) {
          digits.append(String(d))
        } else if ChineseNumber.isNumeral(c) {
          chinese.append(c)
        } else {
          break
        }
      }
      if let n = Int(digits) { return (n, scope) }
      if let v = ChineseNumber.value(of: chinese) { return (Int(v), scope) }
    }
    return nil
  }
}
