import Foundation
import Testing

@testable import BaogaoShell

/// The chart kinds and options through the shell, on the real seeds, as a person sees them.
@Suite("Chart commands")
struct ChartCommandTests {
  var seeds: String {
    get throws { try Baogao.shared.appendingPathComponent("corpus/seeds").path }
  }

  @Test("grouped bars, scatter with axis labels, and a yearly line in the terminal")
  func kindsInTheTerminal() throws {
    let r = try Baogao.run([
      "-c",
      """
      load \(try seeds)
      .width 72
      indicators | where metric == "gdp" and (kind == "target" or kind == "actual") | chart bar region growth by kind title "GDP 增长：目标与实际"
      reports | chart scatter year chars by level xlabel "年份" ylabel "字数"
      reports | chart scatter year chars log y
      """,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    assertGolden(r.stdout, named: "commands/chart-kinds.txt")
    #expect(r.stdout.contains("GDP 增长：目标与实际\n云浮市 actual |"))
  }

  @Test("log y over a value at or below 0 names the row, and option errors say what to write")
  func optionErrors() throws {
    let log = try Baogao.run([
      "-c",
      "load \(try seeds); indicators | where metric == \"fixed_investment\" | chart bar region growth log y",
    ])
    #expect(log.status == 1)
    #expect(
      log.stderr.contains(
        "error: log y needs values above 0, but 'growth' is -5.4 at '阳东区' (row 7)"))
    let axis = try Baogao.run([
      "-c", "load \(try seeds); reports | chart scatter year chars log x",
    ])
    #expect(axis.status == 1)
    #expect(axis.stderr.contains("'log x': only the y axis can be logarithmic (log y)"))
    let several = try Baogao.run([
      "-c",
      "load \(try seeds); indicators | where metric == \"gdp\" and kind == \"target\" | chart line year growth",
    ])
    #expect(several.status == 1)
    #expect(
      several.stderr.contains(
        "error: several values of 'growth' at year '2021' (7 and 6): a chart holds one per place; "
          + "add 'by FIELD' to draw one line per FIELD, or aggregate first"), "\(several.stderr)")
    let title = try Baogao.run(["-c", "load \(try seeds); reports | chart line year chars title"])
    #expect(title.status == 1)
    #expect(title.stderr.contains("'title' takes a value: title \"增长目标\""))
  }

  @Test("a chart with every option written to SVG opens in librsvg")
  func svgWithOptions() throws {
    let dir = try Baogao.temporaryDirectory()
    let r = try Baogao.run([
      "-c",
      """
      load \(try seeds)
      reports | chart scatter year chars by level log y title "报告篇幅 to 字数" xlabel "年份" ylabel "字数" to \(dir.path)/s.svg
      """,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let svg = try String(contentsOf: dir.appendingPathComponent("s.svg"), encoding: .utf8)
    #expect(svg.contains("<title>报告篇幅 to 字数</title>"))
    #expect(svg.contains(">字数</text>") && svg.contains(">年份</text>"))
    #expect(try SvgTests().rasterize(svg).status == 0)
  }
}
