import Foundation
import Testing
@testable import BaogaoShell

@Suite("Completion")
struct CompletionTests {
  let session = Session(output: CapturedOutput())

  @Test("first word: commands, sources and dot-commands")
  func firstWord() {
    #expect(session.completions(for: "rep") == ["reports"])
    #expect(session.completions(for: ".mo") == [".mode"])
    #expect(session.completions(for: "lo") == ["load"])
  }

  @Test("after '|': stage names")
  func stages() {
    #expect(session.completions(for: "reports | wh") == ["where"])
    #expect(session.completions(for: "reports | so") == ["sort"])
  }

  @Test("inside a stage: the fields of the table at that point")
  func fields() {
    #expect(session.completions(for: "reports | where ye") == ["year", "year("])
    #expect(
      session.completions(for: "reports | select region as r | where re").contains("region")
        == false)
    #expect(session.completions(for: "reports | select region as r | where ").contains("r"))
    #expect(
      session.completions(for: "reports | group level agg count() | sort co") == [
        "coalesce(", "contains(", "corr(", "count", "count(",
      ])
  }

  @Test("after load: paths, directories with a slash")
  func paths() throws {
    let dir = try Baogao.temporaryDirectory()
    try "made up".write(
      to: dir.appendingPathComponent("报告2024.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("报告集"), withIntermediateDirectories: true)
    let found = session.completions(for: "load \(dir.path)/报告")
    #expect(found == ["\(dir.path)/报告2024.txt", "\(dir.path)/报告集/"])
  }

  @Test(".mode and .help arguments")
  func dotArguments() {
    #expect(session.completions(for: ".mode js") == ["json", "jsonl"])
    #expect(session.completions(for: ".help whe") == ["where"])
  }
}
