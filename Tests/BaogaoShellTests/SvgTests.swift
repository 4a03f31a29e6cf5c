import BaogaoQuery
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import BaogaoShell

@Suite struct SvgTests {
  /// Renders `svg` to PNG with librsvg's `rsvg-convert` (Debian librsvg2-bin, installed by
  /// `make deps`) and returns its exit status and the PNG bytes.
  func rasterize(_ svg: String) throws -> (status: Int32, png: Data, stderr: String) {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("baogao-svg-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("chart.svg")
    let output = dir.appendingPathComponent("chart.png")
    try Data(svg.utf8).write(to: input)
    let tool = [
      "/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert",
    ]
    .first { FileManager.default.isExecutableFile(atPath: $0) }
    let path = try #require(tool, "rsvg-convert not found: run `make deps` (Debian librsvg2-bin)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-o", output.path, input.path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    process.waitUntilExit()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return (process.terminationStatus, (try? Data(contentsOf: output)) ?? Data(), stderr)
  }

  @Test(arguments: [ChartSpec.Kind.bar, .line])
  func svgRendersWithLibrsvg(kind: ChartSpec.Kind) throws {
    let spec =
      kind == .bar
      ? ChartSpec(kind: .bar, x: "region", y: "growth", title: "增长目标 <2025> & \"预期\"")
      : ChartSpec(kind: .line, x: "year", y: "growth", group: "kind")
    let table = kind == .bar ? ChartFixtures.targets : ChartFixtures.series
    let svg = try SVGChart.render(table, spec: spec)
    #expect(svg.contains("viewBox=\"0 0 800 "))
    #expect(svg.contains("Noto Sans CJK SC"))
    let result = try rasterize(svg)
    #expect(result.status == 0, "rsvg-convert: \(result.stderr)")
    #expect(result.png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  /// Every chart kind and option, as SVG: each opens in librsvg and is well-formed XML.
  static let everyKind: [(ChartSpec, Table)] = [
    (
      ChartSpec(kind: .bar, x: "region", y: "growth", title: "增长目标 <2025> & \"预期\""),
      ChartFixtures.targets
    ),
    (
      ChartSpec(kind: .bar, x: "year", y: "growth", group: "kind", xLabel: "年份", yLabel: "增长率"),
      ChartFixtures.series
    ),
    (ChartSpec(kind: .line, x: "year", y: "growth", group: "kind"), ChartFixtures.series),
    (
      ChartSpec(kind: .line, x: "year", y: "growth", xLabel: "年份", yLabel: "增长率（%）", logY: true),
      ChartKindFixtures.years
    ),
    (ChartSpec(kind: .scatter, x: "growth", y: "gdp", group: "level"), ChartKindFixtures.provinces),
    (
      ChartSpec(kind: .scatter, x: "growth", y: "gdp", title: "对数", logY: true),
      ChartKindFixtures.provinces
    ),
    (ChartSpec(kind: .bar, x: "region", y: "gdp", logY: true), ChartKindFixtures.provinces),
    (ChartSpec(kind: .sparkline, x: "year", y: "growth", group: "kind"), ChartFixtures.series),
  ]

  @Test(arguments: 0..<everyKind.count)
  func everyKindRendersWithLibrsvgAndIsWellFormed(index: Int) throws {
    let (spec, table) = Self.everyKind[index]
    let svg = try SVGChart.render(table, spec: spec)
    let result = try rasterize(svg)
    #expect(result.status == 0, "rsvg-convert on \(spec.kind) \(index): \(result.stderr)")
    #expect(result.png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    // Well-formed XML, by libxml2 through Foundation's XMLParser (what xmllint --noout checks).
    let parser = XMLParser(data: Data(svg.utf8))
    #expect(
      parser.parse(),
      "not well-formed XML (\(spec.kind) \(index)): \(String(describing: parser.parserError))")
  }

  @Test func textIsEscaped() throws {
    let spec = ChartSpec(kind: .bar, x: "region", y: "growth", title: "增长目标 <2025> & \"预期\"")
    let svg = try SVGChart.render(ChartFixtures.targets, spec: spec)
    #expect(svg.contains("增长目标 &lt;2025&gt; &amp; &quot;预期&quot;"))
    #expect(!svg.contains("<2025>"))
    #expect(svg.contains(">广西壮族自治区</text>"))
  }

  @Test func xmlIsWellFormed() throws {
    let svg = try SVGChart.render(
      ChartFixtures.series, spec: ChartSpec(kind: .line, x: "year", y: "growth", group: "kind"))
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
    #expect(svg.components(separatedBy: "<circle").count - 1 == 10)
  }
}
