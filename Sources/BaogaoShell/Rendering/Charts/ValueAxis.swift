import BaogaoQuery
import Foundation

/// The value (y) axis of a chart: its ticks, and where a value falls along it.
///
/// Linear axes tick at 1, 2, 5 × 10ⁿ (`NiceScale`). With `log y` the axis is base-10
/// logarithmic, ticked at powers of ten (1, 10, 100) and, over two decades or fewer, at 2 and 5
/// of each decade too (1, 2, 5, 10), so GDP from 10 to 130,000 yi yuan shows every province.
struct ValueAxis {
  let ticks: [Double]
  let log: Bool
  private let scale: AxisScale

  /// An axis covering `low ... high`; `includeZero` for bars, which grow from 0 on a linear axis.
  init(low: Double, high: Double, log: Bool, includeZero: Bool = false) {
    self.log = log
    if log, low > 0, high > 0 {
      let ticks = Self.logTicks(low: low, high: high)
      self.ticks = ticks
      scale = AxisScale(low: Foundation.log10(ticks.first!), high: Foundation.log10(ticks.last!))
    } else {
      let ticks = NiceScale.ticks(
        low: includeZero ? min(0, low) : low, high: includeZero ? max(0, high) : high)
      self.ticks = ticks
      scale = AxisScale(low: ticks.first ?? low, high: ticks.last ?? high)
    }
  }

  /// Where `v` falls, from 0 (the first tick) to 1 (the last).
  func fraction(_ v: Double) -> Double {
    guard log else { return scale.fraction(v) }
    return v > 0 ? scale.fraction(Foundation.log10(v)) : 0
  }

  /// The cell (0 ..< count) a value falls in.
  func cell(_ v: Double, of count: Int) -> Int {
    Int((fraction(v) * Double(max(count - 1, 0))).rounded())
  }

  /// Where bars start: 0 on a linear axis, the first tick on a logarithmic one (which has no 0).
  var base: Double { log ? ticks.first ?? 1 : 0 }

  /// Powers of ten around `low ... high`, with 2 and 5 in each decade over two decades or fewer.
  static func logTicks(low: Double, high: Double) -> [Double] {
    // Within the powers of ten a Double holds as a normal number (1e-307 … 1e308).
    let first = min(max(Int(Foundation.log10(low).rounded(.down)), -307), 307)
    var last = min(max(Int(Foundation.log10(high).rounded(.up)), first), 308)
    if last == first { last += 1 }
    let decades = last - first
    let every = max(1, (decades + 7) / 8)
    var ticks: [Double] = []
    for e in stride(from: first, through: last, by: every) {
      let power = Double("1e\(e)")!
      ticks.append(power)
      if decades <= 2, e < last { ticks += [2 * power, 5 * power] }
    }
    if ticks.last! < high { ticks.append(Double("1e\(last)")!) }
    // Keep one tick at or below `low` and one at or above `high`.
    var start = ticks.lastIndex { $0 <= low } ?? 0
    var end = ticks.firstIndex { $0 >= high } ?? ticks.count - 1
    // One value (low == high on a tick) still gets an axis of two ticks.
    if start >= end {
      if end + 1 < ticks.count { end += 1 } else { start = max(end - 1, 0) }
    }
    return Array(ticks[start...end]).map { Double(Value.format($0)) ?? $0 }
  }
}
