import BaogaoCore
import Testing

/// Facts read from single sentences: real ones from the corpus and ones written for the test.
@Suite struct IndicatorExtractorTests {
  struct Expected: Sendable {
    var metric: String
    var kind: String
    var period: String?
    var value: Double? = nil
    var unit: String? = nil
    var growth: Double? = nil
    var growthHigh: Double? = nil
    var qualifier: String? = nil
    var masked = false
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var year: Int
    var facts: [Expected]
    var testDescription: String { text }
  }

  static func facts(_ text: String, year: Int) -> [Indicator] {
    MadeUpReport.facts(text, year: year)
  }

  static let cases: [Case] = [
    // Real: web-page seed, 云浮市 2021.
    Case(
      text:
        "2020年工作回顾\n全年实现地区生产总值1002.18亿元,增长4.1%,增速排全省第3位;固定资产投资增长5.5%,其中工业投资和技改投资分别增长20.5%、20.3%。",
      year: 2021,
      facts: [
        Expected(
          metric: "gdp", kind: "actual", period: "2020", value: 1002.18, unit: "亿元", growth: 4.1),
        Expected(metric: "fixed_investment", kind: "actual", period: "2020", growth: 5.5),
      ]),
    // Real: 阳东区, a decline.
    Case(
      text: "2020年工作回顾\n固定资产投资总额104.56亿元,下降5.4%。",
      year: 2021,
      facts: [
        Expected(
          metric: "fixed_investment", kind: "actual", period: "2020", value: 104.56, unit: "亿元",
          growth: -5.4)
      ]),
    // Real: 融安县, 分别 over one name that stands for two metrics.
    Case(
      text: "一、2023年工作回顾\n城乡居民人均可支配收入分别为36712元、19263元,分别增长3.5%和7%。",
      year: 2024,
      facts: [
        Expected(
          metric: "urban_disposable_income", kind: "actual", period: "2023", value: 36712,
          unit: "元", growth: 3.5),
        Expected(
          metric: "rural_disposable_income", kind: "actual", period: "2023", value: 19263,
          unit: "元", growth: 7),
      ]),
    // Real: 江城区, 分别 closing two separately named metrics.
    Case(
      text: "一、2020年工作回顾\n城镇居民人均可支配收入35340元,农村居民人均可支配收入23049元,分别增长3.4%和10.2%。",
      year: 2021,
      facts: [
        Expected(
          metric: "urban_disposable_income", kind: "actual", period: "2020", value: 35340,
          unit: "元", growth: 3.4),
        Expected(
          metric: "rural_disposable_income", kind: "actual", period: "2020", value: 23049,
          unit: "元", growth: 10.2),
      ]),
    // Real: 福建省 2025, two subjects elided into one name.
    Case(
      text: "初步统计，2024年全省城镇居民、农村居民人均可支配收入分别增长4.6%、6.7%，城镇调查失业率4.7%。",
      year: 2025,
      facts: [
        Expected(metric: "urban_disposable_income", kind: "actual", period: "2024", growth: 4.6),
        Expected(metric: "rural_disposable_income", kind: "actual", period: "2024", growth: 6.7),
      ]),
    // Real: 四川省 2025, one fact named twice.
    Case(
      text: "一、2024年工作回顾\n全省地区生产总值增长5.7%，高于全国0.7个百分点，经济总量达到64697亿元，保持全国第5位。",
      year: 2025,
      facts: [
        Expected(
          metric: "gdp", kind: "actual", period: "2024", value: 64697, unit: "亿元", growth: 5.7)
      ]),
    // Real: 通渭县 targets, a hedge after the list covers both.
    Case(
      text: "经济社会预期目标是:地区生产总值增长7%以上,城乡居民人均可支配收入分别增长7.5%、8.5%以上。",
      year: 2024,
      facts: [
        Expected(metric: "gdp", kind: "target", period: "2024", growth: 7, qualifier: "at_least"),
        Expected(
          metric: "urban_disposable_income", kind: "target", period: "2024", growth: 7.5,
          qualifier: "at_least"),
        Expected(
          metric: "rural_disposable_income", kind: "target", period: "2024", growth: 8.5,
          qualifier: "at_least"),
      ]),
    // Real: national 2016, a range target.
    Case(
      text: "今年发展的主要预期目标是：国内生产总值增长6.5%－7%。",
      year: 2016,
      facts: [
        Expected(
          metric: "gdp", kind: "target", period: "2016", growth: 6.5, growthHigh: 7,
          qualifier: "range")
      ]),
    // Real: national 1995, Chinese numerals and 经济增长速度 as GDP in a goal.
    Case(
      text: "今年经济增长速度的宏观调控目标，定为百分之八至九。",
      year: 1995,
      facts: [
        Expected(
          metric: "gdp", kind: "target", period: "1995", growth: 8, growthHigh: 9,
          qualifier: "range")
      ]),
    // Real: 榕城区, a five-year review.
    Case(
      text: "五年来,我们坚持发展第一要务。2020年,全区地区生产总值351.31亿元,“十三五”期间(下同)年均增长3.64%;外贸进出口总额46.66亿美元。",
      year: 2021,
      facts: [
        Expected(
          metric: "gdp", kind: "period", period: "2016-2020", value: 351.31, unit: "亿元",
          growth: 3.64),
        Expected(
          metric: "foreign_trade", kind: "actual", period: "2020", value: 46.66, unit: "亿美元"),
      ]),
    // Real: 阳东区, a plan with a horizon year.
    Case(
      text: "“十四五”时期主要目标和任务\n推动地区生产总值年均增长6%以上,力争到2025年突破450亿元。",
      year: 2021,
      facts: [
        Expected(
          metric: "gdp", kind: "plan", period: "2021-2025", value: 450, unit: "亿元", growth: 6,
          qualifier: "at_least")
      ]),
    // Real: XX县 (anonymised), masked figures.
    Case(
      text: "2023年工作回顾\n全年实现地区生产总值XX亿元,增长3.5%,排名全市第三。",
      year: 2024,
      facts: [
        Expected(
          metric: "gdp", kind: "actual", period: "2023", unit: "亿元", growth: 3.5, masked: true)
      ]),
    // Written: a comparison with last year does not make a goal a result.
    Case(
      text: "二、2024年工作安排\n地区生产总值在去年基础上增长6%左右，固定资产投资比上年增长8%。",
      year: 2024,
      facts: [
        Expected(metric: "gdp", kind: "target", period: "2024", growth: 6, qualifier: "about"),
        Expected(metric: "fixed_investment", kind: "target", period: "2024", growth: 8),
      ]),
    // Written: `以来` from last year is last year; from further back, a span.
    Case(
      text: "一、工作回顾\n2023年以来，地区生产总值增长5%。2019年以来，固定资产投资年均增长9%。",
      year: 2024,
      facts: [
        Expected(metric: "gdp", kind: "actual", period: "2023", growth: 5),
        Expected(metric: "fixed_investment", kind: "period", period: "2019-2023", growth: 9),
      ]),
    // Real: national 2008, growth since a base year and its yearly average.
    Case(
      text: "一、过去五年工作回顾\n2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。",
      year: 2008,
      facts: [
        Expected(
          metric: "gdp", kind: "period", period: "2003-2007", value: 24.66, unit: "万亿元",
          growth: 10.6)
      ]),
    // Real: 阳东区, 分别 with the base year between it and its verb.
    Case(
      text: "一、工作回顾\n城镇居民人均可支配收入突破3万元,农村居民人均可支配收入18000元,分别比2015年增长45%和68%。",
      year: 2021,
      facts: [
        Expected(
          metric: "urban_disposable_income", kind: "period", period: "2016-2020", value: 3,
          unit: "万元", growth: 45,
          qualifier: "at_least"),
        Expected(
          metric: "rural_disposable_income", kind: "period", period: "2016-2020", value: 18000,
          unit: "元", growth: 68),
      ]),
    // Real: national 1995; a growth that fell *to* a figure is that growth, not a decline.
    Case(
      text: "一、1994年工作回顾\n固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八，增长过快的势头初步得到遏制。",
      year: 1995,
      facts: [Expected(metric: "fixed_investment", kind: "actual", period: "1994", growth: 27.8)]),
    // Written: 社会生产总值 is not GDP, a share of GDP is not GDP growth.
    Case(text: "2018年全镇社会生产总值达到13.6亿元,研发投入占地区生产总值比重达到2.5%。", year: 2019, facts: []),
    // Written: a report that sets no GDP target gets none.
    Case(
      text: "今年发展主要预期目标是：城镇新增就业900万人以上。", year: 2020,
      facts: [
        Expected(
          metric: "new_urban_jobs", kind: "target", period: "2020", value: 900, unit: "万人",
          qualifier: "at_least")
      ]),
    // Made-up: a commitment word continues the subject only before a figure or a verb of
    // reaching; `争取“两重”资金51.8亿元` is another subject's money.
    Case(
      text: "一、2024年工作回顾\n固定资产投资增长4.3%，争取“两重”资金51.8亿元、支持项目96个。", year: 2025,
      facts: [Expected(metric: "fixed_investment", kind: "actual", period: "2024", growth: 4.3)]),
    Case(
      text: "2025年工作安排\n固定资产投资增长6%，力争达到1500亿元。", year: 2025,
      facts: [
        Expected(
          metric: "fixed_investment", kind: "target", period: "2025", value: 1500, unit: "亿元",
          growth: 6
        )
      ]),
  ]

