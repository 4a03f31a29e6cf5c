import BaogaoCore
import BaogaoQuery

/// A chart as an SVG file a teacher can put on a slide: `chart line year growth by region to
/// growth.svg`.
///
/// The document has a `viewBox` (it scales without blur), a font stack that finds a Chinese font
/// on Windows, macOS and Linux, and every piece of text escaped (`&`, `<`, quotes). Bars are
/// horizontal with labels on the left, so long region names need no rotation.
public enum SVGChart {
  /// Fonts tried in order: Noto/Source Han (Linux), PingFang (macOS), Microsoft YaHei (Windows).
  static let fontFamily =
    "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif"
  /// Colours that stay apart for colour-blind readers (Okabe–Ito).
  static let palette = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
  ]

  /// The SVG document text. `width` is in CSS pixels; the height follows from the data.
  public static func render(_ table: Table, spec: ChartSpec, width: Int = 800) throws(ChartError)
    -> String
  {
    let width = Double(max(width, 320))
    let (title, xLabel, yLabel) = (spec.displayTitle, spec.xLabel, spec.yLabel)
    if spec.kind == .scatter {
      return SVGScatterChart(data: try ScatterData(table: table, spec: spec), width: width)
        .render(title: title, xLabel: xLabel, yLabel: yLabel)
    }
    let data = try ChartData(table: table, spec: spec)
    let svg =
      switch spec.kind {
      case .bar:
        SVGBarChart(data: data, width: width).render(title: title, xLabel: xLabel, yLabel: yLabel)
      case .line, .sparkline, .scatter:
        SVGLineChart(data: data, width: width).render(title: title, xLabel: xLabel, yLabel: yLabel)
      }
    // A drawing cut short by Ctrl-C is not a chart.
    if Cancellation.isRequested { throw .interrupted }
    return svg
  }

  /// The colour of series `k`.
  static func colour(_ k: Int) -> String { palette[k % palette.count] }

  /// Room for a legend of `names` on the right: a swatch, a gap and the longest name.
  static func legendWidth(_ names: [String], width: Double) -> Double {
    min((names.map { textWidth($0) }.max() ?? 0) + 40, width / 3)
  }

  /// A colour swatch and name per series, one under another from `top`.
  static func legend(_ names: [String], x: Double, top: Double) -> String {
    var body = ""
    for (k, name) in names.enumerated() {
      let ly = top + Double(k) * 22
      body +=
        "<rect x=\"\(n(x))\" y=\"\(n(ly - 10))\" width=\"12\" height=\"12\" fill=\"\(colour(k))\"/>\n"
      body += "<text x=\"\(n(x + 18))\" y=\"\(n(ly + 1))\">\(escape(name))</text>\n"
    }
    return body
  }

  /// Text escaped for SVG content and attribute values.
  static func escape(_ s: String) -> String { Markup.escaped(s) }

  /// A number for an SVG attribute, without binary noise (`12.5`, not `12.500000001`).
  static func n(_ d: Double) -> String { Value.format((d * 10).rounded() / 10) }

  /// The document frame around `body`.
  static func document(width: Double, height: Double, title: String, body: String) -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
    viewBox="0 0 \(n(width)) \(n(height))" font-family="\(fontFamily)" font-size="14">
    <title>\(escape(title))</title>
    <rect x="0" y="0" width="\(n(width))" height="\(n(height))" fill="#ffffff"/>
    <text x="\(n(width / 2))" y="28" text-anchor="middle" font-size="18" font-weight="bold">\(escape(title))</text>
    \(body)</svg>

    """
  }

  /// Rough text width in pixels at `size`: a Chinese character is about 1 em, ASCII about 0.6.
  static func textWidth(_ s: String, size: Double = 14) -> Double {
    Double(DisplayWidth.width(of: s, ambiguousWide: false)) * size * 0.55
  }
}
