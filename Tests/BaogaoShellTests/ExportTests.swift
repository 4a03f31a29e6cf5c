import BaogaoCore
import BaogaoQuery
import Foundation
import Testing

@testable import BaogaoShell

/// Made-up table with the awkward cells: Chinese, a comma, a quote, a line break, a null, a bool.
enum ExportFixtures {
  static let table = Table(
    schema: Schema([
      Column("region", .string), Column("year", .int), Column("per_10k", .double),
      Column("met", .bool),
      Column("text", .string, hidden: true),
    ]),
    rows: [
      ["广东省", 2025, 12.5, true, "稳增长，\"保就业\"\n惠民生"],
      ["广西壮族自治区", 2024, nil, false, "加快建设"],
    ])

  static func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("baogao-export-\(UUID())-\(name)")
      .path
  }
}

@Suite struct ExportTests {
  @Test(arguments: [
    ("a.csv", ExportFormat.csv), ("a.TSV", .tsv), ("a.json", .json), ("a.jsonl", .jsonl),
    ("a.md", .markdown), ("dir.v2/a.xlsx", .xlsx),
  ])
  func formatFromExtension(path: String, format: ExportFormat) {
    #expect(ExportFormat(path: path) == format)
  }

  @Test func unknownExtensionIsADiagnostic() {
    #expect(ExportFormat(path: "a.docx") == nil)
    #expect(ExportFormat(path: "dir.csv/a") == nil)
    let diagnostics = Exporter.export(
      ExportFixtures.table, to: ExportFixtures.temporaryPath("t.docx"))
    #expect(diagnostics.map(\.kind) == ["unknown_export_format"])
  }

  @Test func csvIsTheRenderersCSVWithOptionalBOM() throws {
    let path = ExportFixtures.temporaryPath("t.csv")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(
      Exporter.export(ExportFixtures.table, to: path, options: ExportOptions(byteOrderMark: true))
        .isEmpty)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: data.dropFirst(3), as: UTF8.self)
    #expect(text == TableRenderer.render(ExportFixtures.table, options: RenderOptions(mode: .csv)))
    #expect(
      text.hasPrefix("region,year,per_10k,met,text\n广东省,2025,12.5,true,\"稳增长，\"\"保就业\"\"\n惠民生\"\n"))
  }

  @Test func noBOMUnlessAsked() {
    #expect(!Exporter.text(ExportFixtures.table, format: .csv).hasPrefix("\u{FEFF}"))
    #expect(
      !Exporter.text(
        ExportFixtures.table, format: .json, options: ExportOptions(byteOrderMark: true)
      ).hasPrefix("\u{FEFF}"))
  }

  @Test func jsonKeepsHiddenColumnsAndTypes() throws {
    let path = ExportFixtures.temporaryPath("t.json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(Exporter.export(ExportFixtures.table, to: path).isEmpty)
    let parsed =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
      as? [[String: Any]]
    let rows = try #require(parsed)
    #expect(rows.count == 2)
    #expect(rows[0]["region"] as? String == "广东省")
    #expect(rows[0]["per_10k"] as? Double == 12.5)
    #expect(rows[0]["text"] as? String == "稳增长，\"保就业\"\n惠民生")
    #expect(rows[1]["per_10k"] is NSNull)
  }

  @Test func markdownShowsHiddenColumns() {
    let text = Exporter.text(ExportFixtures.table, format: .markdown)
    #expect(text.contains("text"))
    #expect(text.contains("加快建设"))
  }

  @Test func unwritablePathIsADiagnostic() {
    let diagnostics = Exporter.export(ExportFixtures.table, to: "/nonexistent-dir/t.csv")
    #expect(diagnostics.map(\.kind) == ["export_failed"])
    #expect(diagnostics.first?.file == "/nonexistent-dir/t.csv")
  }
}
