import BaogaoQuery
import Foundation
import Testing

@testable import BaogaoShell

/// Made-up tables for the chart kinds and options (figures are for the test, not quoted from
/// reports).
enum ChartKindFixtures {
  /// Yearly figures with a four-year hole (1999 → 2003) and a missing 2020.
  static let years = Table(
    schema: Schema([Column("year", .int), Column("growth", .double)]),
    rows: [[1999, 7.1], [2003, 9.5], [2004, 10.1], [2005, 11.3], [2019, 6.1], [2021, 8.1]])

  /// Target against actual per year, for grouped bars.
  static let targetActual = ChartFixtures.series

  /// Provinces' GDP (made up) over three orders of magnitude, and a growth figure.
  static let provinces = Table(
    schema: Schema([
      Column("region", .string), Column("level", .string), Column("gdp", .double),
      Column("growth", .double),
    ]),
    rows: [
      ["甲省", "东部", 135_000, 5.1], ["乙省", "东部", 98_000, 5.8], ["丙省", "西部", 2_400, 6.3],
      ["丁省", "西部", 240, 9.5], ["戊省", "中部", 51_000, 6.0],
    ])
}

@Suite struct ChartKindsTests {
  /// The columns at which the x axis line `+----+--` has its ticks.
  func tickColumns(_ chart: String) throws -> [Int] {
    let axis = try #require(chart.split(separator: "\n").first { $0.contains("+--") })
    let start = try #require(axis.firstIndex(of: "+"))
    return axis[axis.index(after: start)...].enumerated().filter { $0.element == "+" }.map(\.offset)
  }

  @Test func lineChartPlacesYearsByValue() throws {
    let text = try TerminalChart.render(
      ChartKindFixtures.years, spec: ChartSpec(kind: .line, x: "year", y: "growth"), width: 72)
    let ticks = try tickColumns(text)
    try #require(ticks.count == 6)
    // 1999 → 2003 is four times the width of 2003 → 2004, within a column of rounding.
    let fourYears = ticks[1] - ticks[0]
    let oneYear = ticks[2] - ticks[1]
    #expect(abs(fourYears - 4 * oneYear) <= 2, "\(ticks)")
    #expect(ticks.last! - ticks.first! > 50)
    try assertChartGolden(text, "line-years.txt")
  }

  @Test func lineChartLeavesMissingYearsOpen() throws {
    let text = try TerminalChart.render(
      ChartKindFixtures.years, spec: ChartSpec(kind: .line, x: "year", y: "growth"), width: 72)
    let ticks = try tickColumns(text)
    let grid = text.split(separator: "\n").dropFirst().prefix(10).map { line in
      Array(line.drop { $0 != "|" }.dropFirst())
    }
    func dots(_ from: Int, _ to: Int) -> Int {
      grid.map { row in
        row.enumerated().filter { $0.offset > from && $0.offset < to && $0.element == "." }.count
      }.reduce(0, +)
    }
    // 2003–2004–2005 are joined; 1999 → 2003 and 2019 → 2021 skip years and are not.
    #expect(dots(ticks[1], ticks[2]) > 0)
    #expect(dots(ticks[0], ticks[1]) == 0)
    #expect(dots(ticks[4], ticks[5]) == 0)
    #expect(dots(ticks[3], ticks[4]) == 0)
  }

  @Test func svgLinePlacesYearsByValueAndBreaksAtGaps() throws {
    let svg = try SVGChart.render(
      ChartKindFixtures.years, spec: ChartSpec(kind: .line, x: "year", y: "growth"))
    let xs = try svg.matches(of: /<circle cx="([0-9.]+)"/).map { try #require(Double($0.1)) }
    try #require(xs.count == 6)
    #expect(abs((xs[1] - xs[0]) - 4 * (xs[2] - xs[1])) < 0.5, "\(xs)")
    // One polyline, through 2003, 2004 and 2005; the other points stand alone.
    let polylines = svg.matches(of: /<polyline points="([^"]+)"/).map { String($0.1) }
    #expect(polylines.count == 1)
    #expect(polylines.first?.split(separator: " ").count == 3)
  }

  @Test func textXStaysEvenlySpacedAndJoined() throws {
    let table = Table(
      schema: Schema([Column("period", .string), Column("v", .double)]),
      rows: [["上半年", 1], ["三季度", 2], ["全年", 3]])
    let svg = try SVGChart.render(table, spec: ChartSpec(kind: .line, x: "period", y: "v"))
    #expect(svg.matches(of: /<polyline/).count == 1)
  }

  @Test func sparklineLeavesMissingYearsBlank() throws {
    let text = try TerminalChart.render(
      ChartKindFixtures.years, spec: ChartSpec(kind: .sparkline, x: "year", y: "growth"))
    let after = try #require(text.components(separatedBy: "growth  ").dropFirst().first)
    let line = try #require(after.components(separatedBy: "  1999–2021").first)
    // 1999 … 2021 is 23 years: one character each, the years without a value blank.
    #expect(line.count == 23)
    #expect(line.filter { $0 != " " }.count == 6)
  }

