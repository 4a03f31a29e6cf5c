import BaogaoQuery

/// Horizontal bars in SVG, labels right-aligned on the left, values at the bar ends, a light
/// grid at 1, 2, 5 × 10ⁿ ticks (powers of ten with `log y`, where bars start at the first tick).
///
/// With `by G` each label holds one thinner bar per group, side by side in the group's colour,
/// with a legend on the right. `ylabel` sits under the value ticks, `xlabel` above the labels.
struct SVGBarChart {
  let data: ChartData
  let width: Double
  let barHeight = 20.0

  func render(title: String, xLabel: String? = nil, yLabel: String? = nil) -> String {
    let names = data.grouped ? data.series.map(\.name) : []
    let legendWidth = names.isEmpty ? 0 : SVGChart.legendWidth(names, width: width)
    let labelWidth = min((data.labels.map { SVGChart.textWidth($0) }.max() ?? 0) + 12, width / 3)
    let top = xLabel == nil ? 50.0 : 72
    let left = labelWidth + 10
    let right = width - 60 - legendWidth
    let (low, high) = data.range
    let axis = ValueAxis(low: low, high: high, log: data.logY, includeZero: true)
    func x(_ v: Double) -> Double { left + axis.fraction(v) * (right - left) }
    let perLabel = Double(data.series.count)
    let rowHeight = perLabel * barHeight + 8
    let plotHeight = Double(data.labels.count) * rowHeight
    var body = ""
    for t in axis.ticks {
      body +=
        "<line x1=\"\(SVGChart.n(x(t)))\" y1=\"\(SVGChart.n(top))\" x2=\"\(SVGChart.n(x(t)))\" y2=\"\(SVGChart.n(top + plotHeight))\" stroke=\"#dddddd\"/>\n"
      body +=
        "<text x=\"\(SVGChart.n(x(t)))\" y=\"\(SVGChart.n(top + plotHeight + 18))\" text-anchor=\"middle\" fill=\"#555555\">\(SVGChart.escape(Value.format(t)))</text>\n"
    }
    if let xLabel {
      body +=
        "<text x=\"\(SVGChart.n(left - 8))\" y=\"\(SVGChart.n(top - 10))\" text-anchor=\"end\" class=\"axis-label\">\(SVGChart.escape(xLabel))</text>\n"
    }
    let base = axis.base
    for (i, label) in data.labels.enumerated() {
      let y0 = top + Double(i) * rowHeight
      body +=
        "<text x=\"\(SVGChart.n(left - 8))\" y=\"\(SVGChart.n(y0 + rowHeight / 2 + 5))\" text-anchor=\"end\">\(SVGChart.escape(label))</text>\n"
      for (k, series) in data.series.enumerated() {
        guard let v = series.values[i] else { continue }
        let y = y0 + 4 + Double(k) * barHeight
        let x0 = x(min(base, v))
        let x1 = x(max(base, v))
        let name = data.grouped ? "\(label) \(series.name): " : "\(label): "
        body +=
          "<rect x=\"\(SVGChart.n(x0))\" y=\"\(SVGChart.n(y))\" width=\"\(SVGChart.n(max(x1 - x0, 0.5)))\" height=\"\(SVGChart.n(barHeight - 2))\" fill=\"\(SVGChart.colour(k))\"><title>\(SVGChart.escape(name + Value.format(v)))</title></rect>\n"
        body +=
          "<text x=\"\(SVGChart.n(x1 + 4))\" y=\"\(SVGChart.n(y + barHeight * 0.7))\" fill=\"#333333\">\(SVGChart.escape(Value.format(v)))</text>\n"
      }
    }
    body +=
      "<line x1=\"\(SVGChart.n(x(base)))\" y1=\"\(SVGChart.n(top))\" x2=\"\(SVGChart.n(x(base)))\" y2=\"\(SVGChart.n(top + plotHeight))\" stroke=\"#333333\"/>\n"
    var height = top + plotHeight + 36
    if let yLabel {
      body +=
        "<text x=\"\(SVGChart.n((left + right) / 2))\" y=\"\(SVGChart.n(top + plotHeight + 42))\" text-anchor=\"middle\" class=\"axis-label\">\(SVGChart.escape(yLabel))</text>\n"
      height += 20
    }
    if !names.isEmpty { body += SVGChart.legend(names, x: right + 50, top: top) }
    return SVGChart.document(
      width: width, height: max(height, top + Double(names.count) * 22 + 20), title: title,
      body: body)
  }
}
