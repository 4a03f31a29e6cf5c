import BaogaoCore
import Foundation
import Testing

/// Scores extraction on the whole shared corpus against `../shared/gold` with the shared scorer,
/// so the measured F1 can only go up.
@Suite struct ExtractionScoreTests {
  /// The levels reached; raise them when extraction improves.
  static let seedFloor = 1.0
  static let nationalFloor = 1.0

  @Test func seedsScoreAtLeastTheFloor() throws {
    let f1 = try ExtractionScoring.score(paths: ["seeds"], gold: "seeds.jsonl")
    #expect(f1 >= Self.seedFloor, "seed F1 \(f1)")
  }

  @Test func nationalGDPTargetsScoreAtLeastTheFloor() throws {
    let f1 = try ExtractionScoring.score(
      paths: ["national/national-1954-2025.jsonl"], gold: "national-gdp-targets.jsonl")
    #expect(f1 >= Self.nationalFloor, "national F1 \(f1)")
  }

  /// Held out: the 31 provincial reports of 2025 (no gold). Each states one GDP target for 2025,
  /// a growth between 4% and 8%.
  @Test func provincialReportsEachHaveOneGDPTarget() throws {
    let reports = try ExtractionScoring.reports(["provincial-2025"])
    #expect(reports.count == 31)
    let analysis = CorpusAnalysis()
    for r in reports {
      let targets = analysis.indicators(of: r).filter { $0.metric == "gdp" && $0.kind == "target" }
      #expect(targets.count == 1, "\(r.doc): \(targets.map(\.sentence))")
      for t in targets {
        #expect(t.period == "2025")
        #expect((4...8).contains(t.growth ?? 0), "\(r.doc): \(t.sentence)")
      }
    }
  }
}

/// Loads corpus files, extracts indicators, writes them as the scorer's JSONL and runs it.
enum ExtractionScoring {
  static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared")

  struct Failure: Error, CustomStringConvertible { var description: String }

  static func reports(_ paths: [String]) throws -> [Report] {
    let full = paths.map { shared.appendingPathComponent("corpus").appendingPathComponent($0).path }
    for p in full where !FileManager.default.fileExists(atPath: p) {
      throw Failure(description: "cannot read \(p)")
    }
    var corpus = Corpus()
    for r in ReportLoader().load(full).reports { corpus.add(r) }
    guard !corpus.reports.isEmpty else {
      throw Failure(description: "no reports loaded from \(full)")
    }
    return corpus.reports
  }

  static func jsonl(_ facts: [Indicator]) -> String {
    func q(_ s: String?) -> String {
      guard let s else { return "null" }
      let data = try! JSONSerialization.data(
        withJSONObject: [s], options: [.withoutEscapingSlashes])
      return String(String(data: data, encoding: .utf8)!.dropFirst().dropLast())
    }
    func n(_ d: Double?) -> String { d.map { "\($0)" } ?? "null" }
    return facts.map { f in
      "{\"doc\":\(q(f.doc)),\"report\":\(f.report),\"metric\":\(q(f.metric)),\"kind\":\(q(f.kind)),"
        + "\"period\":\(q(f.period)),\"value\":\(n(f.value)),\"unit\":\(q(f.unit)),\"growth\":\(n(f.growth)),"
        + "\"growth_high\":\(n(f.growthHigh)),\"qualifier\":\(q(f.qualifier)),\"masked\":\(f.masked),"
        + "\"sentence\":\(q(f.sentence))}"
    }.joined(separator: "\n") + "\n"
  }

  /// Runs `shared/tools/score-indicators` and returns overall F1; the table goes to `log`.
  static func score(paths: [String], gold: String, log: String? = nil) throws -> Double {
    // The gold holds facts with a figure; goals without a number came after it.
    let facts = CorpusAnalysis().indicators(of: try reports(paths)).filter(\.hasNumber)
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-facts-\(UUID()).jsonl")
    try jsonl(facts).write(to: tmp, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [
      "python3", shared.appendingPathComponent("tools/score-indicators").path, tmp.path,
      shared.appendingPathComponent("gold/indicators/\(gold)").path,
    ]
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    if let log { try? (out + "\n").write(toFile: log, atomically: true, encoding: .utf8) }
    if let dump = ProcessInfo.processInfo.environment["BAOGAO_DUMP_FACTS"] {
      try? jsonl(facts).write(toFile: dump + "-" + gold, atomically: true, encoding: .utf8)
      try? out.write(toFile: dump + "-" + gold + ".score", atomically: true, encoding: .utf8)
    }
    guard let line = out.split(separator: "\n").last(where: { $0.hasPrefix("overall:") }),
      let r = line.range(of: "F1="),
      let f1 = Double(line[r.upperBound...].prefix(5))
    else { throw Failure(description: "no overall line in scorer output: \(out)") }
    return f1
  }
}
