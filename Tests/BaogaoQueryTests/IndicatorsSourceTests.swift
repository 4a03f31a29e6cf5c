import BaogaoCore
import Testing

@testable import BaogaoQuery

/// `indicators` and `targets` over a made-up report (its figures invented for the test).
@Suite struct IndicatorsSourceTests {
  static let text = """
    2023年工作回顾
    全年实现地区生产总值132.4亿元,增长4%,增速排全市第2位。
    2024年工作安排
    主要预期目标是:地区生产总值增长6%以上,固定资产投资增长10%左右。
    """

  static func context() -> SourceContext {
    var corpus = Corpus()
    corpus.add(Report(doc: "made-up.txt", region: "甲县", level: .county, year: 2024, text: text))
    return SourceContext(corpus: corpus, analysis: CorpusAnalysis())
  }

  @Test func schemaHasTheGoldFieldNames() {
    #expect(
      IndicatorsSource().schema.names == [
        "id", "report_id", "doc", "report", "region", "level", "year", "section", "metric",
        "metric_text", "kind",
        "period", "value", "unit", "value_base", "base_unit", "growth", "growth_high", "qualifier",
        "strength", "rank",
        "rank_scope", "masked",
        "estimated", "sentence_id", "start", "end", "sentence",
      ])
    #expect(TargetsSource().schema == IndicatorsSource().schema)
  }

  @Test func rowsCarryFactsAndProvenance() throws {
    let table = try IndicatorsSource().table(in: Self.context())
    let rows = table.records
    #expect(rows.count == 3)
    let actual = try #require(rows.first { $0["kind"] == "actual" })
    #expect(actual["metric"] == "gdp")
    #expect(actual["period"] == "2023")
    #expect(actual["value"] == 132.4)
    #expect(actual["unit"] == "亿元")
    #expect(actual["growth"] == 4.0)
    #expect(actual["rank"] == 2)
    #expect(actual["rank_scope"] == "全市")
    #expect(actual["region"] == "甲县")
    #expect(actual["section"] == "review")
    #expect(actual["report_id"] == "r1")
    let start = try #require(actual["start"]?.number).rounded()
    let scalars = Array(Self.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[Int(start)..<(Int(start) + 8)])) == "132.4亿元,")
  }

  @Test func targetsAreTheGoals() throws {
    let rows = try TargetsSource().table(in: Self.context()).records
    #expect(rows.count == 2)
    #expect(rows.allSatisfy { $0["kind"] == "target" && $0["period"] == "2024" })
    #expect(
      rows.contains {
        $0["metric"] == "gdp" && $0["growth"] == 6.0 && $0["qualifier"] == "at_least"
      })
    #expect(
      rows.contains {
        $0["metric"] == "fixed_investment" && $0["growth"] == 10.0 && $0["qualifier"] == "about"
      })
  }
}
