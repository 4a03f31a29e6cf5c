/// A word that places a figure in time: `去年`, `今年`, `五年来`, `“十三五”时期`, `到2025年`, `2020年`.
struct TimeCue: Sendable, Hashable {
  enum Orientation: Sendable, Hashable { case past, future }

  var offset: Int
  var orientation: Orientation
  /// The years a span cue covers (`“十三五”时期` → 2016…2020); nil for a single-year cue.
  var span: ClosedRange<Int>?
  /// The single year a cue names (`2020年` → 2020, `到2025年` → 2025).
  var year: Int?
  /// `到2025年`: the end of a goal's horizon.
  var horizon: Bool = false
  /// A commitment word (`力争`, `确保`, `目标是`) rather than a time word: it orients its own
  /// sentence, not the next one.
  var weak: Bool = false
  /// A bare `五年` (`五年全社会固定资产投资完成26000亿元`): five years back in a review, five
  /// years ahead among goals or after a plan word; `ContextClassifier` decides which.
  var bare: Bool = false
  /// `比2010年`, `对比2016年`: the base a comparison counts from. It frames the figure it
  /// compares, in its own clause, and no clause after it. (`由2010年的` starts a change whose
  /// span the clauses after it in a review share.)
  var base: Bool = false

  /// The years of the Nth five-year plan: `十三五` → 2016…2020 (the 3rd began in 1966, after
  /// the 1963–65 adjustment).
  static func fiveYearPlan(_ n: Int) -> ClosedRange<Int> {
    let start = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3)
    return start...(start + 4)
  }
}

/// Finds time cues in a stretch of text, given the report's year.
enum TimeCueScanner {
  static let pastWords = ["过去一年", "过去的一年", "一年来", "上一年", "刚刚过去的"]
  static let futureWords = [
    "今年", "明年", "目标是", "目标为", "目标：", "目标:", "目标建议为", "目标定为", "调控目标", "力争", "确保",
    "计划增长", "计划要求", "预期为", "预期增长",
  ]
  /// Words that plan a year's figure in old national reports: `一九五八年进出口贸易总额安排为一百一十亿元`.
  static let planWords = ["安排为", "计划为", "计划达到", "计划完成", "计划规定", "计划草案规定"]
  /// After a bare `五年`, these make it something other than the five years under review
  /// (`五年来`, `五年内`, `五年规划`).
  static let notBareFiveYears: Set<Unicode.Scalar> = Set("来内间规计级前后的中里多以左行".unicodeScalars)
  /// Before a bare `五年`, these make it part of another phrase (`今后五年`, `第五年`, `十五年`).
  static let notBareFiveYearsBefore: Set<Unicode.Scalar> = Set(
    "今后未来近这第十一二三四五六七八九过每个前〇零0123456789".unicodeScalars)
  /// Before `N年`, these look back over the N years just past (`过去五年`, `近三年`, `这两年`).
  /// `以来的五年` (`省十二届人大一次会议以来的五年，是…`): the N years since a meeting.
  static let spanBackPrefixes = ["过去的", "过去", "以来的", "近", "这"]
  /// The N of a span looked back on: two to ten years.
  static let spanBackNumerals: [Unicode.Scalar: Int] = [
    "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
  ]
  static let futureSpanWords = ["今后五年", "未来五年", "五年内", "今后一个时期"]
  /// The end of the twentieth century, a goal's horizon in reports before 2000: `到本世纪末`.
  static let centuryEndWords = ["本世纪末", "二十世纪末", "20世纪末"]
  /// Every word `cues` looks for (a debug build checks that none is missing), and their first
  /// characters.
  static let scannedWords =
    pastWords + futureWords + planWords + futureSpanWords
    + ["五年", "控制在", "上年", "去年", "对比", "比", "与", "同", "以来", "从", "由", "通过", "用"]
    + centuryEndWords
  static let scannedWordStarts = ScalarSet(firstScalarsOf: scannedWords)
  /// The characters a span looked back on can start with (`过去五年`, `近三年`, `五年来`).
  static let spanBackStarts = ScalarSet(
    scalars: spanBackPrefixes.compactMap(\.unicodeScalars.first) + spanBackNumerals.keys
      + "0123456789０１２３４５６７８９".unicodeScalars)

