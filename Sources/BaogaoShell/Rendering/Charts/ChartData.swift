import BaogaoCore
import BaogaoQuery

/// The numbers of a chart, taken out of a table: x labels and one series per group.
///
/// Bars keep every row, in row order (sort the table first to order them); with `by G` each
/// distinct X is one category, in order of first appearance, holding one bar per group. Lines and
/// sparklines order x values numerically when they are all numbers (years), else by first
/// appearance, and hold one value per group and x: two different values in one place are an
/// error (six regions' 2021 targets on one line without `by region`), not a silent pick. Nulls
/// leave gaps. Scatter charts keep every row as a point (see `ScatterData`).
struct ChartData: Sendable, Hashable {
  struct Series: Sendable, Hashable {
    var name: String
    var values: [Double?]
  }

  var labels: [String]
  /// Where each label sits on a numeric x axis (years), for lines: 1999 and 2003 are four steps
  /// apart, not one. Nil when x is text.
  var positions: [Double]?
  var series: [Series]
  /// The value axis is logarithmic (`log y`).
  var logY = false
  /// Bars side by side within each label, one per series (`chart bar X Y by G`).
  var grouped = false

  init(table: Table, spec: ChartSpec) throws(ChartError) {
    let columns = try ChartColumns(table: table, spec: spec)
    let (xi, yi, gi) = (columns.x, columns.y, columns.group)
    logY = spec.logY
    grouped = spec.kind == .bar && gi != nil
    if spec.kind == .bar, gi == nil {
      labels = table.rows.map { $0[xi].text }
      series = [Series(name: spec.y, values: table.rows.map { $0[yi].number })]
    } else {
      let xs = table.rows.map { $0[xi] }
      var distinct: [Value] = []
      var seen = Set<Value>()
      for x in xs where !x.isNull && seen.insert(x).inserted { distinct.append(x) }
      let numeric = spec.kind != .bar && distinct.allSatisfy { $0.number != nil }
      if numeric { distinct.sort { $0.number! < $1.number! } }
      let position = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
      var order: [String] = []
      var values: [String: [Double?]] = [:]
      for (r, row) in table.rows.enumerated() {
        // A chart of 100,000 rows takes seconds: Ctrl-C must stop it, not leave it running.
        if r & 4095 == 0, Cancellation.isRequested { throw .interrupted }
        guard let p = position[row[xi]] else { continue }
        let name = gi.map { row[$0].text } ?? spec.y
        if values[name] == nil {
          order.append(name)
          values[name] = Array(repeating: nil, count: distinct.count)
        }
        guard let y = row[yi].number else { continue }
        if let earlier = values[name]![p], earlier != y {
          throw .severalValues(
            spec.y, at: distinct[p].text, group: gi.map { _ in name }, values: [earlier, y],
            x: spec.x)
        }
        values[name]![p] = y
      }
      labels = distinct.map(\.text)
      positions = numeric ? distinct.map { $0.number! } : nil
      series = order.map { Series(name: $0, values: values[$0]!) }
    }
    guard series.contains(where: { $0.values.contains { $0 != nil } }) else { throw .noData }
  }

  /// Smallest and largest number over all series.
  var range: (low: Double, high: Double) {
    let all = series.flatMap { $0.values.compactMap { $0 } }
    return (all.min() ?? 0, all.max() ?? 0)
  }

  /// The step of a regular whole-number x axis (1 for yearly data): the smallest distance
  /// between neighbouring x values, when all are whole numbers. Nil for text or fractional x.
  var regularStep: Double? {
    guard let positions, positions.count > 1,
      positions.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e15 })
    else { return nil }
    return zip(positions, positions.dropFirst()).map { $1 - $0 }.min()
  }

  /// Whether a line joins the points at label `i` and `i + 1`: both present, and on a regular
  /// whole-number axis no more than one step apart, so 2019 and 2021 stay apart over a missing
  /// 2020.
  func joins(_ series: Series, _ i: Int) -> Bool {
    guard series.values[i] != nil, series.values[i + 1] != nil else { return false }
    guard let step = regularStep, let positions else { return true }
    return positions[i + 1] - positions[i] <= step
  }

  /// The x fraction (0 to 1) of label `i` among `n`: by value on a numeric axis, else evenly.
  func xFraction(_ i: Int) -> Double {
    if let positions, let first = positions.first, let last = positions.last, last > first {
      return AxisScale(low: first, high: last).fraction(positions[i])
    }
    return labels.count <= 1 ? 0.5 : Double(i) / Double(labels.count - 1)
  }
}

