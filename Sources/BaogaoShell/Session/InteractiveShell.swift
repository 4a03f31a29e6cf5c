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
    session.pager = { text in Pager.show(text) }
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

/// Shows long text through `$PAGER`, else `less -R` or `more` when installed, else prints it.
enum Pager {
  static func show(_ text: String) {
    let text = TerminalText.visible(text)
    guard let command = pagerCommand() else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    // Through system(3), not Process: Foundation starts children in a new session, where a
    // pager has no controlling terminal to read keys from (less exits at once).
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("baogao-page-\(UUID().uuidString).txt")
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

  private static func pagerCommand() -> String? {
    if let pager = ProcessInfo.processInfo.environment["PAGER"], !pager.isEmpty { return pager }
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    func installed(_ name: String) -> Bool {
      path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
    }
    if installed("less") { return "less -R" }
    if installed("more") { return "more" }
    return nil
  }
}