  /// - Parameter spokenTheYearBefore: the report was given in the last quarter of the year
  ///   before the one it plans (`——2022年12月16日在…会议上` for 2023): its `今年` is the year under
  ///   review, its `去年` the year before that, its `明年` the year planned.
  /// - Parameter heading: the range is a heading, where a quoted plan name is the plan's span
  ///   whatever word follows it, when the heading is one of goals (`二、“十三五”发展的目标任务`).
  static func cues(
    in text: [Unicode.Scalar], range: Range<Int>, reportYear r: Int?,
    spokenTheYearBefore: Bool = false, heading: Bool = false
  ) -> [TimeCue] {
    let spokenLate = spokenTheYearBefore && r != nil
    var out: [TimeCue] = []
    var i = range.lowerBound
    // Most characters start none of the words below: one table lookup says so, rather than
    // trying every word at every character.
    var startsWord = false
    func has(_ w: String, at k: Int) -> Bool {
      assert(
        w.unicodeScalars.first.map(scannedWordStarts.contains) ?? false,
        "TimeCueScanner.scannedWords lacks \(w)")
      if k == i, !startsWord { return false }
      return NumberGrammar.matches(w, at: k, in: text, limit: range.upperBound)
    }
    while i < range.upperBound {
      let c = text[i]
      startsWord = scannedWordStarts.contains(c)
      let prev: Unicode.Scalar? = i > range.lowerBound ? text[i - 1] : nil
      // `五年来`, `过去五年`, `四年来，我们主要做了以下工作`, `十年来我国居民消费价格涨幅稳定在
      // 2%左右`, `这两年中，…进出口总额增长百分之五十三点七`: the N years just past.
      if let n = yearsBack(at: i, in: text, limit: range.upperBound) {
        out.append(TimeCue(offset: i, orientation: .past, span: r.map { ($0 - n)...($0 - 1) }))
      }
      for w in futureSpanWords where has(w, at: i) {
        out.append(TimeCue(offset: i, orientation: .future, span: r.map { $0...($0 + 4) }))
      }
      // `力争通过3年努力，地区生产总值达到3000亿元以上`, `用五年时间`: the N years ahead.
      if let r, has("通过", at: i) || has("用", at: i),
        let n = yearsOfEffort(at: i + (has("通过", at: i) ? 2 : 1), in: text, limit: range.upperBound)
      {
        out.append(TimeCue(offset: i, orientation: .future, span: r...(r + n - 1)))
      }
      // `比上一年增长百分之八点六` compares; it does not look back.
      let comparing = startsWord && (prev.map { "比较同于在".unicodeScalars.contains($0) } ?? false)
      for w in pastWords where has(w, at: i) && !(w == "上一年" && comparing) {
        out.append(TimeCue(offset: i, orientation: .past))
      }
      // `五年全社会固定资产投资完成26000亿元` after a review heading: the five years just past.
      if has("五年", at: i), i + 2 < range.upperBound, !notBareFiveYears.contains(text[i + 2]),
        !(prev.map { notBareFiveYearsBefore.contains($0) } ?? false)
      {
        out.append(
          TimeCue(offset: i, orientation: .past, span: r.map { ($0 - 5)...($0 - 1) }, bare: true))
      }
      // `一九五八年进出口贸易总额安排为…`, `把…控制在3.5%左右`: a figure planned, not reached.
      for w in planWords where has(w, at: i) {
        out.append(TimeCue(offset: i, orientation: .future, weak: true))
      }
      if has("控制在", at: i), clauseHas("把", in: text, before: i, floor: range.lowerBound) {
        out.append(TimeCue(offset: i, orientation: .future, weak: true))
      }
      // `比上年增长`, `在去年基础上`, `与去年持平` compare with last year; they do not look back
      // at it.
      // `财政收入增长保持上年水平`, `去年同期`: last year as the measure of this one.
      if has("上年", at: i) || has("去年", at: i),
        !(prev.map { "比较同于在与".unicodeScalars.contains($0) } ?? false),
        !["水平", "同期"].contains(where: {
          NumberGrammar.matches($0, at: i + 2, in: text, limit: range.upperBound)
        })
      {
        out.append(
          TimeCue(offset: i, orientation: .past, year: spokenLate ? r.map { $0 - 2 } : nil))
      }
      for w in futureWords where has(w, at: i) {
        if spokenLate, w == "今年" {
          out.append(TimeCue(offset: i, orientation: .past, year: r.map { $0 - 1 }))
          continue
        }
        out.append(TimeCue(offset: i, orientation: .future, weak: w != "今年" && w != "明年"))
      }
      // `“十三五”时期`, `十四五期间`: a five-year plan named as a span. After a comparison word
      // (`较“十二五”末增加140亿元`, `是“十二五”末的1.45倍`) the plan is the base compared with,
      // as `比2016年` is below: the figure covers the years after it.
      if c == "十" || ChineseNumber.digits[c] != nil,
        prev == "“" || prev == "\"" || prev == nil || prev == "、" || prev == "第"
          || comparisonBefore(i, in: text, floor: range.lowerBound),
        var cue = planCue(
          at: i, in: text, limit: range.upperBound, reportYear: r, inHeading: heading)
      {
        if !comparisonBefore(i, in: text, floor: range.lowerBound) {
          out.append(cue)
        } else if let r, let base = cue.span, base.upperBound < r - 1 {
          cue.span = (base.upperBound + 1)...(r - 1)
          cue.orientation = .past
          out.append(cue)
        }
      }
      // `第七次全国人口普查结果显示，全省常住人口城镇化率超过60%`: a census counts its year.
      // `较第六次全国人口普查增加74.3万人` compares with it instead.
      if c == "第", let year = censusYear(at: i, in: text, limit: range.upperBound),
        !comparisonBefore(i, in: text, floor: range.lowerBound)
      {
        out.append(TimeCue(offset: i, orientation: .past, year: year))
      }
      // `比2002年增长65.5%`: a base year is handled below as the start of a span.
      // `是2012年的1.4倍`: the year a multiple is of is a base too.
      // `从2017年的2099.8亿元增长至…`: the year a change starts from is a base as well.
      // `出口总额与2016年持平`, `与2015年相比`: 与 introduces a base as 同 does.
      let baseYear =
        prev == "比" || prev == "较" || prev == "同" || prev == "与"
        || (i >= 2 && text[i - 2] == "对" && prev == "比")
        || (prev.map { "是从由".unicodeScalars.contains($0) } ?? false
          && year(at: i, in: text, limit: range.upperBound).map {
            $0.1 < range.upperBound && text[$0.1] == "的"
          } ?? false)
      // `《…第十四个五年规划和二〇三五年远景目标纲要》`: a year in a document's title names the
      // document; it is no goal's horizon.
      // `继2021年迈过4000亿元台阶后，突破5000亿元大关；一般公共预算收入842.8亿元`: a milestone
      // the year went beyond, not the time of the figures after it.
      let surpassed = prev == "继"
      if !baseYear, !surpassed, let (year, end) = year(at: i, in: text, limit: range.upperBound),
        prev.map({ ChineseNumber.digitValue($0) == nil }) ?? true,
        !inTitle(i, in: text, floor: range.lowerBound),
        !namesPrices(year: i, end: end, in: text, limit: range.upperBound)
      {
        let before = i >= 1 ? text[i - 1] : " "
        let horizon = before == "到" || (before == "至" && r.map { year >= $0 } ?? false)
        if has("以来", at: end), let r, year < r - 1 {
          out.append(TimeCue(offset: i, orientation: .past, span: year...(r - 1)))
        } else if let r {
          let future = year >= r
          // `2015年国内生产总值将超过55万亿元` in a 2011 report: a later year is a goal's horizon.
          _ = horizon
          out.append(
            TimeCue(offset: i, orientation: future ? .future : .past, year: year, horizon: year > r)
          )
        } else {
          out.append(TimeCue(offset: i, orientation: .past, year: year))
        }
      }
      // `第一阶段到本世纪末全省国内生产总值达到4500亿元`, in 1993: a goal for 2000.
      if let r, r < 2000, centuryEndWords.contains(where: { has($0, at: i) }) {
        out.append(TimeCue(offset: i, orientation: .future, year: 2000, horizon: true))
      }
      // `对比XXXX年` / `比2016年` / `从2017年的`: growth since a base year years back is a span.
      // `1986年同1978年相比`: 同 introduces a base year too.
      let startsFrom = has("从", at: i) || has("由", at: i)
      if has("对比", at: i) || has("比", at: i) || has("与", at: i) || has("同", at: i) || startsFrom,
        let r
      {
        let k = has("对比", at: i) ? i + 2 : i + 1
        if k + 5 <= range.upperBound, text[k + 4] == "年",
          !startsFrom || (k + 5 < range.upperBound && text[k + 5] == "的")
        {
          let digits = text[k..<(k + 4)]
          if digits.allSatisfy({ "XxＸ".unicodeScalars.contains($0) }) {
            out.append(
              TimeCue(offset: i, orientation: .past, span: (r - 5)...(r - 1), base: !startsFrom))
          } else if let y = Int(String(String.UnicodeScalarView(digits))), y < r - 1 {
            out.append(
              TimeCue(offset: i, orientation: .past, span: (y + 1)...(r - 1), base: !startsFrom))
          }
        }
      }
      i += 1
    }
    return out
  }

