import BaogaoQuery

/// What `chart bar X Y [by G]`, `chart line X Y by G`, `chart scatter X Y` and
/// `sparkline X Y by G` ask for, with the options `title "…"`, `xlabel "…"`, `ylabel "…"` and
/// `log y`.
public struct ChartSpec: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// One horizontal bar per row: region names read better beside a bar than under it. With
    /// `by G`, one bar per group side by side within each X (target against actual).
    case bar
    /// One line per group over ordered x values (years), placed by value when x is numeric.
    case line
    /// One dot per row at (X, Y), one marker or colour per group.
    case scatter
    /// One row of `▁▂▃▄▅▆▇█` per group, for a quick look at a trend.
    case sparkline
  }

  public var kind: Kind
  /// Field of the labels (bar) or of the x axis (line, scatter, sparkline).
  public var x: String
  /// Numeric field drawn.
  public var y: String
  /// Field whose values split the rows into lines, dot colours or side-by-side bars (`by kind`).
  public var group: String?
  /// Title above the chart; `y by x` when nil.
  public var title: String?
  /// Axis labels (`xlabel "年份"`, `ylabel "增长率（%）"`); none when nil.
  public var xLabel: String?
  public var yLabel: String?
  /// `log y`: the value axis on a base-10 logarithmic scale; every value must be above 0.
  public var logY: Bool

  public init(
    kind: Kind, x: String, y: String, group: String? = nil, title: String? = nil,
    xLabel: String? = nil, yLabel: String? = nil, logY: Bool = false
  ) {
    self.kind = kind
    self.x = x
    self.y = y
    self.group = group
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.logY = logY
  }

  /// The title shown: the given one, or `growth by year (region)`.
  public var displayTitle: String {
    title ?? "\(y) by \(x)" + (group.map { " (\($0))" } ?? "")
  }

  /// Reads the words after `chart KIND` (or `sparkline`):
  /// `X Y [by G] [title "…"] [xlabel "…"] [ylabel "…"] [log y] [to FILE.svg]`: X and Y first,
  /// then the options in any order. Returns the spec and the file of `to`, if any.
  public static func parse(kind: Kind, _ words: [String]) throws(ChartSyntaxError) -> (
    spec: ChartSpec, file: String?
  ) {
    // X and Y come first and are always fields, so a field named `title` (reports have one)
    // or `log` can be charted.
    guard words.count >= 2 else { throw .fields(kind) }
    var spec = ChartSpec(kind: kind, x: words[0], y: words[1])
    var file: String?
    var i = 2
    func value(_ option: String, _ example: String) throws(ChartSyntaxError) -> String {
      guard i + 1 < words.count else { throw .missingValue(option, example: example) }
      i += 1
      return words[i]
    }
    while i < words.count {
      switch words[i] {
      case "by": spec.group = try value("by", "by region")
      case "to": file = try value("to", "to chart.svg")
      case "title": spec.title = try value("title", "title \"增长目标\"")
      case "xlabel": spec.xLabel = try value("xlabel", "xlabel \"年份\"")
      case "ylabel": spec.yLabel = try value("ylabel", "ylabel \"增长率（%）\"")
      case "log":
        let axis = try value("log", "log y")
        guard axis == "y" else { throw .logAxis(axis) }
        spec.logY = true
      default: throw .extraWord(words[i])
      }
      i += 1
    }
    if kind == .sparkline, spec.logY { throw .logSparkline }
    return (spec, file)
  }
}

/// Why the words of a chart command do not make a chart.
public enum ChartSyntaxError: Error, Equatable, Sendable {
  case fields(ChartSpec.Kind)
  case missingValue(String, example: String)
  case extraWord(String)
  case logAxis(String)
  case logSparkline

  public var message: String {
    switch self {
    case .fields(let kind):
      "\(kind == .sparkline ? "sparkline" : "chart \(kind.rawValue)") takes X and Y fields: … X Y [by G]"
    case .missingValue(let option, let example): "'\(option)' takes a value: \(example)"
    case .extraWord(let word):
      "unexpected '\(word)': a chart takes X Y, then by, title, xlabel, ylabel, log y, to"
    case .logAxis(let axis): "'log \(axis)': only the y axis can be logarithmic (log y)"
    case .logSparkline: "a sparkline has no axis to make logarithmic; drop 'log y'"
    }
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
  /// `log y` over a value at or below 0: the field, the value, its row's label and number (from 1).
  case notPositive(String, value: Double, label: String, row: Int)
  /// Two different Y values for one X (and group), where a line or grouped bar holds one.
  case severalValues(String, at: String, group: String?, values: [Double], x: String)

  public var message: String {
    switch self {
    case .unknownField(let name, let names):
      "unknown field '\(name)' (fields: \(names.joined(separator: ", ")))"
    case .notNumeric(let name):
      "field '\(name)' is not numeric; a chart needs numbers on its axes"
    case .noData: "nothing to chart: no row has a number"
    case .notFinite(let name, let label):
      "field '\(name)' is infinite or not a number at '\(label)'; a chart needs finite numbers"
    case .interrupted: "interrupted"
    case .notPositive(let name, let value, let label, let row):
      "log y needs values above 0, but '\(name)' is \(Value.format(value)) at '\(label)' (row \(row)); "
        + "filter it out (where \(name) > 0) or drop 'log y'"
    case .severalValues(let name, let at, let group, let values, let x):
      "several values of '\(name)' at \(x) '\(at)'\(group.map { " in '\($0)'" } ?? "") "
        + "(\(values.map(Value.format).joined(separator: " and "))): a chart holds one per place; "
        + (group == nil ? "add 'by FIELD' to draw one line per FIELD, or " : "")
        + "aggregate first (group \(x)\(group == nil ? "" : ", …") agg mean(\(name)) as \(name))"
    }
  }
}
