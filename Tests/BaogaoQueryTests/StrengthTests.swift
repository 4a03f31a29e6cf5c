import BaogaoCore
import Testing

@testable import BaogaoQuery

@Suite struct StrengthTests {
  typealias F = ResearchFixtures

  @Test func classifiesWording() {
    #expect(TargetStrength.classify(F.fact("r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6, strength: "确保")) == .hard)
    #expect(TargetStrength.classify(F.fact("r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6, strength: "力争")) == .soft)
    #expect(TargetStrength.classify(F.fact("r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6, qualifier: "at_least")) == .hard)
    #expect(TargetStrength.classify(F.fact("r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6, qualifier: "about")) == .soft)
    #expect(TargetStrength.classify(F.fact("r1", region: nil, year: 2024, kind: "target", period: "2024", growth: 6)) == .neutral)
  }

  @Test func sharesByLevelAndYear() {
    // Made-up: city 2024 has 确保, 左右, 力争 and one plain target; actuals are not counted.
    let facts = [
      F.fact("r1", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 6, strength: "确保"),
      F.fact("r1", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 6, qualifier: "about", strength: "左右"),
      F.fact("r1", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 6, strength: "力争"),
      F.fact("r1", region: "甲市", year: 2024, kind: "target", period: "2024", growth: 6),
      F.fact("r1", region: "甲市", year: 2024, kind: "actual", period: "2023", growth: 6, strength: "确保"),
      F.fact("r2", region: "甲省", level: "province", year: 2024, kind: "target", period: "2024", growth: 5, strength: "以上"),
    ]
    let table = TargetStrength.table(for: facts)
    #expect(table.rows == [
      ["city", 2024, 4, 1, 2, 1, 0.25, 0.5],
      ["province", 2024, 1, 1, 0, 0, 1.0, 0.0],
    ])
  }
}
