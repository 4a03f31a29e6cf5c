import BaogaoQuery

/// The plotting area of an SVG line or scatter chart: margins that leave room for tick values
/// and the optional axis labels, the y grid, the axes, and the labels themselves (`ylabel`
/// turned to read upwards beside the y ticks, `xlabel` centred under the x ticks).
struct SVGPlotFrame {
  let width: Double
  let height: Double
  let top = 50.0
  let left: Double
  let right: Double
  let bottom: Double
  let xLabel: String?
  let yLabel: String?

  init(width: Double, height: Double, right: Double, xLabel: String?, yLabel: String?) {
    (self.width, self.height, self.right, self.xLabel, self.yLabel) =
      (width, height, right, xLabel, yLabel)
    left = yLabel == nil ? 60 : 84
    bottom = height - (xLabel == nil ? 50 : 70)
  }

  /// Light lines and values at the y ticks.
  func yGrid(_ ticks: [Double], y: (Double) -> Double) -> String {
    var body = ""
    for t in ticks {
      body +=
        "<line x1=\"\(SVGChart.n(left))\" y1=\"\(SVGChart.n(y(t)))\" x2=\"\(SVGChart.n(right))\" y2=\"\(SVGChart.n(y(t)))\" stroke=\"#dddddd\"/>\n"
      body +=
        "<text x=\"\(SVGChart.n(left - 6))\" y=\"\(SVGChart.n(y(t) + 5))\" text-anchor=\"end\" fill=\"#555555\">\(SVGChart.escape(Value.format(t)))</text>\n"
    }
    return body
  }

  /// The x axis line, and the axis labels when given.
  func axes() -> String {
    var body =
      "<line x1=\"\(SVGChart.n(left))\" y1=\"\(SVGChart.n(bottom))\" x2=\"\(SVGChart.n(right))\" y2=\"\(SVGChart.n(bottom))\" stroke=\"#333333\"/>\n"
    if let xLabel {
      body +=
        "<text x=\"\(SVGChart.n((left + right) / 2))\" y=\"\(SVGChart.n(bottom + 44))\" text-anchor=\"middle\" class=\"axis-label\">\(SVGChart.escape(xLabel))</text>\n"
    }
    if let yLabel {
      let (x, y) = (18.0, (top + bottom) / 2)
      body +=
        "<text x=\"\(SVGChart.n(x))\" y=\"\(SVGChart.n(y))\" text-anchor=\"middle\" transform=\"rotate(-90 \(SVGChart.n(x)) \(SVGChart.n(y)))\" class=\"axis-label\">\(SVGChart.escape(yLabel))</text>\n"
    }
    return body
  }
}
