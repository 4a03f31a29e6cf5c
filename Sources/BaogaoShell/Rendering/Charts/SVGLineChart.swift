import BaogaoCore
import BaogaoQuery

/// Lines over ordered x values in SVG: one polyline and dots per group, y grid at nice ticks
/// (powers of ten with `log y`), x labels under their points, a legend on the right.
///
/// Numeric x values (years) are placed by value and, on a yearly axis, a missing year breaks
/// the line (see `ChartData.joins`).
struct SVGLineChart {
  let data: ChartData
  let width: Double
  let height = 420.0

  func render(title: String, xLabel: String? = nil, yLabel: String? = nil) -> String {
    let legendWidth = SVGChart.legendWidth(data.series.map(\.name), width: width)
    let frame = SVGPlotFrame(
      width: width, height: height, right: width - legendWidth - 10, xLabel: xLabel,
      yLabel: yLabel)
    let (low, high) = data.range
    let axis = ValueAxis(low: low, high: high, log: data.logY)
    let (left, right, top, bottom) = (frame.left, frame.right, frame.top, frame.bottom)
    func x(_ i: Int) -> Double { left + data.xFraction(i) * (right - left) }
    func y(_ v: Double) -> Double { bottom - axis.fraction(v) * (bottom - top) }
    var body = frame.yGrid(axis.ticks, y: y)
    var shownUntil = -Double.infinity
    for (i, label) in data.labels.enumerated() {
      let half = SVGChart.textWidth(label) / 2
      guard x(i) - half >= shownUntil + 6 else { continue }
      shownUntil = x(i) + half
      body +=
        "<text x=\"\(SVGChart.n(x(i)))\" y=\"\(SVGChart.n(bottom + 20))\" text-anchor=\"middle\" fill=\"#555555\">\(SVGChart.escape(label))</text>\n"
    }
    body += frame.axes()
    // Stopped between series on Ctrl-C (`SVGChart.render` then throws `interrupted`).
    for (k, series) in data.series.enumerated() where !Cancellation.isRequested {
      let colour = SVGChart.colour(k)
      // A null, or a missing year on a yearly axis, breaks the line into runs.
      var runs: [[Int]] = []
      for i in series.values.indices where series.values[i] != nil {
        if i > 0, data.joins(series, i - 1) {
          runs[runs.count - 1].append(i)
        } else {
          runs.append([i])
        }
      }
      for run in runs where run.count > 1 {
        let points = run.map { "\(SVGChart.n(x($0))),\(SVGChart.n(y(series.values[$0]!)))" }
          .joined(separator: " ")
        body +=
          "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
      }
      for (i, v) in series.values.enumerated() {
        guard let v else { continue }
        body +=
          "<circle cx=\"\(SVGChart.n(x(i)))\" cy=\"\(SVGChart.n(y(v)))\" r=\"3.5\" fill=\"\(colour)\"><title>\(SVGChart.escape("\(series.name) \(data.labels[i]): \(Value.format(v))"))</title></circle>\n"
      }
    }
    body += SVGChart.legend(data.series.map(\.name), x: right + 16, top: top)
    return SVGChart.document(width: width, height: height, title: title, body: body)
  }
}
