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
struct TerminalLineChart {
  let data: ChartData
  let width: Int
  let ambiguousWide: Bool
  let height = 10

  static let markers: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]

  func render(title: String) -> String {
    var (low, high) = data.range
    if low == high {
      low -= 1
      high += 1
    }
    let tickTexts = [
      TerminalChart.label(high), TerminalChart.label(low / 2 + high / 2), TerminalChart.label(low),
    ]
    let axisWidth = tickTexts.map(\.count).max() ?? 1
    let plotWidth = max(width - axisWidth - 2, 8)
    let n = data.labels.count
    func column(_ i: Int) -> Int {
      n <= 1 ? 0 : Int((Double(i) * Double(plotWidth - 1) / Double(n - 1)).rounded())
    }
    let scale = AxisScale(low: low, high: high)
    func row(_ v: Double) -> Int { height - 1 - scale.cell(v, of: height) }
    var grid = Array(repeating: Array(repeating: Character(" "), count: plotWidth), count: height)
    // Stopped between series on Ctrl-C (`TerminalChart.render` then throws `interrupted`).
    for series in data.series where !Cancellation.isRequested {
      for i in 0..<max(n - 1, 0) {
        guard let a = series.values[i], let b = series.values[i + 1] else { continue }
        let (c0, c1) = (column(i), column(i + 1))
        for c in (c0 + 1)..<max(c1, c0 + 1) {
          let v = a + (b - a) * Double(c - c0) / Double(c1 - c0)
          if grid[row(v)][c] == " " { grid[row(v)][c] = "." }
        }
      }
    }
    for (k, series) in data.series.enumerated() where !Cancellation.isRequested {
      for (i, value) in series.values.enumerated() {
        if let value { grid[row(value)][column(i)] = Self.markers[k % Self.markers.count] }
      }
    }
    var out = title + "\n"
    for r in 0..<height {
      let tick =
        r == 0 ? tickTexts[0] : r == height / 2 ? tickTexts[1] : r == height - 1 ? tickTexts[2] : ""
      let line =
        String(repeating: " ", count: axisWidth - tick.count) + tick + " |" + String(grid[r])
      out += line.trimmingTrailingSpaces() + "\n"
    }
    var axis = Array(repeating: Character("-"), count: plotWidth)
    for i in 0..<n { axis[column(i)] = "+" }
    out += String(repeating: " ", count: axisWidth + 1) + "+" + String(axis) + "\n"
    out +=
      String(repeating: " ", count: axisWidth + 2) + xLabels(plotWidth: plotWidth, column: column)
      + "\n"
    do {
      let legend = data.series.enumerated().map {
        "\(Self.markers[$0.offset % Self.markers.count]) \($0.element.name)"
      }
      out += String(repeating: " ", count: axisWidth + 2) + legend.joined(separator: "  ") + "\n"
    }
    return out
  }

  /// X labels under their ticks, left to right, skipping any that would touch the previous one.
  private func xLabels(plotWidth: Int, column: (Int) -> Int) -> String {
    var line = ""
    var used = 0
    for (i, label) in data.labels.enumerated() {
      let w = DisplayWidth.width(of: label, ambiguousWide: ambiguousWide)
      let start = min(max(column(i) - w / 2, 0), max(plotWidth - w, 0))
      guard start >= used + (used == 0 ? 0 : 1) else { continue }
      line += String(repeating: " ", count: start - used) + label
      used = start + w
    }
    return line
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
