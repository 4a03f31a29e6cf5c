import BaogaoQuery
import Foundation

/// Horizontal bars, one per row, scaled so the longest bar fills the space left by labels:
/// ```
/// 广东省     | ██████████████████ 5
/// 广西壮族自治区 | ███████████████████▊ 5.5
/// ```
/// Lengths are in eighths of a column (`▏` … `█`). Negative values are drawn by their size with
/// the sign in the value; a null draws no bar and no value.
///
/// With `by G`, each label has one bar per group side by side (one line each), the group named
/// beside its bar, which is the legend:
/// ```
/// 2023 目标 | ████████████████ 5
///      实际 | ████████████████▋ 5.2
/// ```
/// With `log y` a bar's length is the logarithm of its value above the axis's first power of ten.
/// `xlabel` and `ylabel` head the label column and the bars.
struct TerminalBarChart {
  let data: ChartData
  let width: Int
  let ambiguousWide: Bool

  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  func render(title: String, xLabel: String? = nil, yLabel: String? = nil) -> String {
    let grouped = data.grouped
    let labelWidth = min(
      (data.labels + (xLabel.map { [$0] } ?? [])).map {
        DisplayWidth.width(of: $0, ambiguousWide: ambiguousWide)
      }.max() ?? 0,
      width / 3)
    let groupWidth =
      grouped
      ? data.series.map { DisplayWidth.width(of: $0.name, ambiguousWide: ambiguousWide) }.max() ?? 0
      : 0
    let all = data.series.flatMap(\.values)
    let valueTexts = all.map(TerminalChart.label)
    let valueWidth = valueTexts.map(\.count).max() ?? 0
    let left = labelWidth + (grouped ? groupWidth + 1 : 0)
    let barSpace = max(width - left - valueWidth - 4, 4)
    let (low, high) = data.range
    let logAxis = data.logY ? ValueAxis(low: low, high: high, log: true) : nil
    let largest = all.compactMap { $0.map(abs) }.max() ?? 0
    func length(_ v: Double) -> Double {
      if let logAxis { return logAxis.fraction(v) * Double(barSpace) }
      return AxisScale(low: 0, high: largest).fraction(abs(v)) * Double(barSpace)
    }
    var out = title + "\n"
    if xLabel != nil || yLabel != nil {
      out += TerminalChart.padRight(xLabel ?? "", left, ambiguousWide) + " | " + (yLabel ?? "")
      while out.last == " " { out.removeLast() }
      out += "\n"
    }
    for (i, label) in data.labels.enumerated() {
      for (k, series) in data.series.enumerated() {
        let shown =
          k == 0
          ? DisplayWidth.truncate(label, toWidth: labelWidth, ambiguousWide: ambiguousWide) : ""
        var line = TerminalChart.padRight(shown, labelWidth, ambiguousWide)
        if grouped { line += " " + TerminalChart.padRight(series.name, groupWidth, ambiguousWide) }
        line += " |"
        if let v = series.values[i] {
          let bar = bar(length(v))
          line += " " + bar + (bar.isEmpty ? "" : " ") + TerminalChart.label(v)
        }
        out += line + "\n"
      }
    }
    if let logAxis, let first = logAxis.ticks.first, let last = logAxis.ticks.last {
      out +=
        "(log scale: bars start at \(Value.format(first)); full width is \(Value.format(last)))\n"
    }
    return out
  }

  /// A bar `length` columns long, to the nearest eighth.
  private func bar(_ length: Double) -> String {
    let eighthsTotal = Int((length * 8).rounded())
    if ambiguousWide { return String(repeating: "#", count: (eighthsTotal + 4) / 8) }
    var s = String(repeating: "█", count: eighthsTotal / 8)
    let rest = eighthsTotal % 8
    if rest > 0 { s.append(Self.eighths[rest - 1]) }
    return s
  }
}
