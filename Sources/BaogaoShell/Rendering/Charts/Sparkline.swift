import BaogaoQuery

/// One line of `▁▂▃▄▅▆▇█` per group, scaled to that group's own range, with the first and last
/// values and the range: `广东省  ▁▃▅█▆  2021–2025  5 → 6.5  (min 5, max 7)`. A null is a space.
enum Sparkline {
  static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  static func render(_ data: ChartData, ambiguousWide: Bool) -> String {
    let nameWidth =
      data.series.map { DisplayWidth.width(of: $0.name, ambiguousWide: ambiguousWide) }.max() ?? 0
    let span =
      data.labels.isEmpty
      ? "" : data.labels.first! + (data.labels.count > 1 ? "–" + data.labels.last! : "")
    var out = ""
    for series in data.series {
      let present = series.values.compactMap { $0 }
      let low = present.min() ?? 0
      let high = present.max() ?? 0
      let line = String(
        series.values.map { value -> Character in
          guard let value else { return " " }
          if high == low { return levels[3] }
          return levels[AxisScale(low: low, high: high).cell(value, of: levels.count)]
        })
      let first = present.first.map(Value.format) ?? ""
      let last = present.last.map(Value.format) ?? ""
      out +=
        TerminalChart.padRight(series.name, nameWidth, ambiguousWide) + "  " + line + "  " + span
        + "  \(first) → \(last)  (min \(Value.format(low)), max \(Value.format(high)))\n"
    }
    return out
  }
}
