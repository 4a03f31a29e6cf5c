import BaogaoQuery
import Foundation

/// The interactive shell: libedit line editing around a `Session`.
///
/// A statement continues on the next line (prompt `...> `) when the line ends with `|` or `\`;
/// history keeps one entry per statement; Ctrl-C cancels the line or the running command;
/// Ctrl-D on an empty line leaves.
public final class InteractiveShell {
  public static let prompt = "baogao> "
  public static let continuationPrompt = "...> "
  /// After a line that leaves a `"` open: the prompt says so, and how to give up.
  public static let openQuotePrompt = "...\"> "
  public static let openQuoteNote =
    "a \" is open: type the closing \" to go on, or press Ctrl-C to abandon the statement"

  let session: Session
  let historyPath: String

  public init(session: Session, historyPath: String) {
    self.session = session
    self.historyPath = historyPath
  }

  public func run() {
    Interrupt.install()
    let session = self.session
    let editor = LineEditor(historyPath: historyPath, completer: { session.completions(for: $0) })
    // Paging only where a person reads the screen: never into a pipe or a file.
    if isatty(STDOUT_FILENO) != 0 {
      session.pager = { [unowned session] text in
        guard let command = Pager.command(for: session.settings.pager) else { return false }
        Pager.show(text, command: command)
        return true
      }
    }
    var buffer = ""
    while true {
      Interrupt.clear()
      let prompt =
        buffer.isEmpty
        ? Self.prompt
        : StatementSplitter.hasOpenQuote(buffer) ? Self.openQuotePrompt : Self.continuationPrompt
      switch editor.read(prompt: prompt) {
      case .endOfFile:
        if buffer.isEmpty { return }
        buffer = ""
      case .interrupted:
        buffer = ""
      case .line(let line):
        buffer += buffer.isEmpty ? line : "\n" + line
        if buffer.trimmingWhitespace().isEmpty {
          buffer = ""
          continue
        }
        if StatementSplitter.needsContinuation(buffer) {
          if StatementSplitter.hasOpenQuote(buffer) {
            FileHandle.standardError.write(Data((Self.openQuoteNote + "\n").utf8))
          }
          continue
        }
        editor.addHistory(buffer)
        session.terminalWidth = DisplayWidth.terminalColumns()
        let origin = Origin(directory: FileManager.default.currentDirectoryPath, interactive: true)
        let status = session.run(buffer, origin: origin)
        buffer = ""
        if status == .quit { return }
      }
    }
  }
}

/// Shows long text through a pager, as psql does: `$PAGER`, else `less -FRX` or `more` when
/// installed; `.pager CMD` names another.
enum Pager {
  /// The command that `choice` pages through, or nil when paging is off or nothing is installed.
  static func command(
    for choice: PagerChoice,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    switch choice {
    case .off: return nil
    case .command(let command): return command
    case .on: return defaultCommand(environment: environment)
    }
  }

  /// `$PAGER` when set, else `less -FRX` (quit at once when it fits, keep colours, leave the
  /// text on the screen after `q`), else `more`.
  static func defaultCommand(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if let pager = environment["PAGER"], !pager.trimmingWhitespace().isEmpty { return pager }
    let path = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    func installed(_ name: String) -> Bool {
      path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
    if installed("less") { return "less -FRX" }
    if installed("more") { return "more" }
    return nil
  }

  /// Whether `text` takes more rows than a screen of `rows` × `columns` leaves above the
  /// prompt, counting lines that the terminal wraps as the rows they take.
  static func needsPaging(_ text: String, rows: Int, columns: Int?, ambiguousWide: Bool = false)
    -> Bool
  {
    let available = max(1, rows - 1)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { lines.removeLast() }
    if lines.count > available { return true }
    var used = 0
    for line in lines {
      if let columns, columns > 0 {
        let width = DisplayWidth.width(of: String(line), ambiguousWide: ambiguousWide)
        used += max(1, (width + columns - 1) / columns)
      } else {
        used += 1
      }
      if used > available { return true }
    }
    return false
  }

  static func show(_ text: String, command: String) {
    let text = TerminalText.visible(text)
    // Through system(3), not Process: Foundation starts children in a new session, where a
    // pager has no controlling terminal to read keys from (less exits at once).
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-page-\(UUID().uuidString).txt")
    guard (try? Data(text.utf8).write(to: file)) != nil else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    defer { try? FileManager.default.removeItem(at: file) }
    let status = system("\(command) < '\(file.path)'")
    // 126/127 from the shell: the pager could not run, so nothing was shown.
    if status == -1 || [126, 127].contains((status >> 8) & 0xff) {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
