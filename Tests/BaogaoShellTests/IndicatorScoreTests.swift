import Foundation
import Testing

/// Runs the real `baogao` on the shared corpus, exports `indicators` as JSONL and scores it with
/// `../shared/tools/score-indicators` against each gold file. The floors are the levels reached;
/// raise them when extraction improves, never lower them.
@Suite struct IndicatorScoreTests {
  static let floors: [(gold: String, f1: Double)] = [
    ("seeds.jsonl", 1.0),
    ("national-gdp-targets.jsonl", 1.0),
  ]

  static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared")

  /// `baogao` sits beside the test bundle (`/proc/self/exe` under `swift test`).
  static func executable() throws -> URL {
    let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = bundle.deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("baogao")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    throw ScoreFailure(
      "no baogao executable near \(bundle.path); build it with `swift build --build-tests`")
  }

  struct ScoreFailure: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
  }

  static func run(_ url: URL, _ arguments: [String]) throws -> String {
    let p = Process()
    p.executableURL = url
    p.arguments = arguments
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func scoresAtLeastTheFloors() throws {
    // The gold's reports: the seeds and the national file (not lawtext, which only slows this).
    let corpus = ["seeds", "national"].map {
      "load " + Self.shared.appendingPathComponent("corpus/\($0)").path
    }.joined(separator: "; ")
    let scorer = Self.shared.appendingPathComponent("tools/score-indicators")
    #expect(FileManager.default.fileExists(atPath: scorer.path), "cannot read \(scorer.path)")
    // The gold holds facts with a figure; goals without a number (`in_step`, `none_set`) came
    // after it and are tested by their own tables.
    let jsonl = try Self.run(
      try Self.executable(),
      [
        "-c",
        "\(corpus); .mode jsonl; indicators | where value is not null or growth is not null or masked",
      ])
    let lines = jsonl.split(separator: "\n")
    #expect(lines.count > 500, "too few facts exported")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-indicators-\(UUID()).jsonl")
    try jsonl.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    for (gold, floor) in Self.floors {
      let goldPath = Self.shared.appendingPathComponent("gold/indicators/\(gold)").path
      let out = try Self.run(
        URL(fileURLWithPath: "/usr/bin/env"), ["python3", scorer.path, file.path, goldPath])
      let overall = try #require(
        out.split(separator: "\n").last { $0.hasPrefix("overall:") }, "\(out)")
      let f1 = try #require(
        overall.range(of: "F1=").flatMap { Double(overall[$0.upperBound...].prefix(5)) })
      #expect(f1 >= floor, "\(gold): \(overall)")
    }
  }
}
