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
  /// Decimals shown for non-whole numbers in `table`, `box` and `line` (`.precision N`,
  /// default 4: 3.14159 shows 3.1416); the other modes print every digit.
  public var precision: Int

  public init(
    mode: OutputMode = .table, maxWidth: Int? = nil, ambiguousWide: Bool = false,
    showHiddenColumns: Bool = false, precision: Int = 4
  ) {
    self.precision = precision
    self.mode = mode
    self.maxWidth = maxWidth
    self.ambiguousWide = ambiguousWide
    self.showHiddenColumns = showHiddenColumns
  }
}