  @Test func scatterGolden() throws {
    let spec = ChartSpec(kind: .scatter, x: "growth", y: "gdp", group: "level")
    let text = try TerminalChart.render(ChartKindFixtures.provinces, spec: spec, width: 60)
    try assertChartGolden(text, "scatter.txt")
    #expect(text.contains("* 东部  o 西部  + 中部"))
  }

  @Test func scatterSVGHasOnePointPerRowAndALegend() throws {
    let spec = ChartSpec(kind: .scatter, x: "growth", y: "gdp", group: "level")
    let svg = try SVGChart.render(ChartKindFixtures.provinces, spec: spec)
    #expect(svg.matches(of: #/<circle /#).count == 5)
    for name in ["东部", "西部", "中部"] { #expect(svg.contains(">\(name)</text>")) }
    #expect(svg.contains("<title>西部 growth 9.5, gdp 240</title>"))
  }

  @Test func scatterShowsWhereGroupsOverlap() throws {
    let table = Table(
      schema: Schema([Column("g", .string), Column("x", .double), Column("y", .double)]),
      rows: [["甲", 1, 1], ["乙", 1, 1], ["乙", 3, 5], ["甲", 3, 5], ["甲", 2, 3]])
    let text = try TerminalChart.render(
      table, spec: ChartSpec(kind: .scatter, x: "x", y: "y", group: "g"), width: 40)
    let grid = text.split(separator: "\n").dropFirst().prefix(10).joined()
    #expect(grid.filter { $0 == "&" }.count == 2)
    #expect(grid.filter { $0 == "*" }.count == 1)
    #expect(text.hasSuffix("* 甲  o 乙  & several\n"))
  }

  @Test func scatterNeedsNumbersOnBothAxes() {
    #expect(throws: ChartError.notNumeric("region")) {
      try TerminalChart.render(
        ChartKindFixtures.provinces, spec: ChartSpec(kind: .scatter, x: "region", y: "gdp"))
    }
  }

  @Test func groupedBarsGolden() throws {
    let spec = ChartSpec(kind: .bar, x: "year", y: "growth", group: "kind")
    let text = try TerminalChart.render(ChartKindFixtures.targetActual, spec: spec, width: 60)
    try assertChartGolden(text, "bar-grouped.txt")
    let lines = text.split(separator: "\n")
    // Five years, two bars each, the group named beside each bar.
    #expect(lines.count == 1 + 10)
    #expect(lines[1].hasPrefix("2019 目标 |"))
    #expect(lines[2].hasPrefix("     实际 |"))
    #expect(lines.allSatisfy { DisplayWidth.width(of: String($0), ambiguousWide: false) <= 60 })
  }

  @Test func groupedBarsSVGSideBySideWithLegend() throws {
    let spec = ChartSpec(kind: .bar, x: "year", y: "growth", group: "kind")
    let svg = try SVGChart.render(ChartKindFixtures.targetActual, spec: spec)
    let bars = svg.matches(
      of: /<rect x="[0-9.]+" y="([0-9.]+)" width="[0-9.]+" height="18" fill="(#[0-9A-F]+)"/)
    #expect(bars.count == 10)
    #expect(Set(bars.map { String($0.2) }) == [SVGChart.palette[0], SVGChart.palette[1]])
    // Side by side: the two bars of a year are at different heights.
    #expect(bars[0].1 != bars[1].1)
    #expect(svg.contains(">目标</text>") && svg.contains(">实际</text>"))
  }

