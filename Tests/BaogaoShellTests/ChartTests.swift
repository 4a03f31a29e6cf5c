import BaogaoQuery
import Foundation
import Testing

@testable import BaogaoShell

/// Compares `actual` with `Goldens/charts/NAME`; rewrites it when BAOGAO_UPDATE_GOLDENS is set.
func assertChartGolden(
  _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens/charts/\(name)")
  if ProcessInfo.processInfo.environment["BAOGAO_UPDATE_GOLDENS"] != nil {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(actual.utf8).write(to: url)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(
    actual == expected, "golden \(name) differs; run `make goldens` and review",
    sourceLocation: sourceLocation)
}

/// Made-up test tables (figures are for the test, not quoted from reports).
enum ChartFixtures {
  static let targets = Table(
    schema: Schema([Column("region", .string), Column("growth", .double)]),
    rows: [["广东省", 5], ["广西壮族自治区", 5.5], ["北京市", 5], ["西藏自治区", 7], ["上海市", nil]])

  static let series = Table(
    schema: Schema([Column("year", .int), Column("kind", .string), Column("growth", .double)]),
    rows: [
      [2019, "目标", 6.25], [2019, "实际", 6.1], [2021, "目标", 6], [2021, "实际", 8.1],
      [2022, "目标", 5.5], [2022, "实际", 3], [2023, "目标", 5], [2023, "实际", 5.2],
      [2024, "目标", 5], [2024, "实际", 5],
    ])
}

@Suite struct ChartTests {
  @Test func barChartGolden() throws {
    let text = try TerminalChart.render(
      ChartFixtures.targets, spec: ChartSpec(kind: .bar, x: "region", y: "growth"), width: 60)
    try assertChartGolden(text, "bar.txt")
  }

  @Test func barLabelsAlignByDisplayWidth() throws {
    let text = try TerminalChart.render(
      ChartFixtures.targets, spec: ChartSpec(kind: .bar, x: "region", y: "growth"), width: 60)
    let lines = text.split(separator: "\n").dropFirst()
    // The bar separator sits at the same display column on every row, under CJK labels.
    let columns = lines.map { line -> Int in
      let prefix = line[..<line.firstIndex(of: "|")!]
      return DisplayWidth.width(of: String(prefix), ambiguousWide: false)
    }
    #expect(Set(columns).count == 1)
    #expect(lines.allSatisfy { DisplayWidth.width(of: String($0), ambiguousWide: false) <= 60 })
  }

  @Test func lineChartGolden() throws {
    let spec = ChartSpec(kind: .line, x: "year", y: "growth", group: "kind")
    let text = try TerminalChart.render(ChartFixtures.series, spec: spec, width: 60)
    try assertChartGolden(text, "line.txt")
  }

  @Test func sparklineGolden() throws {
    let spec = ChartSpec(kind: .sparkline, x: "year", y: "growth", group: "kind")
    let text = try TerminalChart.render(ChartFixtures.series, spec: spec)
    try assertChartGolden(text, "sparkline.txt")
  }

  @Test func ambiguousWideBarsUseASCII() throws {
    let text = try TerminalChart.render(
      ChartFixtures.targets, spec: ChartSpec(kind: .bar, x: "region", y: "growth"), width: 60,
      ambiguousWide: true)
    #expect(!text.contains("█"))
    #expect(text.contains("#"))
  }

  @Test func errorsNameTheField() {
    #expect(throws: ChartError.unknownField("grwoth", among: ["region", "growth"])) {
      try TerminalChart.render(
        ChartFixtures.targets, spec: ChartSpec(kind: .bar, x: "region", y: "grwoth"))
    }
    #expect(throws: ChartError.notNumeric("region")) {
      try TerminalChart.render(
        ChartFixtures.targets, spec: ChartSpec(kind: .bar, x: "growth", y: "region"))
    }
  }

  @Test func niceTicks() {
    #expect(NiceScale.ticks(low: 0, high: 7) == [0, 2, 4, 6, 8])
    #expect(NiceScale.ticks(low: 3, high: 8.1) == [2, 4, 6, 8, 10])
    #expect(NiceScale.ticks(low: 0.1, high: 0.9) == [0, 0.2, 0.4, 0.6, 0.8, 1])
  }
}
