import BaogaoQuery

/// The points of `chart scatter X Y [by G]`: every row with numbers in both X and Y is one
/// point, grouped by G in order of first appearance. Rows with a null in X or Y are left out.
struct ScatterData: Sendable, Hashable {
  struct Point: Sendable, Hashable {
    var x: Double
    var y: Double
    /// The row's group and coordinates, for the SVG tooltip.
    var label: String
  }

  struct Series: Sendable, Hashable {
    var name: String
    var points: [Point]
  }

  var series: [Series]
  var logY: Bool
  /// Split by a field (`by G`): the chart shows a legend of the groups.
  var grouped: Bool

  init(table: Table, spec: ChartSpec) throws(ChartError) {
    let columns = try ChartColumns(table: table, spec: spec, numericX: true)
    logY = spec.logY
    grouped = columns.group != nil
    var order: [String] = []
    var points: [String: [Point]] = [:]
    for row in table.rows {
      guard let x = row[columns.x].number, let y = row[columns.y].number else { continue }
      let name = columns.group.map { row[$0].text } ?? spec.y
      if points[name] == nil { order.append(name) }
      let label =
        (columns.group.map { row[$0].text + " " } ?? "")
        + "\(spec.x) \(Value.format(x)), \(spec.y) \(Value.format(y))"
      points[name, default: []].append(Point(x: x, y: y, label: label))
    }
    series = order.map { Series(name: $0, points: points[$0]!) }
    guard !series.isEmpty else { throw .noData }
  }

  var xRange: (low: Double, high: Double) { range(\.x) }
  var yRange: (low: Double, high: Double) { range(\.y) }

  private func range(_ key: KeyPath<Point, Double>) -> (low: Double, high: Double) {
    let all = series.flatMap { $0.points.map { $0[keyPath: key] } }
    return (all.min() ?? 0, all.max() ?? 0)
  }
}
