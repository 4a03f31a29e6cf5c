import BaogaoCore
import BaogaoQuery

/// Lines over ordered x values in SVG: one polyline and dots per group, y grid at nice ticks,
/// x labels under their points, a legend on the right.
struct SVGLineChart {
  let data: ChartData
  let width: Double
  let height = 420.0

  func render(title: String) -> String {
    let legendWidth = min(
      (data.series.map { SVGChart.textWidth($0.name) }.max() ?? 0) + 40, width / 3)
    let (top, bottom, left) = (50.0, height - 50, 60.0)
    let right = width - legendWidth - 10
    let (low, high) = data.range
    let ticks = NiceScale.ticks(low: low, high: high)
    let lo = ticks.first ?? low
    let hi = ticks.last ?? high
    let n = data.labels.count
    func x(_ i: Int) -> Double {
      n <= 1 ? (left + right) / 2 : left + Double(i) / Double(n - 1) * (right - left)
    }
    let scale = AxisScale(low: lo, high: hi)
    func y(_ v: Double) -> Double { bottom - scale.fraction(v) * (bottom - top) }
    var body = ""
    for t in ticks {
      body +=
        "<line x1=\"\(SVGChart.n(left))\" y1=\"\(SVGChart.n(y(t)))\" x2=\"\(SVGChart.n(right))\" y2=\"\(SVGChart.n(y(t)))\" stroke=\"#dddddd\"/>\n"
      body +=
        "<text x=\"\(SVGChart.n(left - 6))\" y=\"\(SVGChart.n(y(t) + 5))\" text-anchor=\"end\" fill=\"#555555\">\(SVGChart.escape(Value.format(t)))</text>\n"
    }
    let every = max(1, Int((Double(n) * 60 / (right - left)).rounded(.up)))
    for (i, label) in data.labels.enumerated() where i % every == 0 || i == n - 1 {
      body +=
        "<text x=\"\(SVGChart.n(x(i)))\" y=\"\(SVGChart.n(bottom + 20))\" text-anchor=\"middle\" fill=\"#555555\">\(SVGChart.escape(label))</text>\n"
    }
    body +=
      "<line x1=\"\(SVGChart.n(left))\" y1=\"\(SVGChart.n(bottom))\" x2=\"\(SVGChart.n(right))\" y2=\"\(SVGChart.n(bottom))\" stroke=\"#333333\"/>\n"
    // Stopped between series on Ctrl-C (`SVGChart.render` then throws `interrupted`).
    for (k, series) in data.series.enumerated() where !Cancellation.isRequested {
      let colour = SVGChart.palette[k % SVGChart.palette.count]
      // A null breaks the line into runs.
      var runs: [[(Int, Double)]] = [[]]
      for (i, v) in series.values.enumerated() {
        if let v {
          runs[runs.count - 1].append((i, v))
        } else if !runs[runs.count - 1].isEmpty {
          runs.append([])
        }
      }
      for run in runs where run.count > 1 {
        let points = run.map { "\(SVGChart.n(x($0.0))),\(SVGChart.n(y($0.1)))" }.joined(
          separator: " ")
        body +=
          "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
      }
      for (i, v) in series.values.enumerated() {
        guard let v else { continue }
        body +=
          "<circle cx=\"\(SVGChart.n(x(i)))\" cy=\"\(SVGChart.n(y(v)))\" r=\"3.5\" fill=\"\(colour)\"><title>\(SVGChart.escape("\(series.name) \(data.labels[i]): \(Value.format(v))"))</title></circle>\n"
      }
      let ly = top + Double(k) * 22
      body +=
        "<rect x=\"\(SVGChart.n(right + 16))\" y=\"\(SVGChart.n(ly - 10))\" width=\"12\" height=\"12\" fill=\"\(colour)\"/>\n"
      body +=
        "<text x=\"\(SVGChart.n(right + 34))\" y=\"\(SVGChart.n(ly + 1))\">\(SVGChart.escape(series.name))</text>\n"
    }
    return SVGChart.document(width: width, height: height, title: title, body: body)
  }
}
