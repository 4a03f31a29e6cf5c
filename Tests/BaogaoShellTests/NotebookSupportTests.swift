import BaogaoShell
import Foundation
import Testing

/// A made-up session for notebook tests: it echoes each line in upper case and remembers state.
///
/// Lines it understands (all made up for tests):
/// - `count`: prints how many cells this runner has run, counting this one (shows the shared session);
/// - `clock`: prints `tick N`, N from `clock`, to stand for output that varies between runs (timings);
/// - `fail`: prints `FILE:LINE: error: made-up failure` with the line in the notebook, and fails the cell;
/// - `silent`: prints nothing;
/// - anything else: the line upper-cased (`报告 a` → `报告 A`).
struct ShoutingCellRunner: CellRunner {
  var cellsRun = 0
  var clock = 0
  /// Every call, as (source, path, line), to check what the notebook runner passes in.
  var calls: [(source: String, path: String, line: Int)] = []

  mutating func run(cell source: String, notebookPath: String, cellLine: Int) -> CellOutput {
    cellsRun += 1
    calls.append((source, notebookPath, cellLine))
    var text = ""
    var failed = false
    for (offset, line) in source.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      switch line {
      case "count": text += "\(cellsRun)\n"
      case "clock": text += "tick \(clock)\n"
      case "fail":
        text += "\(notebookPath):\(cellLine + offset): error: made-up failure\n"
        failed = true
      case "silent", "": break
      default: text += line.uppercased() + "\n"
      }
    }
    return CellOutput(text: text, failed: failed)
  }
}

/// Golden files under `Goldens/notebooks/`, rewritten when `BAOGAO_UPDATE_GOLDENS=1`.
enum NotebookGolden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens/notebooks")

  /// Compares `actual` with the golden file `name`, or writes it when updating.
  static func assertMatches(
    _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["BAOGAO_UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    let data = try #require(
      FileManager.default.contents(atPath: url.path),
      "golden \(url.path) is missing; run with BAOGAO_UPDATE_GOLDENS=1",
      sourceLocation: sourceLocation)
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
      let diff = LineDiff(
        old: expected.components(separatedBy: "\n"), new: actual.components(separatedBy: "\n"))
      Issue.record(
        "\(name) differs from its golden:\n\(diff.unifiedHunks())", sourceLocation: sourceLocation)
    }
  }
}

/// Paths beside the package: `../shared` holds the real corpus.
enum NotebookShared {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

  /// The seed files of the corpus; fails the test when `../shared` cannot be read.
  static func seedFiles() throws -> [URL] {
    let seeds = shared.appendingPathComponent("corpus/seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
    let files = names.filter { $0.hasSuffix(".txt") }.sorted().map {
      seeds.appendingPathComponent($0)
    }
    try #require(files.count >= 5, "expected the five seed files in \(seeds.path)")
    return files
  }

  /// A fresh temporary directory for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-notebook-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

@Suite struct NotebookSupportTests {
  @Test func shoutingRunnerKeepsStateAcrossCells() {
    var runner = ShoutingCellRunner()
    #expect(runner.run(cell: "报告 a\ncount", notebookPath: "n.md", cellLine: 3).text == "报告 A\n1\n")
    let second = runner.run(cell: "count\nfail", notebookPath: "n.md", cellLine: 9)
    #expect(second == CellOutput(text: "2\nn.md:10: error: made-up failure\n", failed: true))
  }
}
