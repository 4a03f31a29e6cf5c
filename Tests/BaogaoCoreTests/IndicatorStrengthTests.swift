import BaogaoCore
import Testing

/// A target's strength is the commitment or hedge word of its own clause, not one carried over
/// from an earlier clause or the list's intro (`主要预期目标是`).
@Suite struct IndicatorStrengthTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    /// Metric → expected strength (nil: none).
    var strengths: [(String, String?)]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    // Made-up: 确保 governs its own clause only.
    Case(
      text: "2024年工作安排\n确保固定资产投资增长12%以上；社会消费品零售总额增长8%。",
      strengths: [("fixed_investment", "确保"), ("retail_sales", nil)]),
    // Made-up: after 、 a new clause starts.
    Case(
      text: "2024年工作安排\n力争地区生产总值增长6%、社会消费品零售总额增长8%，固定资产投资增长5%。",
      strengths: [("gdp", "力争"), ("retail_sales", nil), ("fixed_investment", nil)]),
    // Real (national 2024 wording): the list intro is not a strength; the hedge is.
    Case(
      text: "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；居民消费价格涨幅3%。",
      strengths: [("gdp", "左右"), ("new_urban_jobs", "以上"), ("cpi", nil)]),
    // Real (national 2021): 好于预期 is no hedge of the figure after it.
    Case(
      text: "一、2020年工作回顾\n经济恢复好于预期，全年国内生产总值增长2.3%。",
      strengths: [("gdp", nil)]),
    // Made-up: a word directly before the metric counts; 预期 as a verb counts.
    Case(
      text: "2024年工作安排\n今年进出口总额预期增长7.5%，争取地区生产总值增长6%。",
      strengths: [("foreign_trade", "预期"), ("gdp", "争取")]),
  ]

  @Test(arguments: cases) func strengthOfOwnClause(_ c: Case) throws {
    let found = IndicatorExtractorTests.facts(c.text, year: 2024)
    for (metric, strength) in c.strengths {
      let f = try #require(found.first { $0.metric == metric }, "missing \(metric)")
      #expect(f.strength == strength, "\(metric): \(f.strength ?? "nil")")
    }
  }

  /// The seeds' targets: no strength is the list intro's 预期 any more.
  @Test func seedTargetsDoNotInheritTheListIntro() throws {
    let reports = try ExtractionScoring.reports(["seeds"])
    let targets = reports.flatMap { r in
      IndicatorExtractor().indicators(in: r, structure: StructureParser.structure(of: r))
    }.filter(\.isGoal)
    #expect(targets.count > 30)
    let intro = targets.filter {
      $0.strength == "预期" && $0.sentence.contains("预期目标") && !$0.sentence.contains("预期增长")
    }
    #expect(intro.isEmpty, "\(intro.map(\.sentence))")
  }
}
