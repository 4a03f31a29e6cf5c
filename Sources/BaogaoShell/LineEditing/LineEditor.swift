import CEditLine
import Foundation

/// The shell's input line: libedit with emacs keys, Chinese input, persistent history, Tab
/// completion and Ctrl-C that cancels the line.
///
/// Used on the main thread only. Before libedit starts, LC_CTYPE is taken from the environment
/// and falls back to `C.UTF-8` when that is not UTF-8, because libedit silently drops `报告`
/// in the C locale. When standard input is not a terminal (a script piped in) lines are read
/// plainly, without prompt or history.
public final class LineEditor {
  private var editor: OpaquePointer?
  private var history: OpaquePointer?
  private let historyPath: String
  private let historySize: Int
  private let completer: (_ lineBeforeCursor: String) -> [String]

  /// `completer` gets the line up to the cursor and returns candidate words for the last token
  /// (commands, fields, metric ids, paths after `load`); the editor keeps those that extend it.
  public init(
    programName: String = "baogao", historyPath: String, historySize: Int = 1000,
    completer: @escaping (_ lineBeforeCursor: String) -> [String]
  ) {
    self.historyPath = historyPath
    self.historySize = max(1, historySize)
    self.completer = completer
    _ = baogao_locale_setup()
    Interrupt.install()
    guard isatty(STDIN_FILENO) != 0 else { return }
    // The size is set before loading, so a longer file is cut to the newest entries.
    history = baogao_history_open(Int32(clamping: self.historySize))
    HistoryFile.load(into: history, from: historyPath)
    let context = Unmanaged.passUnretained(self).toOpaque()
    editor = baogao_el_open(programName, context) { context, el in
      guard let context, let el else { return UInt8(CC_ERROR) }
      return Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue().complete(el)
    }
    if let editor, let history { baogao_el_use_history(editor, history) }
  }

  deinit {
    // Restores the terminal. History is already on disk: every statement was saved when added.
    if let editor { baogao_el_close(editor) }
    if let history { baogao_history_close(history) }
  }

  /// `~/.baogao_history`, or `BAOGAO_HISTORY` when set.
  public static func defaultHistoryPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let path = environment["BAOGAO_HISTORY"], !path.isEmpty { return path }
    let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
    return (home as NSString).appendingPathComponent(".baogao_history")
  }

  /// Reads one line after showing `prompt`. After Ctrl-C or Ctrl-D the editor itself moves to
  /// a new line, so the caller prints nothing before the next prompt.
  public func read(prompt: String) -> LineRead {
    guard let editor else { return readPlainLine() }
    Interrupt.clear()
    baogao_el_set_prompt(editor, prompt)
    var text: UnsafePointer<CChar>?
    var length: Int32 = 0
    switch baogao_el_read(editor, &text, &length) {
    case 0:
      guard let text else { return .line("") }
      let bytes = UnsafeRawBufferPointer(start: text, count: Int(length))
      return .line(String(decoding: bytes, as: UTF8.self))
    case 1:
      baogao_el_write(editor, "\n")
      return .interrupted
    default:
      baogao_el_write(editor, "\n")
      return .endOfFile
    }
  }

  /// Records one statement (continuation lines joined by `\n`) and appends it to the file at
  /// once, so a crash loses nothing and a second shell's statements stay in the file.
  public func addHistory(_ statement: String) {
    guard let history, !statement.allSatisfy(\.isWhitespace) else { return }
    _ = baogao_history_enter(history, statement)
    HistoryFile.append(statement, to: historyPath, size: historySize)
  }

  private func readPlainLine() -> LineRead {
    guard let line = readLine(strippingNewline: true) else { return .endOfFile }
    return .line(line)
  }

  /// Tab: completes a unique match, or lists several below the prompt.
  private func complete(_ el: OpaquePointer) -> UInt8 {
    guard let info = el_line(el)?.pointee else { return UInt8(CC_ERROR) }
    let bytes = UnsafeRawBufferPointer(
      start: info.buffer, count: info.buffer.distance(to: info.cursor))
    let word = CompletionWord(lineBeforeCursor: String(decoding: bytes, as: UTF8.self))
    switch word.action(for: completer(String(decoding: bytes, as: UTF8.self))) {
    case .none:
      return UInt8(CC_REFRESH_BEEP)
    case .insert(let text):
      _ = el_insertstr(el, text)
      return UInt8(CC_REFRESH)
    case .list(let text, let matches):
      if !text.isEmpty { _ = el_insertstr(el, text) }
      let columns = Int(baogao_el_columns(el))
      baogao_el_write(el, "\n" + CompletionList.format(matches, width: columns > 0 ? columns : 80))
      return UInt8(CC_REDISPLAY)
    }
  }
}
