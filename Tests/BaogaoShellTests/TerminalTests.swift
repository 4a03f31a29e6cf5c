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

  /// Loading the whole shared corpus (97 reports, about 3 s in a debug build) is stopped by
  /// Ctrl-C between files; the prompt returns and the session goes on.
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
    // Stopped between files (`loaded 23 reports …`) or inside one (`error: interrupted`).
    try term.waitForLine { $0.contains("interrupted") || $0.contains("loaded ") }
    try term.waitForLine { $0 == "baogao>" }
    #expect(try !term.screen().contains("loaded 97 reports"))
    try term.send(".mode", "Enter")
    try term.waitForLine { $0.hasPrefix("current mode: table") }
  }
}

/// One private tmux server (`tmux -L baogao-test-<random>`) 120×40, running the shell.
final class TmuxTerminal {
  let socket = "baogao-test-\(UUID().uuidString.prefix(8))"
  let historyPath: String
  let executable: String
  private let tmux: String

  init() throws {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    let found = path.split(separator: ":").map { "\($0)/tmux" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    tmux = try #require(found, "tmux is not installed (make deps installs it)")
    executable = try #require(
      Self.findExecutable(), "the baogao executable is not built beside the tests")
    historyPath =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("baogao-history-\(UUID().uuidString)").path
  }

  /// `baogao` in the folder of the running test binary (`.build/debug` under `swift test`).
  static func findExecutable() -> String? {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    let folders = [exe, CommandLine.arguments.first].compactMap { $0 }.map {
      URL(fileURLWithPath: $0).deletingLastPathComponent().path
    }
    return folders.map { $0 + "/baogao" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Starts the shell in a new session and waits for its prompt. Retries for a moment: after
  /// the previous shell quit, its server may still be shutting down on the same socket.
  func startShell() throws {
    let command = "BAOGAO_HISTORY='\(historyPath)' '\(executable)' --no-rc"
    let deadline = Date().addingTimeInterval(3)
    while true {
      do {
        try run(["new-session", "-d", "-x", "120", "-y", "40", command])
        break
      } catch  where Date() < deadline {
        Thread.sleep(forTimeInterval: 0.05)
      }
    }
    try waitForLine { $0 == "baogao>" }
  }

  /// Types keys: literal text, or tmux key names (`Tab`, `Enter`, `Up`, `C-c`, `BSpace`).
  func send(_ keys: String...) throws {
    for key in keys {
      let isKeyName =
        ["Tab", "Enter", "Up", "Down", "Left", "Right", "BSpace"].contains(key)
        || key.hasPrefix("C-")
      try run(["send-keys"] + (isKeyName ? [] : ["-l"]) + [key])
    }
  }

  /// Polls the cursor's row until `matches` holds (5 s at most).
  func waitForCursorRow(_ matches: (Int) -> Bool, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      let row = (try? run(["display-message", "-p", "#{cursor_y}"])).flatMap {
        Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
      }
      if let row, matches(row) { return }
      Thread.sleep(forTimeInterval: 0.02)
    }
    Issue.record("the cursor did not move", sourceLocation: sourceLocation)
    throw TerminalTestError.timeout
  }

  /// Types raw bytes (`send-keys -H`), for input that is not valid UTF-8.
  func sendBytes(_ bytes: [UInt8]) throws {
    try run(["send-keys", "-H"] + bytes.map { String($0, radix: 16) })
  }

  /// The visible screen, trailing blank lines dropped.
  func screen() throws -> String {
    var text = try run(["capture-pane", "-p"])
    while text.hasSuffix("\n\n") { text.removeLast() }
    return text
  }

  /// Polls the screen until some line satisfies `matches` (5 s at most).
  func waitForLine(
    _ matches: (String) -> Bool, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let deadline = Date().addingTimeInterval(5)
    var last = ""
    while Date() < deadline {
      last = (try? screen()) ?? ""
      if last.split(separator: "\n").contains(where: { matches(String($0)) }) { return }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record(
      "expected line not on screen after 5 s; screen:\n\(last)", sourceLocation: sourceLocation)
    throw TerminalTestError.timeout
  }

  /// Waits until the shell has left and its session is gone.
  func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      if (try? run(["has-session"])) == nil { return }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record("the shell did not exit", sourceLocation: sourceLocation)
    throw TerminalTestError.timeout
  }

  func shutDown() {
    _ = try? run(["kill-server"])
    try? FileManager.default.removeItem(atPath: historyPath)
  }

  /// Runs the tmux client and returns its standard output. posix_spawn and waitpid rather
  /// than Foundation's Process, whose wait never returned for the tmux client here.
  @discardableResult
  func run(_ arguments: [String]) throws -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    let argv = [tmux, "-u", "-L", socket] + arguments
    let envp = environment.map { "\($0.key)=\($0.value)" }
    // The server that new-session forks keeps the client's descriptors: give it no pipe to hold
    // open, or reading to the end would wait for the server to exit.
    let capture = arguments.first != "new-session"
    var fds: [Int32] = [-1, -1]
    if capture { guard pipe(&fds) == 0 else { throw TerminalTestError.tmuxFailed(arguments) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
      posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
      posix_spawn_file_actions_addclose(&actions, fds[0])
      posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // The test runner blocks signals in its threads; a child inheriting that mask would ignore
    // kill-server's SIGHUP and live on. Start tmux (and so the shell) as a terminal would.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGHUP, SIGTERM, SIGQUIT, SIGPIPE, SIGCHLD, SIGWINCH] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let status = withCStrings(argv) { cArgv in
      withCStrings(envp) { cEnvp in posix_spawn(&pid, tmux, &actions, &attributes, cArgv, cEnvp) }
    }
    var output = Data()
    if capture {
      close(fds[1])
      var buffer = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = read(fds[0], &buffer, buffer.count)
        if n <= 0 { break }
        output.append(contentsOf: buffer[0..<n])
      }
      close(fds[0])
    }
    guard status == 0 else { throw TerminalTestError.tmuxFailed(arguments) }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    // WIFEXITED && WEXITSTATUS == 0
    guard exitStatus & 0x7f == 0, (exitStatus >> 8) & 0xff == 0 else {
      throw TerminalTestError.tmuxFailed(arguments)
    }
    return String(decoding: output, as: UTF8.self)
  }

  private func withCStrings<R>(
    _ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R
  ) -> R {
    var pointers = strings.map { strdup($0) } + [nil]
    defer { pointers.forEach { free($0) } }
    return body(&pointers)
  }
}

enum TerminalTestError: Error {
  case timeout
  case tmuxFailed([String])
}