/// The x, y and group columns of a chart, checked: the fields exist, y holds finite numbers,
/// and with `log y` every y is above 0 (the error names the row).
struct ChartColumns {
  var x: Int
  var y: Int
  var group: Int?

  init(table: Table, spec: ChartSpec, numericX: Bool = false) throws(ChartError) {
    let names = table.schema.names
    func index(_ field: String) throws(ChartError) -> Int {
      guard let i = table.schema.index(of: field) else { throw .unknownField(field, among: names) }
      return i
    }
    x = try index(spec.x)
    y = try index(spec.y)
    group = try spec.group.map { (g: String) throws(ChartError) -> Int in try index(g) }
    for (field, i) in [(spec.y, y)] + (numericX ? [(spec.x, x)] : []) {
      let type = table.schema.columns[i].type
      guard type.isNumeric || type == .any || type == .bool else { throw .notNumeric(field) }
    }
    for (r, row) in table.rows.enumerated() {
      let label = row[x].text + (group.map { " " + row[$0].text } ?? "")
      for (field, i) in [(spec.y, y)] + (numericX ? [(spec.x, x)] : []) {
        if let v = row[i].number, !v.isFinite { throw .notFinite(field, label: label) }
      }
      if spec.logY, let v = row[y].number, v <= 0 {
        throw .notPositive(spec.y, value: v, label: label, row: r + 1)
      }
    }
  }
}

/// Where a value falls between the ends of an axis, as a fraction from 0 to 1.
///
/// Every chart places marks through it: the fraction is clamped, so rounding at the ends of a
/// huge range (values near 1e16) never lands a mark one cell outside the grid, and halves are
/// subtracted so that a range from -1e308 to 1e308 does not overflow.
struct AxisScale {
  var low: Double
  var high: Double

  func fraction(_ v: Double) -> Double {
    let span = high / 2 - low / 2
    guard span > 0 else { return 0 }
    let f = (v / 2 - low / 2) / span
    return f.isNaN ? 0 : min(max(f, 0), 1)
  }

  /// The cell (0 ..< count) a value falls in.
  func cell(_ v: Double, of count: Int) -> Int {
    Int((fraction(v) * Double(max(count - 1, 0))).rounded())
  }
}

/// Tick values at 1, 2 or 5 × 10ⁿ steps covering a range, as people draw axes by hand.
enum NiceScale {
  static func ticks(low: Double, high: Double, count: Int = 5) -> [Double] {
    var low = low
    var high = high
    if low == high {
      low -= 1
      high += 1
    }
    let rough = (high / 2 - low / 2) / Double(max(count - 1, 1)) * 2
    let magnitude = pow10(rough.magnitudeExponent)
    let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
    let first = (low / step).rounded(.down)
    let last = (high / step).rounded(.up)
    // Counted in steps, not by adding a step to a running value: at 1e16 and beyond adding a
    // step can leave the value where it was, and the loop never ended.
    let steps = last - first
    guard step.isFinite, step > 0, steps.isFinite, steps >= 0, steps <= Double(count * 4) else {
      return [low, high]
    }
    return (0...Int(steps)).map { k in
      // Through decimal text, so 3 × 0.2 is 0.6 and not 0.6000000000000001.
      let tick = (first + Double(k)) * step
      return Double(Value.format(tick)) ?? tick
    }
  }

  private static func pow10(_ n: Int) -> Double {
    var result = 1.0
    if n >= 0 { for _ in 0..<n { result *= 10 } } else { for _ in 0..<(-n) { result /= 10 } }
    return result
  }
}

extension Double {
  /// n in 10ⁿ ≤ |x| < 10ⁿ⁺¹ (0 for zero).
  fileprivate var magnitudeExponent: Int {
    guard self != 0, isFinite else { return 0 }
    var n = 0
    var x = Swift.abs(self)
    while x >= 10 {
      x /= 10
      n += 1
    }
    while x < 1 {
      x *= 10
      n -= 1
    }
    return n
  }
}
