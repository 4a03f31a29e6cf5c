import Foundation
import Testing

/// The real shell in a real terminal: `baogao` runs under tmux, keys are typed with
/// `send-keys`, and the screen is read back with `capture-pane` until the expected text shows.
/// Fails (never skips) when tmux or the executable is missing; `make test` installs tmux.
@Suite("Terminal", .serialized)
struct TerminalTests {
  @Test("Tab completes rep to reports")
  func completion() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send("rep", "Tab")
    try term.waitForLine { $0 == "baogao> reports" }
    // Several matches are listed below the line, which is drawn again under the list.
    try term.send("C-u", ".m", "Tab")
    try term.waitForLine { $0 == ".metrics  .mode" }
    let screen = try term.screen()
    #expect(screen == "baogao> .m\n.metrics  .mode\nbaogao> .m\n", "\(screen)")
  }

  @Test("a statement is recalled with Up after the shell restarts")
  func historyAfterRestart() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send(".mode box", "Enter")
    try term.waitForLine { $0 == "baogao>" }
    try term.send(".quit", "Enter")
    try term.waitForExit()
    let history = try String(contentsOfFile: term.historyPath, encoding: .utf8)
    #expect(history.hasPrefix("_HiStOrY_V2_\n"))
    #expect(history.contains(".mode\\040box\n"))

    try term.startShell()
    try term.send("Up", "Up")
    try term.waitForLine { $0 == "baogao> .mode box" }
  }

  @Test("a line of Chinese is edited with Left, Backspace and typing")
  func chineseEditing() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send(".help 报告工作")
    try term.waitForLine { $0 == "baogao> .help 报告工作" }
    try term.send("Left", "Left", "BSpace", "表")
    try term.waitForLine { $0 == "baogao> .help 报表工作" }
    // The cursor sits between 表 and 工: Ctrl-K cuts the rest of the line.
    try term.send("C-k")
    try term.waitForLine { $0 == "baogao> .help 报表" }
  }

  @Test("Ctrl-C cancels a half-typed line and the shell still answers")
  func controlC() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send("reports | where 年份 >")
    try term.waitForLine { $0 == "baogao> reports | where 年份 >" }
    try term.send("C-c")
    // Keys typed before the editor has drawn its fresh prompt land on the abandoned line.
    try term.waitForLine { $0 == "baogao>" }
    try term.send(".mode", "Enter")
    try term.waitForLine { $0.hasPrefix("current mode: table") }
    let screen = try term.screen()
    #expect(screen.contains("baogao> reports | where 年份 >\nbaogao> .mode\n"))
    #expect(!screen.contains("error"))
  }

  /// A long line of Chinese wraps; after the window narrows, editing redraws it whole.
  @Test("a wrapped Chinese line survives a window resize")
  func resize() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    let long = "reports | where " + String(repeating: "政府工作报告", count: 8)
    try term.send(long)
    try term.waitForLine { $0.hasPrefix("府工作报告") || $0.hasSuffix("工作报告") }
    try term.run(["resize-window", "-x", "50"])
    try term.send("C-a", "X")
    // 50 columns: the prompt and `Xreports | where ` take 25, then 12 wide characters fit.
    try term.waitForLine { $0 == "baogao> Xreports | where 政府工作报告政府工作报告" }
    try term.send("Enter")
    // The line run is the edited one, whole.
    try term.waitForLine { $0.hasPrefix("error: unknown source 'Xreports'") }
    try term.waitForLine { $0.hasPrefix(" 1 | Xreports | where 政府工作报告") }
  }

  /// Bytes that are not UTF-8 (a paste cut mid-character: `\xe6` then `.`) are dropped and the
  /// rest of the line still reads.
  @Test("broken UTF-8 input is dropped, not fatal")
  func brokenInput() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.sendBytes([0xE6, 0xFF])
    try term.send(".mode")
    try term.sendBytes([0xE6, 0x8A])
    try term.send(" box", "Enter")
    try term.waitForLine { $0 == "baogao>" }
    try term.send(".mode", "Enter")
    try term.waitForLine { $0.hasPrefix("current mode: box") }
  }

  /// Loading the whole shared corpus (about 2,000 files, a minute or more in a debug build) is
  /// stopped by Ctrl-C: the load says `error: interrupted` and keeps none of its files (README,
  /// help), the prompt returns and the session goes on.
  @Test("Ctrl-C interrupts a running load and returns to the prompt")
  func controlCDuringCommand() throws {
    let corpus = RenderFixtures.shared.appendingPathComponent("corpus").path
    try #require(FileManager.default.fileExists(atPath: corpus), "cannot read \(corpus)")
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send("load \(corpus)")
    try term.waitForLine { $0.hasSuffix("corpus") }
    try term.send("Enter")
    // The editor has taken the line once the cursor leaves the prompt's row.
    try term.waitForCursorRow { $0 > 0 }
    try term.send("C-c")
    try term.waitForLine { $0.contains("error: interrupted") }
    try term.waitForLine { $0 == "baogao>" }
    #expect(try !term.screen().contains("loaded "))
    try term.send(".mode", "Enter")
    try term.waitForLine { $0.hasPrefix("current mode: table") }
  }
}

