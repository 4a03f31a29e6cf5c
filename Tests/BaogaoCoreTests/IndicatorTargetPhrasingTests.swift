import BaogaoCore
import Testing

/// The ways a year's targets are phrased in 主要预期目标 lists: a hedge after the figure, a range,
/// a list under 分别, and the wordings that state no figure at all (no fact).
@Suite struct IndicatorTargetPhrasingTests {
  struct Expected: Sendable {
    var metric: String
    var growth: Double?
    var growthHigh: Double? = nil
    var qualifier: String?
    var value: Double? = nil
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var expected: [Expected]
    var testDescription: String { text }
  }

  /// Every text is made up in the wording of the 2025 provincial reports.
  static let cases: [Case] = [
    Case(
      text: "今年主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长3%。",
      expected: [
        Expected(metric: "gdp", growth: 5, qualifier: "about"),
        Expected(metric: "budget_revenue", growth: 3, qualifier: nil),
      ]),
    Case(
      text: "今年主要预期目标是：地区生产总值增长5%以上，固定资产投资增长6%以上。",
      expected: [
        Expected(metric: "gdp", growth: 5, qualifier: "at_least"),
        Expected(metric: "fixed_investment", growth: 6, qualifier: "at_least"),
      ]),
    // A hedge of more (力争更高, 努力争取更好结果) adds no second figure.
    Case(
      text: "今年主要预期目标是：地区生产总值增长5.5%左右、力争更高，社会消费品零售总额增长6%左右。",
      expected: [
        Expected(metric: "gdp", growth: 5.5, qualifier: "about"),
        Expected(metric: "retail_sales", growth: 6, qualifier: "about"),
      ]),
    Case(
      text: "今年主要预期目标是：地区生产总值增长5%—5.5%，固定资产投资增长5%左右。",
      expected: [
        Expected(metric: "gdp", growth: 5, growthHigh: 5.5, qualifier: "range"),
        Expected(metric: "fixed_investment", growth: 5, qualifier: "about"),
      ]),
    // Goals without a number: 与经济增长同步 (in_step) and 高于全国平均水平 (above_national) are
    // facts with no figure; 稳中提质 and 稳定增长 say nothing one could check.
    Case(
      text: "今年主要预期目标是：地区生产总值增长6%左右，居民人均可支配收入增长与经济增长基本同步，"
        + "城镇常住居民人均可支配收入增速高于全国平均水平，外贸进出口稳中提质，"
        + "一般公共预算收入稳定增长，固定资产投资增速保持在全国平均水平以上。",
      expected: [
        Expected(metric: "gdp", growth: 6, qualifier: "about"),
        Expected(metric: "disposable_income", growth: nil, qualifier: "in_step"),
        Expected(metric: "urban_disposable_income", growth: nil, qualifier: "above_national"),
      ]),
    Case(
      text: "今年主要预期目标是：居民收入增长与经济增长同步，规上工业增加值增长7%左右。",
      expected: [
        Expected(metric: "disposable_income", growth: nil, qualifier: "in_step"),
        Expected(metric: "industrial_value_added", growth: 7, qualifier: "about"),
      ]),
    // The hedge of each listed figure stays with its own metric.
    Case(
      text: "今年主要预期目标是：城镇和农村常住居民人均可支配收入分别增长6.5%左右、7.5%左右。",
      expected: [
        Expected(metric: "urban_disposable_income", growth: 6.5, qualifier: "about"),
        Expected(metric: "rural_disposable_income", growth: 7.5, qualifier: "about"),
      ]),
    // One hedge after the list covers both figures.
    Case(
      text: "今年主要预期目标是：城乡居民人均可支配收入分别增长5%和7%左右。",
      expected: [
        Expected(metric: "urban_disposable_income", growth: 5, qualifier: "about"),
        Expected(metric: "rural_disposable_income", growth: 7, qualifier: "about"),
      ]),
    Case(
      text: "今年主要预期目标是：城镇、农村居民人均可支配收入分别增长5%、6%，进出口总额增长5%左右。",
      expected: [
        Expected(metric: "urban_disposable_income", growth: 5, qualifier: nil),
        Expected(metric: "rural_disposable_income", growth: 6, qualifier: nil),
        Expected(metric: "foreign_trade", growth: 5, qualifier: "about"),
      ]),
    // 经济增长 names GDP in a target list.
    Case(
      text: "今年主要预期目标是：经济增长5.5%左右，一般公共预算收入同口径增长4%以上。",
      expected: [
        Expected(metric: "gdp", growth: 5.5, qualifier: "about"),
        Expected(metric: "budget_revenue", growth: 4, qualifier: "at_least"),
      ]),
    Case(
      text: "今年主要预期目标是：地区生产总值增长7%以上、力争达到8%，全社会固定资产投资增长15%以上。",
      expected: [
        Expected(metric: "gdp", growth: 7, qualifier: "at_least"),
        Expected(metric: "fixed_investment", growth: 15, qualifier: "at_least"),
      ]),
  ]

