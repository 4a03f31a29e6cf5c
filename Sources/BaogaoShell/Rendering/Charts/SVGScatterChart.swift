import BaogaoQuery

/// Points at (X, Y) in SVG: one colour per group with a legend on the right, both axes gridded
/// at nice ticks (y at powers of ten with `log y`), each point titled with its values so a
/// browser shows them on hover.
struct SVGScatterChart {
  let data: ScatterData
  let width: Double
  let height = 420.0

  func render(title: String, xLabel: String? = nil, yLabel: String? = nil) -> String {
    let names = data.grouped ? data.series.map(\.name) : []
    let legendWidth = names.isEmpty ? 30 : SVGChart.legendWidth(names, width: width)
    let frame = SVGPlotFrame(
      width: width, height: height, right: width - legendWidth - 10, xLabel: xLabel,
      yLabel: yLabel)
    let (left, right, top, bottom) = (frame.left, frame.right, frame.top, frame.bottom)
    let (yLow, yHigh) = data.yRange
    let yAxis = ValueAxis(low: yLow, high: yHigh, log: data.logY)
    let (xLow, xHigh) = data.xRange
    let xAxis = ValueAxis(low: xLow, high: xHigh, log: false)
    func x(_ v: Double) -> Double { left + xAxis.fraction(v) * (right - left) }
    func y(_ v: Double) -> Double { bottom - yAxis.fraction(v) * (bottom - top) }
    var body = frame.yGrid(yAxis.ticks, y: y)
    for t in xAxis.ticks {
      body +=
        "<line x1=\"\(SVGChart.n(x(t)))\" y1=\"\(SVGChart.n(top))\" x2=\"\(SVGChart.n(x(t)))\" y2=\"\(SVGChart.n(bottom))\" stroke=\"#eeeeee\"/>\n"
      body +=
        "<text x=\"\(SVGChart.n(x(t)))\" y=\"\(SVGChart.n(bottom + 20))\" text-anchor=\"middle\" fill=\"#555555\">\(SVGChart.escape(Value.format(t)))</text>\n"
    }
    body += frame.axes()
    for (k, series) in data.series.enumerated() {
      for p in series.points {
        body +=
          "<circle cx=\"\(SVGChart.n(x(p.x)))\" cy=\"\(SVGChart.n(y(p.y)))\" r=\"4\" fill=\"\(SVGChart.colour(k))\" fill-opacity=\"0.8\"><title>\(SVGChart.escape(p.label))</title></circle>\n"
      }
    }
    body += SVGChart.legend(names, x: right + 16, top: top)
    return SVGChart.document(width: width, height: height, title: title, body: body)
  }
}