  /// `N年来`, `N年间`, `过去N年`, `近N年`, `这N年` for N from two to ten, and `40年来`, `十五年来`
  /// (`longYearsBack`): how many years back the span at `i` reaches. `第五年` is not, and
  /// `十年来最低`, `四年来的最高水平`, `近20年来的历史性突破` are records.
  static func yearsBack(at i: Int, in text: [Unicode.Scalar], limit: Int) -> Int? {
    guard i < limit, spanBackStarts.contains(text[i]) else { return nil }
    if let n = longYearsBack(at: i, in: text, limit: limit) { return n }
    var k = i
    var prefixed = false
    for p in spanBackPrefixes where NumberGrammar.matches(p, at: i, in: text, limit: limit) {
      k = i + p.unicodeScalars.count
      prefixed = true
      break
    }
    guard k + 1 < limit, let n = spanBackNumerals[text[k]], text[k + 1] == "年" else { return nil }
    if !prefixed, i > 0, ChineseNumber.isNumeral(text[i - 1]) || text[i - 1] == "第" { return nil }
    let suffixed = k + 2 < limit && (text[k + 2] == "来" || text[k + 2] == "间")
    guard prefixed || suffixed else { return nil }
    return isRecord(after: suffixed ? k + 3 : k + 2, in: text, limit: limit) ? nil : n
  }

