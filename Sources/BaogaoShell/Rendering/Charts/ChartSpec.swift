import BaogaoQuery

/// What `chart bar X Y`, `chart line X Y by G` and `sparkline X Y by G` ask for.
public struct ChartSpec: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// One horizontal bar per row: region names read better beside a bar than under it.
    case bar
    /// One line per group over ordered x values (years).
    case line
    /// One row of `▁▂▃▄▅▆▇█` per group, for a quick look at a trend.
    case sparkline
  }

  public var kind: Kind
  /// Field of the labels (bar) or of the ordered x axis (line, sparkline).
  public var x: String
  /// Numeric field drawn.
  public var y: String
  /// Field whose values split the rows into lines (`by region`).
  public var group: String?
  /// Title above the chart; `y by x` when nil.
  public var title: String?

  public init(kind: Kind, x: String, y: String, group: String? = nil, title: String? = nil) {
    self.kind = kind
    self.x = x
    self.y = y
    self.group = group
    self.title = title
  }

  /// The title shown: the given one, or `growth by year (region)`.
  public var displayTitle: String {
    title ?? "\(y) by \(x)" + (group.map { " (\($0))" } ?? "")
  }
}

/// Why a chart cannot be drawn from a table.
public enum ChartError: Error, Equatable, Sendable {
  case unknownField(String, among: [String])
  case notNumeric(String)
  case noData
  /// An infinite or NaN value (`year * 1e308 * 10`), with the label of its row.
  case notFinite(String, label: String)
  /// Ctrl-C: the statement was cancelled while its chart was being drawn.
  case interrupted

  public var message: String {
    switch self {
    case .unknownField(let name, let names):
      "unknown field '\(name)' (fields: \(names.joined(separator: ", ")))"
    case .notNumeric(let name):
      "field '\(name)' is not numeric; a chart needs numbers on its y axis"
    case .noData: "nothing to chart: no row has a number"
    case .notFinite(let name, let label):
      "field '\(name)' is infinite or not a number at '\(label)'; a chart needs finite numbers"
    case .interrupted: "interrupted"
    }
  }
}
