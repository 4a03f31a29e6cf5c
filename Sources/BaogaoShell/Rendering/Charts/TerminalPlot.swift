import BaogaoQuery
import Foundation

/// The y axis and grid of a terminal line or scatter chart, ASCII only: tick values at the top,
/// middle and bottom rows, `|` beside the grid, and an optional `ylabel` above it.
///
/// With `log y` the rows are spaced by the logarithm of the value, and the ticks between the
/// ends are the powers of ten that fall on a row of their own (1000, 10000 between 240 and
/// 135000).
struct TerminalPlot {
  static let height = 10
  var height: Int { Self.height }
  let low: Double
  let high: Double
  let log: Bool
  /// Tick values and their rows: the ends, and the middle (linear) or powers of ten (log).
  let ticks: [(row: Int, text: String)]
  let axisWidth: Int
  let plotWidth: Int

  init(low: Double, high: Double, log: Bool, width: Int) {
    var (low, high) = (low, high)
    if low == high {
      if log {
        low /= 10
        high *= 10
      } else {
        low -= 1
        high += 1
      }
    }
    (self.low, self.high, self.log) = (low, high, log)
    let height = Self.height
    var ticks = [(row: 0, text: Self.format(high)), (row: height - 1, text: Self.format(low))]
    if log {
      // Powers of ten between the ends, where they do not touch an end's row.
      var e = Int(Foundation.log10(low).rounded(.up))
      while let power = Double("1e\(e)"), power < high {
        let r = Self.row(power, low: low, high: high, log: true, height: height)
        if r > 1, r < height - 2, !ticks.contains(where: { abs($0.row - r) < 2 }) {
          ticks.append((r, Self.format(power)))
        }
        e += 1
      }
    } else {
      ticks.append((height / 2, Self.format(low / 2 + high / 2)))
    }
    self.ticks = ticks
    axisWidth = ticks.map(\.text.count).max() ?? 1
    plotWidth = max(width - axisWidth - 2, 8)
  }

  private static func format(_ v: Double) -> String { Value.format(Double(Value.format(v)) ?? v) }

  /// The grid row (0 at the top) of a value.
  func row(_ v: Double) -> Int { Self.row(v, low: low, high: high, log: log, height: height) }

  private static func row(_ v: Double, low: Double, high: Double, log: Bool, height: Int) -> Int {
    let scale =
      log
      ? AxisScale(low: Foundation.log10(low), high: Foundation.log10(high))
      : AxisScale(low: low, high: high)
    let f = scale.fraction(log ? Foundation.log10(max(v, .leastNormalMagnitude)) : v)
    return height - 1 - Int((f * Double(height - 1)).rounded())
  }

  func emptyGrid() -> [[Character]] {
    Array(repeating: Array(repeating: Character(" "), count: plotWidth), count: height)
  }

  /// The grid's lines with the y axis on their left, each ending in `\n`.
  func lines(_ grid: [[Character]], yLabel: String?) -> String {
    var out = yLabel.map { $0 + "\n" } ?? ""
    for r in 0..<height {
      let tick = ticks.first { $0.row == r }?.text ?? ""
      var line =
        String(repeating: " ", count: axisWidth - tick.count) + tick + " |" + String(grid[r])
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    return out
  }

  /// Spaces to the left edge of the grid.
  var indent: String { String(repeating: " ", count: axisWidth + 2) }

  /// `text` centred under the grid, for `xlabel`.
  func centred(_ text: String, ambiguousWide: Bool) -> String {
    let w = DisplayWidth.width(of: text, ambiguousWide: ambiguousWide)
    return indent + String(repeating: " ", count: max(0, (plotWidth - w) / 2)) + text + "\n"
  }

  /// Labels at grid columns, left to right, skipping any that would touch the previous one.
  static func labels(
    _ labels: [(column: Int, text: String)], plotWidth: Int, ambiguousWide: Bool
  ) -> String {
    var line = ""
    var used = 0
    for (column, label) in labels {
      let w = DisplayWidth.width(of: label, ambiguousWide: ambiguousWide)
      let start = min(max(column - w / 2, 0), max(plotWidth - w, 0))
      guard start >= used + (used == 0 ? 0 : 1) else { continue }
      line += String(repeating: " ", count: start - used) + label
      used = start + w
    }
    return line
  }
}
