import BaogaoCore
import BaogaoQuery

/// Charts drawn with characters, for the terminal and for notebooks.
///
/// Labels such as 广西壮族自治区 are padded by display width (a Chinese character is two columns),
/// so bars and axes stay aligned under CJK text. Bars and sparklines use the block characters
/// `▏▎▍▌▋▊▉█` and `▁▂▃▄▅▆▇█`; with `ambiguousWide` (a terminal that draws them two columns wide)
/// bars fall back to `#`. Line and scatter charts use ASCII only.
public enum TerminalChart {
  /// The chart as text, each line ending in `\n`, at most `width` columns wide.
  public static func render(
    _ table: Table, spec: ChartSpec, width: Int = 72, ambiguousWide: Bool = false
  ) throws(ChartError) -> String {
    let width = max(width, 24)
    let (title, xLabel, yLabel) = (spec.displayTitle, spec.xLabel, spec.yLabel)
    if spec.kind == .scatter {
      return TerminalScatterChart(
        data: try ScatterData(table: table, spec: spec), width: width, ambiguousWide: ambiguousWide
      ).render(title: title, xLabel: xLabel, yLabel: yLabel)
    }
    let data = try ChartData(table: table, spec: spec)
    let text =
      switch spec.kind {
      case .bar:
        TerminalBarChart(data: data, width: width, ambiguousWide: ambiguousWide)
          .render(title: title, xLabel: xLabel, yLabel: yLabel)
      case .line, .scatter:
        TerminalLineChart(data: data, width: width, ambiguousWide: ambiguousWide)
          .render(title: title, xLabel: xLabel, yLabel: yLabel)
      case .sparkline:
        Sparkline.render(data, ambiguousWide: ambiguousWide)
      }
    // A drawing cut short by Ctrl-C is not a chart.
    if Cancellation.isRequested { throw .interrupted }
    return text
  }

  /// `s` padded with spaces on the right to `w` display columns.
  static func padRight(_ s: String, _ w: Int, _ ambiguousWide: Bool) -> String {
    s
      + String(
        repeating: " ", count: max(0, w - DisplayWidth.width(of: s, ambiguousWide: ambiguousWide)))
  }

  /// `s` padded with spaces on the left to `w` display columns.
  static func padLeft(_ s: String, _ w: Int, _ ambiguousWide: Bool) -> String {
    String(
      repeating: " ", count: max(0, w - DisplayWidth.width(of: s, ambiguousWide: ambiguousWide)))
      + s
  }

  static func label(_ d: Double?) -> String { d.map(Value.format) ?? "" }
}
