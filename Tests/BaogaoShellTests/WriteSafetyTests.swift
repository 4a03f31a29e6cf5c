import Foundation
import Testing

@testable import BaogaoShell

/// Writes that survive a kill, and history that two shells share.
@Suite("Write safety", .serialized)
struct WriteSafetyTests {
  @Test(
    "kill -9 during export FILE.xlsx leaves the previous file intact; the temporary goes next time")
  func killedExport() throws {
    let dir = try Baogao.temporaryDirectory()
    let target = dir.appendingPathComponent("out.xlsx")
    let first = try Baogao.run(
      ["-c", "load \(try Baogao.shared.path)/corpus/seeds; reports | export \(target.path)"])
    #expect(first.status == 0, "\(first.stderr)")
    let previous = try Data(contentsOf: target)
    // A large export, killed as soon as its temporary file exists.
    let process = Process()
    process.executableURL = try Baogao.executable
    process.arguments = [
      "-c",
      "load \(try Baogao.shared.path)/corpus/national/national-1954-2025.jsonl; sentences | export \(target.path)",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let temporary = dir.appendingPathComponent(".out.xlsx.baogao-tmp-\(process.processIdentifier)")
    while process.isRunning, !FileManager.default.fileExists(atPath: temporary.path) {
      usleep(1_000)
    }
    #expect(process.isRunning, "the export ended before it could be killed")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(try Data(contentsOf: target) == previous)
    #expect(FileManager.default.fileExists(atPath: temporary.path))
    // The next write to the folder removes what the killed process left.
    let again = try Baogao.run(["-c", "reports | export \(dir.path)/other.csv"])
    #expect(again.status == 0)
    #expect(!FileManager.default.fileExists(atPath: temporary.path))
  }

  @Test("two writers appending history at once keep every entry")
  func concurrentHistory() throws {
    let path = try Baogao.temporaryDirectory().appendingPathComponent("history").path
    let perWriter = 150
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for i in 0..<perWriter {
        HistoryFile.append("reports | where year == \(writer * 1_000 + i)", to: path, size: 10_000)
      }
    }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let entries = text.split(separator: "\n").filter { $0.contains("where") }
    #expect(entries.count == 2 * perWriter)
    #expect(Set(entries).count == 2 * perWriter)
  }

  /// Two real shells, each a process of its own in tmux, given 100 statements each at once:
  /// their appends interleave in the shared history file and none is lost.
  @Test("two shells appending history at once keep every entry")
  func twoShellsShareHistory() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    let perShell = 100
    let folder = try Baogao.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["a", "b"] {
      try term.run([
        "new-session", "-d", "-s", name, "-x", "120", "-y", "40",
        "BAOGAO_HISTORY='\(term.historyPath)' '\(term.executable)' --no-rc",
      ])
    }
    for name in ["a", "b"] {
      let deadline = Date().addingTimeInterval(TmuxTerminal.patience)
      while try !term.run(["capture-pane", "-p", "-t", name]).contains("baogao>") {
        try #require(Date() < deadline, "shell \(name) showed no prompt")
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
    // Each shell gets its statements as one paste; both then run them at the same time.
    for name in ["a", "b"] {
      let keys = folder.appendingPathComponent("keys-\(name)")
      try (0..<perShell).map { "let \(name)\($0) = reports\n" }.joined()
        .write(to: keys, atomically: true, encoding: .utf8)
      try term.run(["load-buffer", "-b", name, keys.path])
    }
    for name in ["a", "b"] { try term.run(["paste-buffer", "-b", name, "-t", name]) }
    func entries() -> [String] {
      let text = (try? String(contentsOfFile: term.historyPath, encoding: .utf8)) ?? ""
      return text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("let") }
    }
    let deadline = Date().addingTimeInterval(60)
    while entries().count < 2 * perShell, Date() < deadline {
      Thread.sleep(forTimeInterval: 0.1)
    }
    let kept = entries()
    #expect(kept.count == 2 * perShell, "\(kept.count) entries kept")
    #expect(Set(kept).count == 2 * perShell)
    // The two shells really wrote at the same time: their entries interleave.
    let order = kept.map { $0.hasPrefix("let\\040a") ? "a" : "b" }
    #expect(zip(order, order.dropFirst()).filter { $0 != $1 }.count > 2, "\(order.joined())")
  }

  @Test("TerminalText shows controls and keeps text, tabs and line feeds")
  func terminalText() {
    #expect(TerminalText.visible("广东\t省\n") == "广东\t省\n")
    #expect(TerminalText.visible("a\u{1B}[2J\u{07}\r\u{7F}\u{9B}b") == "a␛[2J␇␍␡\\x9bb")
    #expect(
      TerminalText.visible("x\(TerminalText.highlightStart)7%\(TerminalText.highlightEnd)")
        == "x\u{1B}[7m7%\u{1B}[0m")
  }
}
