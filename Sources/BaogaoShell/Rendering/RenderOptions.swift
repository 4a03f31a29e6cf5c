/// What `TableRenderer` needs to know about the terminal and the user's settings.
public struct RenderOptions: Sendable, Hashable {
  public var mode: OutputMode
  /// Widest line allowed in `table` and `box` modes; nil for no limit. The shell passes the
  /// terminal width for `.width auto`.
  public var maxWidth: Int?
  /// Draw East Asian Ambiguous characters (`“”—…①`) two columns wide (`.ambiguous wide`).
  public var ambiguousWide: Bool
  /// Show columns marked `hiddenByDefault` (a report's `text`) in `table`, `box` and
  /// `markdown`; the shell sets it when the user selected such a column by name.
  public var showHiddenColumns: Bool

  public init(
    mode: OutputMode = .table, maxWidth: Int? = nil, ambiguousWide: Bool = false,
    showHiddenColumns: Bool = false
  ) {
    self.mode = mode
    self.maxWidth = maxWidth
    self.ambiguousWide = ambiguousWide
    self.showHiddenColumns = showHiddenColumns
  }
}