  /// The gold metrics but gnp, which 2025 targets never state.
  static let gold = MadeUpReport.goldMetrics.subtracting(["gnp"])

  @Test(arguments: cases) func targetsOfTheList(_ c: Case) throws {
    let found = IndicatorExtractorTests.facts("2025年工作安排\n" + c.text, year: 2025)
      .filter { Self.gold.contains($0.metric) }
    for e in c.expected {
      let f = try #require(found.first { $0.metric == e.metric }, "missing \(e.metric)")
      #expect(f.kind == "target" && f.period == "2025", "\(e.metric): \(f.kind) \(f.period ?? "")")
      #expect(f.growth == e.growth, "\(e.metric) growth")
      #expect(f.growthHigh == e.growthHigh, "\(e.metric) growth_high")
      #expect(f.qualifier == e.qualifier, "\(e.metric) qualifier \(f.qualifier ?? "nil")")
      #expect(f.value == e.value, "\(e.metric) value")
    }
    let extra = found.filter { f in !c.expected.contains { $0.metric == f.metric } }
    #expect(extra.isEmpty, "unexpected \(extra.map { "\($0.metric) \($0.growth ?? 0)" })")
    #expect(found.count == c.expected.count, "\(found.map { "\($0.metric) \($0.growth ?? 0)" })")
  }

  /// Made-up: a report without headings turns to its goals at `预期目标建议为`, so a task's figure
  /// after the list is a target too, and the review's figure before it is not.
  @Test func goalPhraseWithoutHeadingsTurnsToGoals() throws {
    let text =
      "过去一年，全县地区生产总值增长5.2%。\n"
      + "全县经济社会发展主要预期目标建议为：地区生产总值增长6%左右。\n"
      + "做好今年工作，要抓好以下几个方面。\n规上工业增加值增长8%以上。"
    let found = IndicatorExtractorTests.facts(text, year: 2025)
    let review = try #require(found.first { $0.metric == "gdp" && $0.growth == 5.2 })
    #expect(review.kind == "actual" && review.period == "2024")
    let gdp = try #require(found.first { $0.metric == "gdp" && $0.growth == 6 })
    #expect(gdp.kind == "target" && gdp.period == "2025" && gdp.qualifier == "about")
    let industry = try #require(found.first { $0.metric == "industrial_value_added" })
    #expect(industry.kind == "target" && industry.period == "2025", "\(industry.kind)")
    #expect(industry.growth == 8 && industry.qualifier == "at_least")
  }

  /// Made-up, in the wording of reports given late in the year: a figure compared with the
  /// report's own year (`比1985年`, `比一九八五年`) is the next year's goal.
  @Test func comparedWithTheReportsYearIsNextYearsGoal() throws {
    let text =
      "计划草案拟定，进出口总额600亿元，比1985年预计增加40亿元。\n"
      + "计划草案拟定，固定资产投资比一九八五年增长百分之十左右。\n"
      + "一九八六年计划草案拟定，国内生产总值比一九八五年增长百分之七。"
    let found = IndicatorExtractorTests.facts(text, year: 1985)
    let trade = try #require(found.first { $0.metric == "foreign_trade" })
    #expect(trade.kind == "target" && trade.period == "1986" && trade.value == 600)
    #expect(!trade.estimated)
    let investment = try #require(found.first { $0.metric == "fixed_investment" })
    #expect(investment.kind == "target" && investment.period == "1986")
    #expect(investment.growth == 10 && investment.qualifier == "about")
    let gdp = try #require(found.first { $0.metric == "gdp" })
    #expect(
      gdp.kind == "target" && gdp.period == "1986" && gdp.growth == 7,
      "\(gdp.kind) \(gdp.period ?? "")")
  }
}