  /// Does a record follow a span back ending at `end` (`十年来最低`, `四年来的最高水平`,
  /// `近20年来的历史性突破`)? Then the span frames nothing.
  static func isRecord(after end: Int, in text: [Unicode.Scalar], limit: Int) -> Bool {
    var end = end
    if end < limit, text[end] == "的" { end += 1 }
    return end < limit && "最首新历".unicodeScalars.contains(text[end])
  }

  /// `40年来`, `四十年来`, `70年间`: a span of 11 to 100 years back, written in two or three
  /// numerals (`2018年是改革开放40周年。40年来，…地区生产总值年均增长10.6%` is 1979–2018).
  static func longYearsBack(at i: Int, in text: [Unicode.Scalar], limit: Int) -> Int? {
    func numeral(_ c: Unicode.Scalar) -> Bool {
      ChineseNumber.digitValue(c) != nil || ChineseNumber.isNumeral(c)
    }
    if i > 0, numeral(text[i - 1]) || text[i - 1] == "第" || text[i - 1] == "." { return nil }
    var j = i
    while j < limit, j - i < 4, numeral(text[j]) { j += 1 }
    guard j - i >= 2, j + 2 < limit, text[j] == "年", text[j + 1] == "来" || text[j + 1] == "间",
      let n = PartYear.count(Array(text[i..<j])), (11...100).contains(n)
    else { return nil }
    return isRecord(after: j + 2, in: text, limit: limit) ? nil : n
  }