  @Test(arguments: cases) func factsOfSentence(_ c: Case) {
    let found = Self.facts(c.text, year: c.year)
    let gold = Set([
      "gdp", "foreign_trade", "fixed_investment", "urban_disposable_income",
      "rural_disposable_income", "new_urban_jobs",
    ])
    let relevant = found.filter { gold.contains($0.metric) }
    #expect(
      relevant.count == c.facts.count,
      "\(relevant.map { "\($0.metric) \($0.kind) \($0.period ?? "-") \($0.value ?? -1) \($0.growth ?? -1)" })"
    )
    for e in c.facts {
      let f = relevant.first { $0.metric == e.metric && $0.kind == e.kind }
      #expect(f != nil, "missing \(e.metric) \(e.kind)")
      guard let f else { continue }
      #expect(f.period == e.period)
      #expect(f.value == e.value)
      #expect(f.unit == e.unit)
      #expect(f.growth == e.growth)
      #expect(f.growthHigh == e.growthHigh)
      #expect(f.qualifier == e.qualifier)
      #expect(f.masked == e.masked)
    }
  }

  /// Real: national 2023 and 衢州 2023. `十年来` looks back on a decade; `十年来最好` is a record.
  @Test(arguments: [
    ("十年来我国居民消费价格涨幅稳定在2%左右的较低水平。", "cpi", "period", "2013-2022", 2023),
    ("全市生产总值增长4.8%、突破2000亿元大关，增速全省第二、创近十年来最好成绩；", "gdp", "actual", "2022", 2023),
  ])
  func decadeLookBack(
    _ text: String, _ metric: String, _ kind: String, _ period: String, _ year: Int
  )
    throws
  {
    let f = try #require(Self.facts(text, year: year).first { $0.metric == metric })
    #expect(f.kind == kind)
    #expect(f.period == period)
  }

  @Test func rankEstimateAndProvenance() throws {
    // Real: 通渭县 and 云浮市 wording.
    let text = "2023年工作回顾\n预计地区生产总值增长7%,增速排全省第3位。"
    let f = try #require(Self.facts(text, year: 2024).first { $0.metric == "gdp" })
    #expect(f.estimated)
    #expect(f.kind == "actual")
    #expect(f.rank == 3)
    #expect(f.rankScope == "全省")
    #expect(f.strength == "预计")
    let scalars = Array(text.unicodeScalars)
    let figure = String(String.UnicodeScalarView(scalars[f.start..<f.end]))
    #expect(figure.hasPrefix("7%"))
    #expect(f.sentenceID == "r1.s2")
    #expect(f.sentence.contains("预计地区生产总值增长7%"))
  }
}
