import BaogaoQuery

/// One line of `▁▂▃▄▅▆▇█` per group, scaled to that group's own range, with the first and last
/// values and the range: `广东省  ▁▃▅█▆  2021–2025  5 → 6.5  (min 5, max 7)`. A null is a space,
/// and so is a missing year: one character per year.
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
        slotted(series.values, data).map { value -> Character in
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

  /// The values one per step of a regular whole-number x axis (years), a missing year left as a
  /// null: 2019, 2021, 2022 take four characters, not three. Other axes keep one per value.
  static func slotted(_ values: [Double?], _ data: ChartData) -> [Double?] {
    guard let step = data.regularStep, let positions = data.positions,
      let first = positions.first, let last = positions.last,
      (last - first) / step < 400
    else { return values }
    var slots = [Double?](repeating: nil, count: Int(((last - first) / step).rounded()) + 1)
    for (i, p) in positions.enumerated() { slots[Int(((p - first) / step).rounded())] = values[i] }
    return slots
  }
}