  /// `3年努力`, `三年时间`, `5年左右时间`: the N (two to ten) years of an effort ahead.
  static func yearsOfEffort(at k: Int, in text: [Unicode.Scalar], limit: Int) -> Int? {
    guard k + 3 < limit, text[k + 1] == "年" else { return nil }
    let n = ChineseNumber.digitValue(text[k]) ?? spanBackNumerals[text[k]]
    guard let n, (2...10).contains(n) else { return nil }
    let effort = ["努力", "时间", "左右时间", "的努力", "的时间"].contains {
      NumberGrammar.matches($0, at: k + 2, in: text, limit: limit)
    }
    return effort ? n : nil
  }

  /// Words that make the time after them a base of comparison: `较“十二五”末`, `比“十二五”`,
  /// `与“十二五”末相比`, `是“十二五”末的1.45倍`.
  static let comparisonWords: Set<Unicode.Scalar> = Set("比较与同是".unicodeScalars)

  /// Is the time word at `i` (after an opening quote, if any) preceded by a comparison word?
  static func comparisonBefore(_ i: Int, in text: [Unicode.Scalar], floor: Int) -> Bool {
    var k = i
    if k > floor, text[k - 1] == "“" || text[k - 1] == "\"" { k -= 1 }
    return k > floor && comparisonWords.contains(text[k - 1])
  }

  /// Words after a year that make it the year whose prices a figure is measured in:
  /// `（2010年不变价）`, `按1990年可比价格计算`.
  static let priceBaseWords = ["不变价", "可比价"]

  /// Does the year at `i` (its `年` ending at `end`) name a price base rather than a time?
  /// `2020年全市生产总值达1800亿元（2010年不变价）` is a 2020 goal; `按2015年价格计算` (after
  /// `按`/`以`) is a base as well.
  static func namesPrices(year i: Int, end: Int, in text: [Unicode.Scalar], limit: Int) -> Bool {
    var k = end
    if k < limit, text[k] == "的" { k += 1 }
    if priceBaseWords.contains(where: { NumberGrammar.matches($0, at: k, in: text, limit: limit) })
    {
      return true
    }
    return i > 0 && (text[i - 1] == "按" || text[i - 1] == "以")
      && NumberGrammar.matches("价", at: k, in: text, limit: limit)
  }

  /// Does `offset` stand inside a title (`《…》`) that opens after `floor`?
  static func inTitle(_ offset: Int, in text: [Unicode.Scalar], floor: Int) -> Bool {
    var i = offset
    while i > floor {
      i -= 1
      if text[i] == "》" { return false }
      if text[i] == "《" { return true }
    }
    return false
  }

  /// Does `word` stand in the clause (back to `，；。`) before `offset`?
  static func clauseHas(
    _ word: Unicode.Scalar, in text: [Unicode.Scalar], before offset: Int, floor: Int
  )
    -> Bool
  {
    var i = offset
    while i > floor, !FactReader.clauseBreaks.contains(text[i - 1]) {
      i -= 1
      if text[i] == word { return true }
    }
    return false
  }

