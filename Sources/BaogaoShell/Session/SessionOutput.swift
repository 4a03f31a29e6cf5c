import Foundation

/// Where a session writes: results to `write`, errors and diagnostics to `writeError`.
/// The executable uses the process's stdout and stderr; notebooks and tests capture both.
public protocol SessionOutput: AnyObject {
  func write(_ text: String)
  func writeError(_ text: String)
}

/// The process's standard output and error. On a terminal, control characters in the text are
/// shown rather than obeyed (`TerminalText`); into a file or a pipe, bytes pass unchanged.
public final class StandardOutput: SessionOutput {
  private let stdoutIsTerminal = isatty(STDOUT_FILENO) != 0
  private let stderrIsTerminal = isatty(STDERR_FILENO) != 0

  public init() {}

  public func write(_ text: String) {
    FileHandle.standardOutput.write(
      Data((stdoutIsTerminal ? TerminalText.visible(text) : text).utf8))
  }

  public func writeError(_ text: String) {
    FileHandle.standardError.write(
      Data((stderrIsTerminal ? TerminalText.visible(text) : text).utf8))
  }
}

/// Keeps what a session wrote, in order, for notebooks and tests.
public final class CapturedOutput: SessionOutput {
  public private(set) var stdout = ""
  public private(set) var stderr = ""
  /// Both streams interleaved as a person at a terminal would see them.
  public private(set) var combined = ""

  public init() {}

  public func write(_ text: String) {
    stdout += text
    combined += text
  }

  public func writeError(_ text: String) {
    stderr += text
    combined += text
  }

  public func reset() {
    stdout = ""
    stderr = ""
    combined = ""
  }
}
