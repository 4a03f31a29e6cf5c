import BaogaoCore
import BaogaoQuery

/// Lines over ordered x values (years) on a grid of characters, ASCII only so any terminal
/// draws it the same:
/// ```
/// 6.5 |*
///     | ....
///     |     *.....o
/// 5   +----------+-
///     2022      2024
///      * 广东省  o 江苏省
/// ```
/// Each group has its own marker at its data points, joined by dots; a null breaks the line.
/// Numeric x values (years) are placed by value, so 1999 → 2003 spans four years' width, and on
/// a yearly axis 2019 and 2021 are not joined over a missing 2020.
struct TerminalLineChart {
  let data: ChartData
  let width: Int
  let ambiguousWide: Bool

  static let markers: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]

  func render(title: String, xLabel: String? = nil, yLabel: String? = nil) -> String {
    let (low, high) = data.range
    let plot = TerminalPlot(low: low, high: high, log: data.logY, width: width)
    let plotWidth = plot.plotWidth
    let n = data.labels.count
    func column(_ i: Int) -> Int {
      Int((data.xFraction(i) * Double(plotWidth - 1)).rounded())
    }
    var grid = plot.emptyGrid()
    // Stopped between series on Ctrl-C (`TerminalChart.render` then throws `interrupted`).
    for series in data.series where !Cancellation.isRequested {
      for i in 0..<max(n - 1, 0) where data.joins(series, i) {
        let (a, b) = (series.values[i]!, series.values[i + 1]!)
        let (c0, c1) = (column(i), column(i + 1))
        for c in (c0 + 1)..<max(c1, c0 + 1) {
          let v = a + (b - a) * Double(c - c0) / Double(c1 - c0)
          if grid[plot.row(v)][c] == " " { grid[plot.row(v)][c] = "." }
        }
      }
    }
    for (k, series) in data.series.enumerated() where !Cancellation.isRequested {
      for (i, value) in series.values.enumerated() {
        if let value { grid[plot.row(value)][column(i)] = Self.markers[k % Self.markers.count] }
      }
    }
    var out = title + "\n" + plot.lines(grid, yLabel: yLabel)
    var axis = Array(repeating: Character("-"), count: plotWidth)
    for i in 0..<n { axis[column(i)] = "+" }
    out += String(repeating: " ", count: plot.axisWidth + 1) + "+" + String(axis) + "\n"
    let labels = data.labels.indices.map { (column: column($0), text: data.labels[$0]) }
    out +=
      plot.indent
      + TerminalPlot.labels(labels, plotWidth: plotWidth, ambiguousWide: ambiguousWide) + "\n"
    if let xLabel { out += plot.centred(xLabel, ambiguousWide: ambiguousWide) }
    let legend = data.series.enumerated().map {
      "\(Self.markers[$0.offset % Self.markers.count]) \($0.element.name)"
    }
    out += plot.indent + legend.joined(separator: "  ") + "\n"
    return out
  }
}
