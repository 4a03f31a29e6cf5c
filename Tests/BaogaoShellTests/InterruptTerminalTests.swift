import Foundation
import Testing

/// Ctrl-C in a real terminal (tmux) during a regex search, a load and a chart: the prompt comes
/// back, and a second later no thread of the shell is still burning a core. Before issue 12 the
/// abandoned worker kept a core at 100% until `.quit`.
@Suite("Ctrl-C stops the work", .serialized)
struct InterruptTerminalTests {
  /// The pid of the `baogao` process in the pane (the pane's shell may have exec'd it, or not).
  static func shellPID(_ term: TmuxTerminal) throws -> pid_t {
    let pane = try #require(
      pid_t(
        try term.run(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(
          in: .whitespacesAndNewlines)))
    if comm(pane) == "baogao" { return pane }
    let children = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for name in children {
      guard let pid = pid_t(name),
        let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8)
      else { continue }
      let fields = stat.split(separator: ")").last?.split(separator: " ") ?? []
      if fields.count > 2, pid_t(fields[2]) == pane, comm(pid) == "baogao" { return pid }
    }
    throw TerminalTestError.timeout
  }

  static func comm(_ pid: pid_t) -> String? {
    (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// User + system CPU seconds of every thread of `pid` so far.
  static func cpuSeconds(_ pid: pid_t) throws -> Double {
    let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
    let fields = try #require(stat.split(separator: ")").last).split(separator: " ")
    // After the command's closing parenthesis: state is field 0, utime 11, stime 12.
    let ticks = try #require(Double(fields[11])) + #require(Double(fields[12]))
    return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  /// Types `statement`, waits until it is running, presses Ctrl-C and checks that the prompt
  /// comes back with `interrupted` and that the process then stays idle. `setup` runs first, to
  /// the line starting with `ready`.
  @discardableResult
  static func interrupt(_ statement: String, after setup: String? = nil, ready: String = "loaded ")
    throws -> TmuxTerminal
  {
    let term = try TmuxTerminal()
    var keep = false
    defer { if !keep { term.shutDown() } }
    try term.startShell()
    let pid = try shellPID(term)
    if let setup {
      try term.send(setup, "Enter")
      // Setup may take longer than `waitForLine`'s 5 s (loading 221 reports in a debug build).
      let deadline = Date().addingTimeInterval(180)
      while try !term.screen().split(separator: "\n").contains(where: { $0.hasPrefix(ready) }) {
        try #require(Date() < deadline, "no line starting '\(ready)' after: \(setup)")
        Thread.sleep(forTimeInterval: 0.1)
      }
    }
    try term.send("C-l")
    try term.send(statement, "Enter")
    // Running once the shell has used a tenth of a second of CPU on it.
    let start = try cpuSeconds(pid)
    let deadline = Date().addingTimeInterval(10)
    while try cpuSeconds(pid) < start + 0.1, Date() < deadline {
      Thread.sleep(forTimeInterval: 0.01)
    }
    try term.send("C-c")
    try term.waitForLine { $0.contains("error: interrupted") }
    try term.waitForLine { $0 == "baogao>" }
    // A generous second for the worker to notice, then a second in which it must stay idle.
    Thread.sleep(forTimeInterval: 1)
    let before = try cpuSeconds(pid)
    Thread.sleep(forTimeInterval: 1)
    let used = try cpuSeconds(pid) - before
    #expect(used < 0.3, "\(statement): \(used) s of CPU in the second after Ctrl-C")
    keep = true
    return term
  }

  static var corpus: String {
    get throws { try Baogao.shared.appendingPathComponent("corpus").path }
  }

  @Test("Ctrl-C during a catastrophic regex search")
  func search() throws {
    try Self.interrupt(#"search "(.*)*x""#, after: "load \(try Self.corpus)/seeds").shutDown()
  }

  @Test("Ctrl-C during a load, which keeps nothing of it (README, help)")
  func load() throws {
    let term = try Self.interrupt("load \(try Self.corpus)")
    defer { term.shutDown() }
    try term.send("C-l")
    try term.send(".mode csv; reports | count", "Enter")
    try term.waitForLine { $0 == "count" }
    try term.waitForLine { $0 == "0" }
  }

  @Test("Ctrl-C during text measures and a chart")
  func measures() throws {
    try Self.interrupt(
      "ngrams 3 top 5 | chart bar ngram count", after: "load \(try Self.corpus)/national"
    ).shutDown()
  }

  /// The chart itself is the work here: every sentence of the 221 provincial reports (about
  /// 100,000) as a point, one line per report, drawn to SVG: seconds of work in a debug build,
  /// so a drawing that went on after Ctrl-C would show in the CPU measured.
  @Test("Ctrl-C while a chart of many points is drawn")
  func chart() throws {
    let svg = try Baogao.temporaryDirectory().appendingPathComponent("sentences.svg").path
    let provinces = "\(try Self.corpus)/lawtext/政府工作报告-省自治区"
    try Self.interrupt(
      "$s | chart line x y by report to \(svg)",
      after:
        "load \(provinces); let s = sentences | select report_id as report, start as x, end - start as y",
      ready: "kept $s"
    ).shutDown()
  }

  @Test("control characters in a file name are shown, not obeyed")
  func escapes() throws {
    let dir = try Baogao.temporaryDirectory()
    // A made-up file whose name would retitle the terminal and clear the screen.
    let name = "a\u{1B}]0;pwned\u{07}\u{1B}[2Jb.txt"
    try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: dir.appendingPathComponent(name))
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send("load \(dir.path)", "Enter")
    try term.waitForLine { $0.contains("a␛]0;pwned␇␛[2Jb.txt") }
    #expect(try term.run(["display-message", "-p", "#{pane_title}"]).contains("pwned") == false)
  }

  @Test("control characters in a zip entry's name and in report text are shown, not obeyed")
  func escapesInArchivesAndText() throws {
    let dir = try Baogao.temporaryDirectory()
    let seeds = try Baogao.shared.appendingPathComponent("corpus/seeds")
    // A zip (made with zip(1) from a real seed) whose entry name would retitle the terminal.
    let entry = "e\u{1B}]0;zipped\u{07}.txt"
    try FileManager.default.copyItem(
      at: seeds.appendingPathComponent("2024-county-anonymized-guangdong.txt"),
      to: dir.appendingPathComponent(entry))
    let zip = Process()
    zip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    zip.arguments = ["zip", "-q", "-m", dir.appendingPathComponent("r.zip").path, entry]
    zip.currentDirectoryURL = dir
    try zip.run()
    zip.waitUntilExit()
    #expect(zip.terminationStatus == 0)
    // A real seed with a made-up title sequence inserted into a sentence.
    var text = try String(
      contentsOf: seeds.appendingPathComponent("2021-county-anonymized-docx-scrape.txt"),
      encoding: .utf8)
    let after = text.index(text.startIndex, offsetBy: 700)
    let at = try #require(text.range(of: "发展", range: after..<text.endIndex))
    text.insert(contentsOf: "标记\u{1B}]2;texted\u{07}标记", at: at.lowerBound)
    try text.write(to: dir.appendingPathComponent("t.txt"), atomically: true, encoding: .utf8)
    let term = try TmuxTerminal()
    defer { term.shutDown() }
    try term.startShell()
    try term.send("load \(dir.path)", "Enter")
    try term.waitForLine { $0.contains("r.zip/e␛]0;zipped␇.txt") }
    try term.waitForLine { $0.hasPrefix("loaded 2 reports") }
    try term.send("search 标记 | select match, context", "Enter")
    try term.waitForLine { $0.hasPrefix("(2 rows)") }
    let title = try term.run(["display-message", "-p", "#{pane_title}"])
    #expect(!title.contains("zipped") && !title.contains("texted"), "\(title)")
  }
}
