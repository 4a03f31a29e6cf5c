import Foundation
import Testing

/// A session typed into the real shell (under tmux), saved with `.save`, replayed with
/// `baogao FILE`: the replay writes the same results.
@Suite("Save and replay in a terminal")
struct SaveReplayTerminalTests {
  /// `../../shared` typed beside a link named `shared` stays a path through the link: `.save`
  /// rebases it on its text, relative to where the script is saved, and never resolves the link.
  @Test(".save keeps a path through a symlink as typed, rebased only to the saved script's folder")
  func saveKeepsPathsThroughSymlinks() throws {
    let shared = try Baogao.shared
    let root = try Baogao.temporaryDirectory()
    let folder = root.appendingPathComponent("work/Notebooks")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("out"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("shared"), withDestinationURL: shared)
    let seed = "corpus/seeds/2024-county-anonymized-guangdong.txt"
    let script = "load ../../shared/\(seed)\n.save ../../out/saved.bg\n.save beside.bg\n"
    try script.write(to: folder.appendingPathComponent("a.bg"), atomically: true, encoding: .utf8)

    let r = try Baogao.run(["a.bg"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    let saved = try String(
      contentsOf: root.appendingPathComponent("out/saved.bg"), encoding: .utf8)
    #expect(saved.hasSuffix("\nload ../shared/\(seed)\n"), "\(saved)")
    let beside = try String(contentsOf: folder.appendingPathComponent("beside.bg"), encoding: .utf8)
    #expect(beside.hasSuffix("\nload ../../shared/\(seed)\n"), "\(beside)")
    // The saved script replays from its own folder, through the link.
    let replay = try Baogao.run([root.appendingPathComponent("out/saved.bg").path])
    #expect(replay.status == 0, "\(replay.stderr)")
    #expect(replay.stderr.contains("loaded 1 report"), "\(replay.stderr)")
  }

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