  /// `十三五”时期` → the plan's years, past or future relative to the report. In running text
  /// the name needs a word of time after it (`时期`, `期间`, `以来` …); `“十三五”规划纲要` names a
  /// document, not the years.
  static func planCue(
    at i: Int, in text: [Unicode.Scalar], limit: Int, reportYear r: Int?, inHeading: Bool = false
  ) -> TimeCue?
  {
    var j = i
    while j < limit, ChineseNumber.isNumeral(text[j]), j - i < 3 { j += 1 }
    // `第十四个五年规划`, `第七个五年计划时期`: the plan's full name.
    if j + 3 < limit, j > i, text[j] == "个", text[j + 1] == "五", text[j + 2] == "年",
      let n = ChineseNumber.value(of: text[i..<j]), n >= 1, n <= 20,
      ["计划", "规划"].contains(where: { NumberGrammar.matches($0, at: j + 3, in: text, limit: limit) })
    {
      let span = TimeCue.fiveYearPlan(Int(n))
      let future = r.map { span.upperBound >= $0 } ?? false
      return TimeCue(offset: i, orientation: future ? .future : .past, span: span)
    }
    guard j - i >= 2, text[j - 1] == "五", let n = ChineseNumber.value(of: text[i..<(j - 1)]),
      n >= 1, n <= 20
    else { return nil }
    var k = j
    if k < limit, text[k] == "”" || text[k] == "\"" { k += 1 }
    // `“十一五”年均增长7.5%`: a plan's name before its yearly average.
    let tails = ["时期", "期间", "以来", "末", "规划期", "计划期间", "的", "年均"]
    // `“十三五”期全市地区生产总值年均增长8％`: `期` alone is the plan's period too, when the
    // name is quoted (`第十五期` counts something else).
    let quotedPeriod = k > j && NumberGrammar.matches("期", at: k, in: text, limit: limit)
    // A quoted name in a heading of goals (`二、“十三五”发展的目标任务`) is the plan's, whatever
    // word follows it.
    let quotedInHeading =
      k > j && inHeading
      && (k..<limit).contains { NumberGrammar.matches("目标", at: $0, in: text, limit: limit) }
    guard
      quotedPeriod || quotedInHeading
        || tails.contains(where: { NumberGrammar.matches($0, at: k, in: text, limit: limit) })
    else {
      return nil
    }
    let span = TimeCue.fiveYearPlan(Int(n))
    let future = r.map { span.upperBound >= $0 } ?? false
    // `“十二五”期末，预计全市生产总值突破3000亿元` in a review: the plan's last year.
    // `由“十一五”期末的9.7%提高到11.4%` starts a change there: no time of the figure's own.
    if quotedPeriod, !future, NumberGrammar.matches("期末", at: k, in: text, limit: limit) {
      let before = i >= 2 ? text[i - 2] : " "
      return before == "由" || before == "从"
        ? nil : TimeCue(offset: i, orientation: .past, year: span.upperBound)
    }
    return TimeCue(offset: i, orientation: future ? .future : .past, span: span)
  }

  /// The years of China's national censuses, first to seventh (each counted at the year's
  /// midyear or end; the figures it gives are that year's).
  static let censusYears = [1953, 1964, 1982, 1990, 2000, 2010, 2020]

  /// `第七次全国人口普查`, `第六次人口普查` at `i`: the census's year.
  static func censusYear(at i: Int, in text: [Unicode.Scalar], limit: Int) -> Int? {
    guard i + 2 < limit, let n = ChineseNumber.digits[text[i + 1]], text[i + 2] == "次",
      (1...censusYears.count).contains(Int(n))
    else { return nil }
    let census = ["全国人口普查", "人口普查"].contains {
      NumberGrammar.matches($0, at: i + 3, in: text, limit: limit)
    }
    return census ? censusYears[Int(n) - 1] : nil
  }

  /// A four-digit year followed by `年`: `2020年`, `１９９６年`, `一九九五年`.
  static func year(at i: Int, in text: [Unicode.Scalar], limit: Int) -> (Int, Int)? {
    guard i + 4 < limit else { return nil }
    var y = 0
    for k in i..<(i + 4) {
      if let d = ChineseNumber.digitValue(text[k]) {
        y = y * 10 + d
      } else if let d = ChineseNumber.digits[text[k]] {
        y = y * 10 + Int(d)
      } else {
        return nil
      }
    }
    guard text[i + 4] == "年", (1949...2100).contains(y) else { return nil }
    return (y, i + 5)
  }
}