  @Test func titleAndAxisLabels() throws {
    let (spec, file) = try ChartSpec.parse(
      kind: .line,
      [
        "year", "growth", "by", "kind", "title", "增长 to 目标", "xlabel", "年份", "ylabel", "增长率（%）",
        "to", "g.svg",
      ])
    #expect(file == "g.svg")
    #expect(
      spec
        == ChartSpec(
          kind: .line, x: "year", y: "growth", group: "kind", title: "增长 to 目标", xLabel: "年份",
          yLabel: "增长率（%）"))
    let text = try TerminalChart.render(ChartKindFixtures.targetActual, spec: spec, width: 60)
    #expect(text.hasPrefix("增长 to 目标\n增长率（%）\n"))
    #expect(text.contains("年份"))
    let svg = try SVGChart.render(ChartKindFixtures.targetActual, spec: spec)
    #expect(svg.contains(">增长 to 目标</text>"))
    #expect(svg.contains("class=\"axis-label\">年份</text>"))
    #expect(svg.contains("rotate(-90"))
  }

  @Test func chartSyntaxErrors() throws {
    #expect(throws: ChartSyntaxError.logAxis("x")) {
      try ChartSpec.parse(kind: .line, ["a", "b", "log", "x"])
    }
    #expect(throws: ChartSyntaxError.missingValue("title", example: "title \"增长目标\"")) {
      try ChartSpec.parse(kind: .line, ["a", "b", "title"])
    }
    #expect(throws: ChartSyntaxError.extraWord("c")) {
      try ChartSpec.parse(kind: .bar, ["a", "b", "c"])
    }
    // X and Y are fields even when named like an option (reports have a `title`).
    #expect(try ChartSpec.parse(kind: .bar, ["title", "log", "title", "篇幅"]).spec.x == "title")
    #expect(throws: ChartSyntaxError.fields(.scatter)) {
      try ChartSpec.parse(kind: .scatter, ["a"])
    }
  }

  @Test func logYTicksAtPowersOfTen() throws {
    let spec = ChartSpec(kind: .scatter, x: "growth", y: "gdp", logY: true)
    let svg = try SVGChart.render(ChartKindFixtures.provinces, spec: spec)
    for tick in ["100", "1000", "10000", "100000", "1000000"] {
      #expect(svg.contains(">\(tick)</text>"), "tick \(tick)")
    }
    #expect(ValueAxis.logTicks(low: 3, high: 8.1) == [2, 5, 10])
    #expect(ValueAxis.logTicks(low: 240, high: 135_000) == [100, 1000, 10000, 100000, 1000000])
    // Equal ratios are equal distances.
    let axis = ValueAxis(low: 1, high: 1000, log: true)
    #expect(
      abs((axis.fraction(100) - axis.fraction(10)) - (axis.fraction(10) - axis.fraction(1))) < 1e-9)
    let text = try TerminalChart.render(ChartKindFixtures.provinces, spec: spec, width: 60)
    try assertChartGolden(text, "scatter-log.txt")
  }

  @Test func severalValuesInOnePlaceAreAnError() throws {
    // Two kinds in one year without `by kind`: no silent pick of one.
    #expect(
      throws: ChartError.severalValues(
        "growth", at: "2019", group: nil, values: [6.25, 6.1], x: "year")
    ) {
      try TerminalChart.render(
        ChartFixtures.series, spec: ChartSpec(kind: .line, x: "year", y: "growth"))
    }
    #expect(throws: ChartError.self) {
      try SVGChart.render(
        ChartFixtures.series, spec: ChartSpec(kind: .sparkline, x: "year", y: "growth"))
    }
    // A repeated equal value is no conflict.
    let repeated = Table(
      schema: Schema([Column("year", .int), Column("v", .double)]),
      rows: [[2020, 1], [2020, 1], [2021, 2]])
    _ = try TerminalChart.render(repeated, spec: ChartSpec(kind: .line, x: "year", y: "v"))
  }

  @Test func logBarsSayWhereTheyStart() throws {
    let text = try TerminalChart.render(
      ChartKindFixtures.provinces, spec: ChartSpec(kind: .bar, x: "region", y: "gdp", logY: true),
      width: 60)
    try assertChartGolden(text, "bar-log.txt")
    #expect(
      text.hasSuffix("(log scale: bars start at 100; full width is 1000000)\n"))
  }

  @Test func logYOfZeroOrLessNamesTheRow() {
    let table = Table(
      schema: Schema([Column("year", .int), Column("growth", .double)]),
      rows: [[2021, 8.1], [2022, 3], [2023, -0.5]])
    let expected = ChartError.notPositive("growth", value: -0.5, label: "2023", row: 3)
    #expect(throws: expected) {
      try TerminalChart.render(
        table, spec: ChartSpec(kind: .line, x: "year", y: "growth", logY: true))
    }
    #expect(throws: expected) {
      try SVGChart.render(table, spec: ChartSpec(kind: .line, x: "year", y: "growth", logY: true))
    }
    #expect(expected.message.contains("'2023' (row 3)"))
  }
}

extension ChartKindsTests {
  @Test(arguments: [(5e-324, 1e-300), (1e-5, 1.7976931348623157e308), (1, 1), (1e308, 1e308)])
  func logAxisAtTheEndsOfDouble(low: Double, high: Double) throws {
    let ticks = ValueAxis.logTicks(low: low, high: high)
    #expect(ticks.count >= 2)
    #expect(ticks.allSatisfy { $0 > 0 && $0.isFinite }, "\(ticks)")
    let table = Table(
      schema: Schema([Column("x", .double), Column("y", .double)]),
      rows: [[1, .double(low)], [2, .double(high)]])
    for kind in [ChartSpec.Kind.line, .scatter, .bar] {
      let spec = ChartSpec(kind: kind, x: "x", y: "y", logY: true)
      _ = try TerminalChart.render(table, spec: spec)
      let svg = try SVGChart.render(table, spec: spec)
      #expect(!svg.contains("nan") && !svg.contains("inf"), "\(kind) \(low) \(high)")
    }
  }
}
