import BaogaoQuery
import Foundation
import Testing

@testable import BaogaoShell

/// Tables for rendering tests: real indicator facts from `../shared/gold`, and made-up edge cases.
enum RenderFixtures {
  /// `../shared` from the package root (three levels above this file).
  static let shared = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

  /// Rows 21–28 of `gold/indicators/seeds.jsonl`: a district's "十三五" review with `“”` quotes,
  /// `1002.18`-style figures and long evidence sentences.
  static func goldFacts() throws -> Table {
    let url = shared.appendingPathComponent("gold/indicators/seeds.jsonl")
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    try #require(lines.count >= 28, "cannot read \(url.path)")
    let schema = Schema([
      Column("metric", .string), Column("period", .string), Column("value", .double),
      Column("unit", .string), Column("growth", .double), Column("evidence", .string),
    ])
    let rows = try lines[20..<28].map { line -> [Value] in
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return schema.names.map { name -> Value in
        switch object[name] {
        case let s as String: .string(s)
        case let n as NSNumber: .double(n.doubleValue)
        default: .null
        }
      }
    }
    return Table(schema: schema, rows: rows)
  }

  /// Made-up cells that test quoting and widths: ambiguous `“”—…①`, commas, quotes, a pipe, a
  /// line break, a tab, a backslash, null, and a hidden `text` column.
  static let edgeCases = Table(
    schema: Schema([
      Column("名称", .string), Column("数量", .int), Column("说明", .string),
      Column("text", .string, hidden: true),
    ]),
    rows: [
      ["“两会”精神①", 3, "他说：\"好\", 对", "全文……"],
      ["A|B", -12, "第一行\n第二行", "x"],
      ["tab\there", nil, "C:\\报告", nil],
      ["——", 1_000_000, "", "末"],
    ])
}

@Suite("TableRenderer")
struct TableRendererTests {
  @Test("every mode renders the gold facts as its golden file", arguments: OutputMode.allCases)
  func goldFactsGolden(mode: OutputMode) throws {
    let table = try RenderFixtures.goldFacts()
    let out = TableRenderer.render(table, options: RenderOptions(mode: mode))
    assertGolden(out, named: "facts.\(mode.rawValue).txt")
  }

  @Test("edge cases render as their golden file", arguments: OutputMode.allCases)
  func edgeCasesGolden(mode: OutputMode) {
    let out = TableRenderer.render(RenderFixtures.edgeCases, options: RenderOptions(mode: mode))
    assertGolden(out, named: "edge.\(mode.rawValue).txt")
  }

  @Test(
    "a narrow terminal cuts the evidence column, not the numbers",
    arguments: [OutputMode.table, .box])
  func narrowGolden(mode: OutputMode) throws {
    let table = try RenderFixtures.goldFacts()
    let out = TableRenderer.render(table, options: RenderOptions(mode: mode, maxWidth: 80))
    assertGolden(out, named: "facts.\(mode.rawValue).80.txt")
  }

  @Test("ambiguous-wide box keeps its borders aligned")
  func ambiguousWideBoxGolden() {
    let options = RenderOptions(mode: .box, ambiguousWide: true)
    assertGolden(
      TableRenderer.render(RenderFixtures.edgeCases, options: options), named: "edge.box.wide.txt")
  }

  @Test(
    "no line is wider than maxWidth, at any width", arguments: [OutputMode.table, .box],
    [false, true])
  func fitsEveryWidth(mode: OutputMode, wide: Bool) throws {
    let table = try RenderFixtures.goldFacts()
    for width in stride(from: 20, through: 200, by: 7) {
      let options = RenderOptions(mode: mode, maxWidth: width, ambiguousWide: wide)
      let out = TableRenderer.render(table, options: options)
      for line in out.split(separator: "\n") where !line.hasPrefix("(") {
        #expect(
          DisplayWidth.width(of: String(line), ambiguousWide: wide) <= width, "\(width): \(line)")
      }
      // Numbers are never cut: when the value column is shown, its figures appear whole.
      let header = out.split(separator: "\n").first { $0.contains("metric") } ?? ""
      if header.contains("value") {
        #expect(out.contains("351.31"))
      }
    }
  }

  @Test("all lines of a table or box have the same display width")
  func alignedByDisplayWidth() throws {
    let table = try RenderFixtures.goldFacts()
    for wide in [false, true] {
      let out = TableRenderer.render(table, options: RenderOptions(mode: .box, ambiguousWide: wide))
      let widths = Set(
        out.split(separator: "\n").dropLast().map {
          DisplayWidth.width(of: String($0), ambiguousWide: wide)
        })
      #expect(widths.count == 1, "widths \(widths)")
    }
  }

  @Test("text columns shrink before any column is dropped")
  func shrinkBeforeDrop() throws {
    let table = try RenderFixtures.goldFacts()
    let out = TableRenderer.render(table, options: RenderOptions(mode: .table, maxWidth: 60))
    let header = try #require(out.split(separator: "\n").first)
    #expect(header.split(separator: " ").map(String.init) == table.schema.names)
    #expect(out.contains("…"))
    #expect(out.hasSuffix("(8 rows)\n"))
    let tiny = TableRenderer.render(table, options: RenderOptions(mode: .table, maxWidth: 30))
    // metric, period, unit at their 6-column minimum and value (never cut) fill 30 columns.
    #expect(tiny.hasSuffix("(8 rows, 2 columns not shown: growth, evidence)\n"))
    #expect(tiny.split(separator: "\n").first?.hasPrefix("metric") == true)
  }

  @Test("hidden columns show only when asked for, and always in csv and json")
  func hiddenColumns() {
    let table = RenderFixtures.edgeCases
    let shown = TableRenderer.render(
      table, options: RenderOptions(mode: .table, showHiddenColumns: true))
    let hidden = TableRenderer.render(table, options: RenderOptions(mode: .table))
    #expect(shown.split(separator: "\n").first?.hasSuffix("text") == true)
    #expect(hidden.split(separator: "\n").first?.contains("text") == false)
    #expect(
      TableRenderer.render(table, options: RenderOptions(mode: .csv)).hasPrefix("名称,数量,说明,text\n"))
  }

  @Test("an empty table still shows its header", arguments: OutputMode.allCases)
  func emptyTable(mode: OutputMode) {
    let empty = Table(schema: RenderFixtures.edgeCases.schema, rows: [])
    assertGolden(
      TableRenderer.render(empty, options: RenderOptions(mode: mode)),
      named: "empty.\(mode.rawValue).txt")
  }
}
