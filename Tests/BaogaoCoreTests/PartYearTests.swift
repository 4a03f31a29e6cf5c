import BaogaoCore
import Testing

/// Part-year figures (`1—11月…增长`) keep the months they cover as their period
/// (`2024-01..11`), so they are never read as the year's result.
@Suite struct PartYearTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var year: Int
    var metric: String
    var kind: String
    var period: String
    var growth: Double
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    // Made-up, in the wording of provincial reports written before the year closed.
    Case(
      text: "一、2024年工作回顾\n1—11月，全省规模以上工业增加值增长7.2%。", year: 2025,
      metric: "industrial_value_added", kind: "actual", period: "2024-01..11", growth: 7.2),
    Case(
      text: "一、2024年工作回顾\n1-11月固定资产投资增长3.5%，社会消费品零售总额增长5%。", year: 2025,
      metric: "retail_sales", kind: "actual", period: "2024-01..11", growth: 5),
    Case(
      text: "一、2024年工作回顾\n前三季度地区生产总值增长5.1%。", year: 2025,
      metric: "gdp", kind: "actual", period: "2024-01..09", growth: 5.1),
    Case(
      text: "一、2024年工作回顾\n前10个月外贸进出口总额增长9%。", year: 2025,
      metric: "foreign_trade", kind: "actual", period: "2024-01..10", growth: 9),
    // Real: 南山区 2021; after 前三季度 comes 全年, so the year's figure is the year's.
    Case(
      text:
        "一、2020年工作回顾\n本地生产总值增速从一季度的-6.4%,逆势上扬至上半年的2.5%、前三季度的4%,全年增长5.1%,达6502亿元。",
      year: 2021, metric: "gdp", kind: "actual", period: "2020", growth: 5.1),
    // Real: national 1980; 今年上半年 in a report given mid-year.
    Case(
      text: "今年上半年，在能源增长较少的情况下，工业总产值比去年同期增长了13.6%。", year: 1980,
      metric: "industrial_output", kind: "actual", period: "1980-01..06", growth: 13.6),
  ]

  @Test(arguments: cases) func partYearPeriod(_ c: Case) throws {
    let found = IndicatorExtractorTests.facts(c.text, year: c.year)
    let f = try #require(found.first { $0.metric == c.metric }, "\(found.map(\.metric))")
    #expect(f.kind == c.kind)
    #expect(f.period == c.period)
    #expect(f.growth == c.growth)
  }

  /// Months outside a January-based span are no part-year cue: `12月`, `3—5月`.
  @Test func otherMonthSpansAreNotCues() {
    let text = "一、2024年工作回顾\n3—5月开展专项行动，全年地区生产总值增长5%。"
    let gdp = IndicatorExtractorTests.facts(text, year: 2025).first { $0.metric == "gdp" }
    #expect(gdp?.period == "2024")
  }
}
