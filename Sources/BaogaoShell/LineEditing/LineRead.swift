/// What one call of `LineEditor.read(prompt:)` got from the user.
public enum LineRead: Sendable, Equatable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C: the line being typed was cancelled; show a fresh prompt.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input: leave the shell.
  case endOfFile
}
