import Foundation
import Testing

/// A session typed into the real shell (under tmux), saved with `.save`, replayed with
/// `baogao FILE`: the replay writes the same results.
@Suite("Save and replay in a terminal")
struct SaveReplayTerminalTests {
  @Test("statements typed at the prompt, saved, replayed: identical results")
  func typedSavedReplayed() throws {
    let seeds = try Baogao.shared.appendingPathComponent("corpus/seeds").path
    let dir = try Baogao.temporaryDirectory()
    let live = dir.appendingPathComponent("results.txt").path
    let script = dir.appendingPathComponent("session.bg").path
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    // Results go to a file, so the screen's prompts and echo do not enter the comparison.
    let typed = [
      ".output \(live)",
      "load \(seeds)",
      "reports | where level == \"town\" |",
      "select region, year | sort year",
      "reports | where yaer > 1",
      ".mode csv",
      "indicators | where metric == \"gdp\" and kind == \"target\" | select region, year, growth, qualifier",
      ".output",
      ".save \(script)",
    ]
    for line in typed {
      try term.send(line, "Enter")
      try term.waitForLine { $0 == "baogao>" || $0 == "...>" }
    }
    try term.waitForLine { $0.hasPrefix("saved ") }
    try term.send(".quit", "Enter")
    try term.waitForExit()

    let first = try String(contentsOfFile: live, encoding: .utf8)
    #expect(first.contains("泗水镇"))
    #expect(first.contains("region,year,growth,qualifier"))
    try FileManager.default.removeItem(atPath: live)

    let replay = try Baogao.run([script])
    #expect(replay.status == 0, "\(replay.stderr)")
    let second = try String(contentsOfFile: live, encoding: .utf8)
    #expect(second == first)
    let saved = try String(contentsOfFile: script, encoding: .utf8)
    #expect(!saved.contains("yaer"), "the failed statement is not saved")
    // A statement continued over two lines is saved as one.
    #expect(saved.contains("\nreports | where level == \"town\" | select region, year | sort year\n"))
  }

  @Test("show of a long report pages through the pager; q comes back to the prompt")
  func showPages() throws {
    let seed = try Baogao.shared.appendingPathComponent("corpus/seeds/2024-county-anonymized-guangdong.txt").path
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send("load \(seed)", "Enter")
    try term.waitForLine { $0.hasPrefix("loaded 1 report") }
    try term.send("show r1", "Enter")
    // less shows ':' (or the file name) on its last line, more shows '--More--'.
    try term.waitForLine { $0 == ":" || $0.hasPrefix("--More--") || $0.contains("baogao-page-") }
    try term.send("q")
    try term.send(".mode csv", "Enter")
    try term.send("reports | count", "Enter")
    try term.waitForLine { $0 == "1" }
  }
}
