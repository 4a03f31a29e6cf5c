import BaogaoQuery

/// Horizontal bars, one per row, scaled so the longest bar fills the space left by labels:
/// ```
/// 广东省     | ██████████████████ 5
/// 广西壮族自治区 | ███████████████████▊ 5.5
/// ```
/// Lengths are in eighths of a column (`▏` … `█`). Negative values are drawn by their size with
/// the sign in the value; a null draws no bar and no value.
struct TerminalBarChart {
  let data: ChartData
  let width: Int
  let ambiguousWide: Bool

  static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  func render(title: String) -> String {
    let values = data.series[0].values
    let labelWidth = min(
      data.labels.map { DisplayWidth.width(of: $0, ambiguousWide: ambiguousWide) }.max() ?? 0,
      width / 3)
    let valueTexts = values.map(TerminalChart.label)
    let valueWidth = valueTexts.map(\.count).max() ?? 0
    let barSpace = max(width - labelWidth - valueWidth - 4, 4)
    let largest = values.compactMap { $0.map(abs) }.max() ?? 0
    var out = title + "\n"
    for (i, label) in data.labels.enumerated() {
      let shown = DisplayWidth.truncate(label, toWidth: labelWidth, ambiguousWide: ambiguousWide)
      var line = TerminalChart.padRight(shown, labelWidth, ambiguousWide) + " |"
      if let v = values[i] {
        let bar = bar(AxisScale(low: 0, high: largest).fraction(abs(v)) * Double(barSpace))
        line += " " + bar + (bar.isEmpty ? "" : " ") + valueTexts[i]
      }
      out += line + "\n"
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
