import BaogaoCore
import Testing

@testable import BaogaoQuery

@Suite struct EscalationTests {
  typealias F = ResearchFixtures

  @Test func targetsBesideTheLevelAbove() throws {
    // Made-up reports: a province, a city under it, a district under the city, a city elsewhere.
    let reports = [
      Report(id: "r1", doc: "a", region: "甲省", level: .province, year: 2024, text: ""),
      Report(id: "r2", doc: "b", region: "乙市", parent: "甲省", level: .city, year: 2024, text: ""),
      Report(
        id: "r3", doc: "c", region: "丙区", parent: "乙市", level: .district, year: 2024, text: ""),
      Report(id: "r4", doc: "d", region: "丁市", parent: "戊省", level: .city, year: 2024, text: ""),
      Report(id: "r5", doc: "e", region: "全国", level: .national, year: 2024, text: ""),
    ]
    let facts = [
      F.fact(
        "r5", region: "全国", level: .national, year: 2024, kind: "target", period: "2024",
        growth: 5, qualifier: "about", id: "r5.f2"),
      F.fact(
        "r1", region: "甲省", level: .province, year: 2024, kind: "target", period: "2024",
        growth: 5.5, qualifier: "about", id: "r1.f7"),
      F.fact(
        "r2", region: "乙市", year: 2024, kind: "target", period: "2024", growth: 6,
        qualifier: "at_least"),
      F.fact(
        "r3", region: "丙区", level: .district, year: 2024, kind: "target", period: "2024",
        growth: 6.5),
      F.fact("r4", region: "丁市", year: 2024, kind: "target", period: "2024", growth: 7),
    ]
    let table = Escalation.table(for: facts, reports: reports)
    let rows = Dictionary(uniqueKeysWithValues: table.records.map { ($0["region"]!.string!, $0) })
    #expect(rows.count == 3)
    #expect(rows["甲省"]?["parent_report_id"] == "r5")
    #expect(rows["甲省"]?["difference"] == 0.5)
    // The two facts compared, for `source`.
    #expect(rows["甲省"]?["target_id"] == "r1.f7")
    #expect(rows["甲省"]?["parent_target_id"] == "r5.f2")
    #expect(rows["乙市"]?["parent"] == "甲省")
    #expect(rows["乙市"]?["difference"] == 0.5)
    #expect(rows["丙区"]?["parent_level"] == "city")
    #expect(rows["丙区"]?["difference"] == 0.5)
    #expect(rows["丁市"] == nil)
  }
}
