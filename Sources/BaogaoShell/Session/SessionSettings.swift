/// The session's switches, set by dot-commands (`.mode`, `.width`, `.timer` …) and options.
public struct SessionSettings: Sendable {
  public var mode: OutputMode = .table
  /// `.width N`; nil is `.width auto` (the terminal's width, or no limit when not a terminal).
  public var width: Int?
  /// `.ambiguous wide`: East Asian Ambiguous characters (“”—…①) take two columns.
  public var ambiguousWide = false
  /// `.precision N`: decimals of non-whole numbers in table, box and line modes.
  public var precision = 4
  public var timer = false
  public var echo = false
  /// Stop a non-interactive run at the first error (`.bail on`, the default for scripts).
  public var bail = true
  /// Parameters set with `.set NAME VALUE` or `--set NAME=VALUE`, read as `$NAME`.
  public var variables: [String: String] = [:]
  /// `.pager on|off|CMD`: how the interactive shell shows a result longer than the screen.
  public var pager: PagerChoice = .on

  public init() {}
}

/// `.pager`: page long results through `$PAGER` (or `less -FRX`, or `more`), through a
/// command of one's own, or never. Only the interactive shell pages, and only on a terminal.
public enum PagerChoice: Sendable, Equatable {
  case off
  case on
  case command(String)
}

/// Where a piece of source text came from, for error places and relative paths.
public struct Origin: Sendable {
  /// The script's path as given, or nil for the interactive shell and `-c`.
  public var file: String?
  /// The folder relative paths inside the text resolve against.
  public var directory: String
  public var interactive: Bool

  public init(file: String? = nil, directory: String, interactive: Bool = false) {
    self.file = file
    self.directory = directory
    self.interactive = interactive
  }
}

/// How running some text ended.
public enum RunStatus: Sendable, Equatable {
  case ok
  /// An error stopped the run (`.bail on`), or errors happened.
  case failed
  /// `.quit` was run.
  case quit
}