/// Issue 11's terminal items: input-method punctuation and an unclosed quote, typed in a real
/// terminal.
@Suite("Terminal: typing mistakes", .serialized)
struct TypingMistakeTerminalTests {
  @Test("input-method punctuation gets an error that says what to type instead")
  func inputMethodPunctuation() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    let cases: [(String, String)] = [
      ("reports | where level == “town”", "straight double quotes: \"town\""),
      ("reports | where level == ‘town’", "'‘' (U+2018) is input-method punctuation"),
      ("reports ｜ count", "write the ASCII pipe '|' between stages"),
      ("reports | select region， year", "write the ASCII comma ','"),
      ("reports | select length（region）", "write the ASCII parenthesis '('"),
      (
        "reports | where year > 2020 && level == \"city\"",
        "'&&' is not an operator here: write 'and'"
      ),
    ]
    for (statement, advice) in cases {
      try term.send("C-l")
      try term.send(statement, "Enter")
      try term.waitForLine { $0.contains(advice) }
      try term.waitForLine { $0 == "baogao>" }
    }
  }

  @Test("an unclosed quote: the prompt says so, Ctrl-C abandons the statement")
  func unclosedQuote() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send("reports | where region == \"云浮", "Enter")
    try term.waitForLine {
      $0 == "a \" is open: type the closing \" to go on, or press Ctrl-C to abandon the statement"
    }
    try term.waitForLine { $0 == "...\">" }
    try term.send("C-c")
    try term.waitForLine { $0 == "baogao>" }
    try term.send(".mode", "Enter")
    try term.waitForLine { $0.hasPrefix("current mode: table") }
    #expect(try !term.screen().contains("error"))
  }
}

/// `.mode line` in a real terminal: a wide row reads one field per line.
@Suite("Terminal: line mode", .serialized)
struct LineModeTerminalTests {
  @Test(".mode line shows one field per line")
  func lineMode() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send(".mode line", "Enter")
    try term.send("reports | count | select count, count + 1 as next", "Enter")
    try term.waitForLine { $0 == "count = 0" }
    try term.waitForLine { $0 == " next = 1" }
  }
}

/// Paging in a real terminal, as psql does: a result longer than the screen goes through the
/// pager, a short one is printed, and `.pager off` prints everything.
@Suite("Terminal: paging", .serialized)
struct PagingTerminalTests {
  static func seed() throws -> String {
    try Baogao.shared.appendingPathComponent("corpus/seeds/2024-county-anonymized-guangdong.txt")
      .path
  }

  @Test("a result longer than the screen pages through less -FRX; q comes back to the prompt")
  func longResultPages() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    // The pager is named in the session, so the test does not depend on the caller's $PAGER.
    try term.send(".pager less -FRX", "Enter")
    try term.send("load \(try Self.seed())", "Enter")
    try term.waitForLine { $0.hasPrefix("loaded 1 report") }
    try term.send("sentences | select id | limit 100", "Enter")
    // less waits on its ':' prompt at the bottom of the 40-row screen, with the first page above.
    try term.waitForLine { $0 == ":" }
    var screen = try term.screen()
    #expect(screen.split(separator: "\n").last == ":", "\(screen)")
    #expect(screen.contains("r1.s1\n"), "\(screen)")
    #expect(!screen.contains("r1.s100"), "the last row is past the first page:\n\(screen)")
    try term.send("q")
    // -X leaves the page on the screen; the prompt comes back below it.
    try term.waitForLine { $0 == "baogao>" }
    // A short result is printed, not paged.
    try term.send("C-l")
    try term.send("reports | count", "Enter")
    try term.waitForLine { $0 == "(1 row)" }
    try term.waitForLine { $0 == "baogao>" }
    screen = try term.screen()
    #expect(!screen.contains(":\n"), "\(screen)")
  }

  @Test(".pager off prints a long result straight to the screen")
  func pagerOff() throws {
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send(".pager off", "Enter")
    try term.send("load \(try Self.seed())", "Enter")
    try term.waitForLine { $0.hasPrefix("loaded 1 report") }
    try term.send("sentences | select id | limit 100", "Enter")
    try term.waitForLine { $0 == "(100 rows)" }
    try term.waitForLine { $0 == "baogao>" }
    let screen = try term.screen()
    #expect(screen.contains("r1.s100"), "\(screen)")
  }
}

/// Value completion in a real terminal: Tab inside quotes after `==` offers the data's values.
@Suite("Terminal: value completion", .serialized)
struct ValueCompletionTerminalTests {
  @Test("Tab after level == \" completes the level the loaded report has")
  func valueCompletion() throws {
    let seed = try Baogao.shared.appendingPathComponent(
      "corpus/seeds/2024-county-anonymized-guangdong.txt"
    ).path
    let expected = try Baogao.run(["-c", ".mode csv; load \(seed); reports | select level"])
    let level = try #require(expected.stdout.split(separator: "\n").dropFirst().first)
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send("load \(seed)", "Enter")
    try term.waitForLine { $0.hasPrefix("loaded 1 report") }
    try term.send("C-l")
    try term.send("reports | where level == \"", "Tab")
    try term.waitForLine { $0 == "baogao> reports | where level == \"\(level)\"" }
    try term.send(" | select region", "Enter")
    try term.waitForLine { $0 == "(1 row)" }
    // Inside `in [`: the metric ids the report's indicators have, listed when several match.
    try term.send("C-l")
    try term.send("indicators | where metric in [\"", "Tab")
    let metrics = try Baogao.run(["-c", ".mode csv; load \(seed); indicators | select metric"])
    let ids = Set(metrics.stdout.split(separator: "\n").dropFirst().map { "\"\($0)\"" }).sorted()
    try #require(ids.count > 1)
    // The list below the line: every id, in columns.
    try term.waitForLine { $0.hasPrefix(ids[0] + " ") }
    let screen = try term.screen()
    let listed = screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    #expect(Set(ids).isSubset(of: Set(listed)), "\(screen)")
  }
}
