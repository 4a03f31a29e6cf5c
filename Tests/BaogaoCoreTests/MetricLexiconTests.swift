import BaogaoCore
import Foundation
import Testing

@Suite struct MetricLexiconTests {
  @Test func builtInHasTheRequiredMetrics() {
    let metrics = Set(MetricLexicon.builtIn.metrics)
    for m in [
      "gdp", "gnp", "budget_revenue", "fixed_investment", "retail_sales", "industrial_value_added",
      "disposable_income", "urban_disposable_income", "rural_disposable_income", "foreign_trade",
      "cpi",
      "registered_unemployment", "surveyed_unemployment", "new_urban_jobs", "grain_output",
      "energy_intensity",
      "agricultural_output", "industrial_output", "tax_revenue", "deposits", "loans",
      "gdp_per_capita",
      "urbanization_rate", "rd_intensity", "population",
    ] {
      #expect(metrics.contains(m), "\(m)")
    }
  }

  /// A user's names reach the extractor: made-up metric 旅游总收入.
  @Test func addedNamesAreMatched() {
    var lexicon = MetricLexicon.builtIn
    lexicon.add(metric: "tourism_revenue", names: ["旅游总收入"])
    let report = Report(
      id: "r1", doc: "made-up.txt", year: 2024, text: "2023年工作回顾\n旅游总收入52.3亿元,增长12%。")
    let facts = IndicatorExtractor(lexicon: lexicon).indicators(
      in: report, structure: StructureParser.structure(of: report))
    #expect(
      facts.contains {
        $0.metric == "tourism_revenue" && $0.value == 52.3 && $0.growth == 12 && $0.kind == "actual"
      })
  }

  @Test func lexiconFileIsRead() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "metrics-\(UUID()).json")
    try
      #"{"metrics": [{"id": "tourism_revenue", "names": ["旅游总收入", "旅游收入"]}], "exclude": ["乡村旅游收入"]}"#
      .write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    var lexicon = MetricLexicon.builtIn
    lexicon.merge(try MetricLexicon(contentsOf: url))
    #expect(lexicon.entry(for: "tourism_revenue")?.names == ["旅游总收入", "旅游收入"])
    #expect(lexicon.exclude.contains("乡村旅游收入"))
    #expect(lexicon.metrics.contains("gdp"))
  }
}
