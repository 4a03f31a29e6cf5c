import BaogaoCore
import Testing

@testable import BaogaoQuery

@Suite struct StrengthTests {
  typealias F = ResearchFixtures

  @Test func classifiesWording() {
    #expect(
      TargetStrength.classify(
        F.fact(
          "r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6, strength: "确保"))
        == .hard)
    #expect(
      TargetStrength.classify(
        F.fact(
          "r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6, strength: "力争"))
        == .soft)
    #expect(
      TargetStrength.classify(
        F.fact(
          "r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6,
          qualifier: "at_least")) == .hard)
    #expect(
      TargetStrength.classify(
        F.fact(
          "r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6,
          qualifier: "about")) == .soft)
    #expect(
      TargetStrength.classify(
        F.fact("r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6))
        == .neutral)
  }

  @Test func sharesByLevelAndYear() {
    // Made-up: city 2024 has 确保, 左右, 力争 and one plain target; actuals are not counted.
    let facts = [
      F.fact(
        "r1", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 6, strength: "确保"),
      F.fact(
        "r1", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 6,
        qualifier: "about", strength: "左右"),
      F.fact(
        "r1", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 6, strength: "力争"),
      F.fact("r1", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 6),
      F.fact(
        "r1", region: "甲市", year: 2024, kind: "actual", period: "2023", growth: 6, strength: "确保"),
      F.fact(
        "r2", region: "甲省", level: .province, year: 2024, kind: "target", period: "2024",
        growth: 5, strength: "以上"),
    ]
    let table = TargetStrength.table(for: facts)
    #expect(
      table.rows == [
        ["city", 2024, 4, 1, 2, 1, 0.25, 0.5],
        ["province", 2024, 1, 1, 0, 0, 1.0, 0.0],
      ])
  }
}

@Suite struct CompareTests {
  typealias F = ResearchFixtures

  @Test func targetsTermsAndSections() throws {
    // Made-up reports: 2023 and 2024 of one city.
    let a = Report(id: "r1", doc: "a", region: "甲市", year: 2023, text: "加强环境保护，减少污染。")
    let b = Report(id: "r2", doc: "b", region: "甲市", year: 2024, text: "推动科技创新。")
    let left = ReportComparison.Side(
      report: a,
      indicators: [
        F.fact(
          "r1", region: "甲市", year: 2023, kind: "target", period: "2023", growth: 6,
          qualifier: "about", strength: "左右")
      ],
      headings: ["一、过去一年工作回顾", "二、今年工作安排"])
    let right = ReportComparison.Side(
      report: b,
      indicators: [
        F.fact(
          "r2", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 5.5,
          qualifier: "about", strength: "左右")
      ],
      headings: ["一、过去一年工作回顾", "三、加强政府自身建设"])
    let table = ReportComparison.table(left, right)
    let records = table.records
    let target = try #require(records.first { $0["aspect"] == "target" })
    #expect(target["left"] == "6% 左右")
    #expect(target["right"] == "5.5% 左右")
    #expect(target["difference"] == -0.5)
    // 环境保护 and 污染: 2 terms in 12 characters → 1666.67 per 10k; none in the second report.
    let environment = try #require(records.first { $0["item"] == "environment per_10k" })
    #expect(environment["left"] == "1666.67")
    #expect(environment["right"] == "0")
    #expect(environment["differs"] == true)
    let sections = records.filter { $0["aspect"] == "section" }
    #expect(sections.map { $0["item"]! } == ["一、过去一年工作回顾", "二、今年工作安排", "三、加强政府自身建设"])
    #expect(sections.map { $0["differs"]! } == [false, true, true])
  }
}

@Suite struct ResearchSourceTests {
  @Test func compareAndAttainmentOnNationalReports() throws {
    var corpus = Corpus()
    for report in AnalysisCorpus.national where (2022...2023).contains(report.year ?? 0) {
      corpus.add(report)
    }
    try #require(corpus.reports.count == 2, "the 2022 and 2023 national reports")
    let context = SourceContext(corpus: corpus, analysis: CorpusAnalysis())
    let ids = corpus.reports.map { Token(.identifier($0.id), 0..<1) }
    let compare = try CompareSource().bind(ids, in: context).table(in: context)
    let gdp = try #require(
      compare.records.first { $0["aspect"] == "target" && $0["item"] == "gdp" })
    #expect(gdp["differs"] == true)
    #expect(compare.records.contains { $0["aspect"] == "section" })
    #expect(throws: QueryError.self) {
      try CompareSource().bind([Token(.identifier("r99"), 0..<3), ids[0]], in: context)
    }
    let attainment = try #require(ResearchSources.sources.first { $0.name == "attainment" })
    let table = try attainment.table(in: context)
    #expect(table.schema == Attainment.schema)
    #expect(
      table.records.contains {
        $0["metric"] == "gdp" && $0["period"] == "2022" && $0["met"] == false
      })
  }
}
