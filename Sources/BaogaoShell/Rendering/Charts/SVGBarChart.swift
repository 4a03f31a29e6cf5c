import BaogaoQuery

/// Horizontal bars in SVG, labels right-aligned on the left, values at the bar ends, a light
/// grid at 1, 2, 5 × 10ⁿ ticks.
struct SVGBarChart {
  let data: ChartData
  let width: Double
  let rowHeight = 28.0

  func render(title: String) -> String {
    let values = data.series[0].values
    let labelWidth = min((data.labels.map { SVGChart.textWidth($0) }.max() ?? 0) + 12, width / 3)
    let top = 50.0
    let left = labelWidth + 10
    let right = width - 60
    let low = min(0, values.compactMap { $0 }.min() ?? 0)
    let high = max(0, values.compactMap { $0 }.max() ?? 0)
    let ticks = NiceScale.ticks(low: low, high: high)
    let lo = ticks.first ?? low
    let hi = ticks.last ?? high
    let scale = AxisScale(low: lo, high: hi)
    func x(_ v: Double) -> Double { left + scale.fraction(v) * (right - left) }
    let plotHeight = Double(values.count) * rowHeight
    var body = ""
    for t in ticks {
      body +=
        "<line x1=\"\(SVGChart.n(x(t)))\" y1=\"\(SVGChart.n(top))\" x2=\"\(SVGChart.n(x(t)))\" y2=\"\(SVGChart.n(top + plotHeight))\" stroke=\"#dddddd\"/>\n"
      body +=
        "<text x=\"\(SVGChart.n(x(t)))\" y=\"\(SVGChart.n(top + plotHeight + 18))\" text-anchor=\"middle\" fill=\"#555555\">\(SVGChart.escape(Value.format(t)))</text>\n"
    }
    for (i, label) in data.labels.enumerated() {
      let y = top + Double(i) * rowHeight
      body +=
        "<text x=\"\(SVGChart.n(left - 8))\" y=\"\(SVGChart.n(y + rowHeight * 0.65))\" text-anchor=\"end\">\(SVGChart.escape(label))</text>\n"
      guard let v = values[i] else { continue }
      let x0 = x(min(0, v))
      let x1 = x(max(0, v))
      body +=
        "<rect x=\"\(SVGChart.n(x0))\" y=\"\(SVGChart.n(y + 4))\" width=\"\(SVGChart.n(max(x1 - x0, 0.5)))\" height=\"\(SVGChart.n(rowHeight - 8))\" fill=\"\(SVGChart.palette[0])\"/>\n"
      body +=
        "<text x=\"\(SVGChart.n(x1 + 4))\" y=\"\(SVGChart.n(y + rowHeight * 0.65))\" fill=\"#333333\">\(SVGChart.escape(Value.format(v)))</text>\n"
    }
    body +=
      "<line x1=\"\(SVGChart.n(x(0)))\" y1=\"\(SVGChart.n(top))\" x2=\"\(SVGChart.n(x(0)))\" y2=\"\(SVGChart.n(top + plotHeight))\" stroke=\"#333333\"/>\n"
    return SVGChart.document(width: width, height: top + plotHeight + 36, title: title, body: body)
  }
}
