import Foundation
import Testing

/// `Tests/BaogaoShellTests/Goldens`, found from this file's path so that rewriting updates the
/// sources, not the copy in the test bundle.
private let goldensDirectory = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Goldens")

/// Expects `actual` to equal the golden file `Goldens/<name>`, as swift-argument-parser's
/// `assertSnapshot` does. With `BAOGAO_UPDATE_GOLDENS=1` (`make goldens`) the file is written
/// from `actual` instead; review the diff before committing it.
func assertGolden(
  _ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = goldensDirectory.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["BAOGAO_UPDATE_GOLDENS"] == "1" {
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("cannot write golden \(url.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let data = FileManager.default.contents(atPath: url.path) else {
    Issue.record(
      "missing golden \(url.path); run `make goldens` (BAOGAO_UPDATE_GOLDENS=1) to create it",
      sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  guard expected != actual else { return }
  let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let common = min(expectedLines.count, actualLines.count)
  let first = (0..<common).first { expectedLines[$0] != actualLines[$0] } ?? common
  let show = { (lines: [Substring]) in first < lines.count ? String(lines[first]) : "<end>" }
  Issue.record(
    """
    output differs from golden \(name) at line \(first + 1):
      expected: \(show(expectedLines))
      actual:   \(show(actualLines))
    full output:
    \(actual)
    """, sourceLocation: sourceLocation)
}
