import BaogaoCore
import Foundation
import Testing

/// Held-out check of the year's targets: the 2025 targets of all 31 provincial reports, hand-read
/// into `Fixtures/provincial-2025-targets.jsonl` (the 主要预期目标 list and the targets the tasks
/// repeat or add, for the gold metrics), compared with what extraction finds in the real `.docx`.
@Suite struct IndicatorTargetRecallTests {
  /// The levels reached; raise them when extraction improves.
  static let precisionFloor = 1.0
  static let recallFloor = 1.0

  /// One expected target, keyed as the shared scorer keys it.
  struct Target: Hashable, CustomStringConvertible {
    var doc: String
    var metric: String
    var period: String?
    var value: Double?
    var growth: Double?
    var growthHigh: Double?
    var qualifier: String?
    init(
      doc: String, metric: String, period: String?, value: Double?, growth: Double?,
      growthHigh: Double?, qualifier: String?
    ) {
      (self.doc, self.metric, self.period, self.value) = (doc, metric, period, value)
      (self.growth, self.growthHigh, self.qualifier) = (growth, growthHigh, qualifier)
    }

    /// A found fact's key, its level in 亿元 as the fixture writes it.
    init(_ f: Indicator) {
      let scale: Double? =
        switch f.unit {
        case "亿元": 1
        case "万亿元": 10_000
        case "万元": 0.0001
        default: nil
        }
      self.init(
        doc: f.doc, metric: f.metric, period: f.period,
        value: f.value.flatMap { v in scale.map { v * $0 } }, growth: f.growth,
        growthHigh: f.growthHigh, qualifier: f.qualifier)
    }

    var description: String {
      "\((doc as NSString).lastPathComponent) \(metric) \(period ?? "-") value \(value.map { "\($0)" } ?? "-")"
        + " growth \(growth.map { "\($0)" } ?? "-")–\(growthHigh.map { "\($0)" } ?? "-") \(qualifier ?? "plain")"
    }

    /// Same doc (the prediction's path ends with the gold's), metric, period, numbers, qualifier.
    func matches(_ f: Target) -> Bool {
      f.doc.hasSuffix(doc) && f.metric == metric && f.period == period && close(value, f.value)
        && close(growth, f.growth) && close(growthHigh, f.growthHigh) && f.qualifier == qualifier
    }

    private func close(_ gold: Double?, _ found: Double?) -> Bool {
      guard let gold else { return true }
      guard let found else { return false }
      return abs(gold - found) < 1e-6
    }
  }

  static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/provincial-2025-targets.jsonl")

  /// The fixture's facts and its scope (metrics counted for precision).
  static func expected() throws -> (targets: [Target], metrics: Set<String>) {
    let text = try String(contentsOf: fixture, encoding: .utf8)
    var targets: [Target] = []
    var metrics: Set<String> = []
    for line in text.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
      let row = try #require(object as? [String: Any])
      if let scope = row["scope"] as? [String: Any] {
        metrics = Set(try #require(scope["metrics"] as? [String]))
        continue
      }
      #expect(row["unit"] is NSNull || row["unit"] as? String == "亿元")
      targets.append(
        Target(
          doc: try #require(row["doc"] as? String), metric: try #require(row["metric"] as? String),
          period: row["period"] as? String, value: row["value"] as? Double,
          growth: row["growth"] as? Double, growthHigh: row["growth_high"] as? Double,
          qualifier: row["qualifier"] as? String))
    }
    return (targets, metrics)
  }

  @Test func provincialTargetsAreFoundAndNothingElse() throws {
    let (targets, metrics) = try Self.expected()
    #expect(targets.count >= 100)
    let reports = try ExtractionScoring.reports(["provincial-2025"])
    #expect(reports.count == 31)
    // The fixture holds targets with a number; goals without one (与经济增长同步) are
    // checked in `qualitativeIncomeTargets`.
    let found = CorpusAnalysis().indicators(of: reports).filter {
      $0.kind == "target" && metrics.contains($0.metric) && $0.hasNumber
    }
    // Facts are unique per key; each found key counts once, as the shared scorer counts them.
    let keys = Set(found.map(Target.init))
    let missed = targets.filter { t in !keys.contains { t.matches($0) } }
    let wrong = keys.filter { k in !targets.contains { $0.matches(k) } }
    let recall = Double(targets.count - missed.count) / Double(targets.count)
    let precision = keys.isEmpty ? 0 : Double(keys.count - wrong.count) / Double(keys.count)
    #expect(recall >= Self.recallFloor, "recall \(recall); missed: \(missed)")
    #expect(
      precision >= Self.precisionFloor,
      "precision \(precision); not expected: \(wrong)")
  }
}
