import BaogaoQuery

/// Points at (X, Y) on a grid of characters, one marker per group, with the x axis ticked at
/// 1, 2, 5 × 10ⁿ:
/// ```
/// 8.1 |          o
///     |   *
///   3 |*
///     +-----+-----+
///     3    5.5    8
///      * 目标  o 实际
/// ```
/// A cell holding points of several groups shows `&`, named in the legend, so no group
/// disappears under another (seven markers, then they repeat).
struct TerminalScatterChart {
  let data: ScatterData
  let width: Int
  let ambiguousWide: Bool

  /// The marker of a cell where groups overlap.
  static let several: Character = "&"

  func render(title: String, xLabel: String? = nil, yLabel: String? = nil) -> String {
    let (yLow, yHigh) = data.yRange
    let plot = TerminalPlot(low: yLow, high: yHigh, log: data.logY, width: width)
    let (xLow, xHigh) = data.xRange
    // Ticked at 1, 2, 5 × 10ⁿ, as the SVG is: years read 2019 2020 …, not 2021.5.
    let ticks = NiceScale.ticks(low: xLow, high: xHigh)
    let xScale = AxisScale(low: ticks.first ?? xLow, high: ticks.last ?? xHigh)
    func column(_ x: Double) -> Int { xScale.cell(x, of: plot.plotWidth) }
    var grid = plot.emptyGrid()
    let markers = Array(TerminalLineChart.markers.filter { $0 != Self.several })
    var owner: [[Int?]] = grid.map { $0.map { _ in nil } }
    var overlaps = false
    for (k, series) in data.series.enumerated() {
      for p in series.points {
        let (r, c) = (plot.row(p.y), column(p.x))
        if let other = owner[r][c], other != k {
          grid[r][c] = Self.several
          overlaps = true
        } else {
          grid[r][c] = markers[k % markers.count]
          owner[r][c] = k
        }
      }
    }
    var out = title + "\n" + plot.lines(grid, yLabel: yLabel)
    var axis = Array(repeating: Character("-"), count: plot.plotWidth)
    for t in ticks { axis[column(t)] = "+" }
    out += String(repeating: " ", count: plot.axisWidth + 1) + "+" + String(axis) + "\n"
    let labels = ticks.map {
      (column: column($0), text: Value.format(Double(Value.format($0)) ?? $0))
    }
    out +=
      plot.indent
      + TerminalPlot.labels(labels, plotWidth: plot.plotWidth, ambiguousWide: ambiguousWide)
      + "\n"
    if let xLabel { out += plot.centred(xLabel, ambiguousWide: ambiguousWide) }
    let legend = data.series.enumerated().map {
      "\(markers[$0.offset % markers.count]) \($0.element.name)"
    }
    if data.grouped {
      let several = overlaps ? ["\(Self.several) several"] : []
      out += plot.indent + (legend + several).joined(separator: "  ") + "\n"
    }
    return out
  }
}
