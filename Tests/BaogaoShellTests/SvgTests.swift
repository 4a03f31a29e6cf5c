import BaogaoQuery
import Foundation
import Testing

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
    #if canImport(FoundationXML)
      // FoundationXML is not imported by this target; librsvg above is the real check.
    #endif
    #expect(svg.hasPrefix("<?xml"))
    #expect(svg.components(separatedBy: "<polyline").count - 1 == 2)
    #expect(svg.components(separatedBy: "<circle").count - 1 == 10)
  }
}
