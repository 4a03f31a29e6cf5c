import BaogaoCore
import Testing

@testable import BaogaoQuery

/// Hand-made indicators (made-up facts in the shape the extractor produces).
enum ResearchFixtures {
  static func fact(
    _ report: String, region: String?, level: Level? = .city, year: Int, metric: String = "gdp",
    kind: String, period: String, growth: Double?, high: Double? = nil, qualifier: String? = nil,
    strength: String? = nil, doc: String = "made-up.txt", id: String = ""
  ) -> Indicator {
    Indicator(
      id: id, reportID: report, doc: doc, report: 1, region: region, level: level, year: year,
      metric: metric,
      metricText: "地区生产总值", kind: kind, period: period, growth: growth, growthHigh: high,
      qualifier: qualifier, strength: strength, sentenceID: "\(report).s1", start: 0, end: 1,
      sentence: "made-up")
  }
}

@Suite struct AttainmentTests {
  typealias F = ResearchFixtures

  @Test("a row names the target's and the actual's fact ids, for source")
  func factIDs() throws {
    // Made-up: a 2022 target in r1 (its 4th fact), met by the actual in r2 (its 9th).
    let facts = [
      F.fact(
        "r1", region: "甲市", year: 2022, kind: "target", period: "2022", growth: 6,
        qualifier: "about", id: "r1.f4"),
      F.fact(
        "r1", region: "甲市", year: 2022, kind: "target", period: "2023", growth: 6,
        qualifier: "about", id: "r1.f5"),
      F.fact(
        "r2", region: "甲市", year: 2023, kind: "actual", period: "2022", growth: 5.9, id: "r2.f9"),
    ]
    let rows = Attainment.table(for: facts).records
    #expect(rows.count == 2)
    #expect(rows[0]["target_id"] == "r1.f4")
    #expect(rows[0]["actual_id"] == "r2.f9")
    // No actual yet for 2023: the target's id, a null actual id.
    #expect(rows[1]["target_id"] == "r1.f5")
    #expect(rows[1]["actual_id"] == .null)
  }

  @Test func qualifierDecidesMetOrMissed() throws {
    // Made-up: four targets for 2022 in 甲市's 2022 report, actuals in its 2023 report.
    let facts = [
      F.fact(
        "r1", region: "甲市", year: 2022, kind: "target", period: "2022", growth: 6,
        qualifier: "at_least"),
      F.fact(
        "r1", region: "甲市", year: 2022, metric: "retail_sales", kind: "target", period: "2022",
        growth: 6, qualifier: "about"),
      F.fact(
        "r1", region: "甲市", year: 2022, metric: "fixed_investment", kind: "target", period: "2022",
        growth: 6, qualifier: "about"),
      F.fact(
        "r1", region: "甲市", year: 2022, metric: "cpi", kind: "target", period: "2022", growth: 3,
        qualifier: "about"),
      F.fact("r2", region: "甲市", year: 2023, kind: "actual", period: "2022", growth: 5.9),
      F.fact(
        "r2", region: "甲市", year: 2023, metric: "retail_sales", kind: "actual", period: "2022",
        growth: 5.9),
      F.fact(
        "r2", region: "甲市", year: 2023, metric: "fixed_investment", kind: "actual", period: "2022",
        growth: 5.4),
      F.fact(
        "r2", region: "甲市", year: 2023, metric: "cpi", kind: "actual", period: "2022", growth: 3.4),
    ]
    let table = Attainment.table(for: facts)
    #expect(
      table.schema.names == [
        "region", "level", "metric", "period", "target", "target_high", "qualifier", "actual",
        "gap", "met",
        "rule", "target_report_id", "actual_report_id", "target_id", "actual_id",
      ])
    let byMetric = Dictionary(
      uniqueKeysWithValues: table.records.map { ($0["metric"]!.string!, $0) })
    // 6%以上 at 5.9: missed. 6%左右 at 5.9: met (within 0.5). 6%左右 at 5.4: missed.
    #expect(byMetric["gdp"]?["met"] == false)
    #expect(byMetric["gdp"]?["rule"] == "actual ≥ target (以上)")
    #expect(byMetric["retail_sales"]?["met"] == true)
    #expect(byMetric["retail_sales"]?["rule"] == "actual ≥ target − 0.5 (左右)")
    #expect(byMetric["fixed_investment"]?["met"] == false)
    // CPI 3%左右 is a ceiling: 3.4 ≤ 3.5, met.
    #expect(byMetric["cpi"]?["met"] == true)
    #expect(byMetric["cpi"]?["rule"] == "actual ≤ target + 0.5 (左右)")
    let gap = try #require(byMetric["gdp"]?["gap"]?.number)
    #expect(abs(gap - -0.1) < 1e-9)
    #expect(byMetric["gdp"]?["actual_report_id"] == "r2")
  }

  @Test func rangeTargetsUseTheLowerBoundAndTheEarliestLaterReport() {
    // Made-up: a 6–6.5 range target; actuals in the next report (6.1) and a later review (6.0).
    let facts = [
      F.fact(
        "r1", region: "乙县", year: 2019, kind: "target", period: "2019", growth: 6, high: 6.5,
        qualifier: "range"),
      F.fact("r3", region: "乙县", year: 2021, kind: "actual", period: "2019", growth: 6.0),
      F.fact("r2", region: "乙县", year: 2020, kind: "actual", period: "2019", growth: 6.1),
      F.fact("r9", region: "丙县", year: 2020, kind: "actual", period: "2019", growth: 1),
    ]
    let row = Attainment.table(for: facts).records[0]
    #expect(row["target"] == 6.0)
    #expect(row["target_high"] == 6.5)
    #expect(row["actual"] == 6.1)
    #expect(row["met"] == true)
    #expect(row["actual_report_id"] == "r2")
  }

  @Test func targetWithoutActualHasNulls() {
    let facts = [
      F.fact(
        "r1", region: "甲市", year: 2025, kind: "target", period: "2025", growth: 5,
        qualifier: "about")
    ]
    let row = Attainment.table(for: facts).records[0]
    #expect(row["actual"] == .null)
    #expect(row["met"] == .null)
    #expect(row["rule"] == "actual ≥ target − 0.5 (左右)")
  }

  @Test func nationalGDPTargets2022And2023() throws {
    let reports = AnalysisCorpus.national.filter { (2022...2024).contains($0.year ?? 0) }
    try #require(reports.count == 3, "the 2022–2024 national reports")
    let facts = CorpusAnalysis().indicators(of: reports)
    let table = Attainment.table(for: facts)
    let gdp = table.records.filter { $0["metric"] == "gdp" }
    // 2022: 5.5%左右, 3.0% in the 2023 report → missed. 2023: 5%左右 vs 5.2% → met.
    let y2022 = try #require(gdp.first { $0["period"] == "2022" })
    #expect(y2022["target"] == 5.5)
    #expect(y2022["qualifier"] == "about")
    #expect(y2022["actual"]?.number == 3)
    #expect(y2022["met"] == false)
    let y2023 = try #require(gdp.first { $0["period"] == "2023" })
    #expect(y2023["target"] == 5.0)
    #expect(y2023["actual"] == 5.2)
    #expect(y2023["met"] == true)
  }
}
