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
      switch editor.read(prompt: buffer.isEmpty ? Self.prompt : Self.continuationPrompt) {
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
        if StatementSplitter.needsContinuation(buffer) { continue }
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

/// Shows long text through `$PAGER` (default `less -R`), as `show` does for a long report.
enum Pager {
  static func show(_ text: String) {
    let command =
      ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let pipe = Pipe()
    process.standardInput = pipe
    do {
      try process.run()
      pipe.fileHandleForWriting.write(Data(text.utf8))
      try? pipe.fileHandleForWriting.close()
      process.waitUntilExit()
    } catch {
      FileHandle.standardOutput.write(Data(text.utf8))
    }
  }
}
