import Foundation
import Testing

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

  /// How long a wait for the screen may take. Waits end as soon as the screen matches, so a
  /// generous bound costs nothing when all is well; CI's 2 cores, busy with other tests, need it.
  static let patience: TimeInterval = 20

  /// Types keys: literal text, or tmux key names (`Tab`, `Enter`, `Up`, `C-c`, `BSpace`).
  func send(_ keys: String...) throws {
    for key in keys {
      let isKeyName =
        ["Tab", "Enter", "Up", "Down", "Left", "Right", "BSpace"].contains(key)
        || key.hasPrefix("C-")
      try run(["send-keys"] + (isKeyName ? [] : ["-l"]) + [key])
    }
  }

  /// Polls the cursor's row until `matches` holds (`patience` at most).
  func waitForCursorRow(_ matches: (Int) -> Bool, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let deadline = Date().addingTimeInterval(Self.patience)
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

  /// Polls the screen until some line satisfies `matches` (`patience` at most).
  func waitForLine(
    _ matches: (String) -> Bool, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let deadline = Date().addingTimeInterval(Self.patience)
    var last = ""
    while Date() < deadline {
      last = (try? screen()) ?? ""
      if last.split(separator: "\n").contains(where: { matches(String($0)) }) { return }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record(
      "expected line not on screen after \(Int(Self.patience)) s; screen:\n\(last)",
      sourceLocation: sourceLocation)
    throw TerminalTestError.timeout
  }

  /// Waits until the shell has left and its session is gone.
  func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let deadline = Date().addingTimeInterval(Self.patience)
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
