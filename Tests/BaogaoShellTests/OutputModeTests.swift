import BaogaoQuery
import Foundation
import Testing

@testable import BaogaoShell

@Suite("OutputMode")
struct OutputModeTests {
  @Test("mode names are what `.mode` accepts")
  func names() {
    #expect(
      OutputMode.allCases.map(\.rawValue) == [
        "table", "box", "csv", "tsv", "json", "jsonl", "markdown", "line",
      ])
    #expect(OutputMode(rawValue: "box") == .box)
    #expect(OutputMode.allCases.filter(\.isAligned) == [.table, .box])
  }

  @Test("line mode: one field per line, names right-aligned by display width, rows apart")
  func lineMode() {
    // Made-up rows.
    let table = Table(
      schema: Schema([Column("region", .string), Column("年份", .int), Column("target_report_id", .string)]),
      rows: [["样本市", 2024, "r1"], ["示例县", nil, "r2"]])
    let out = TableRenderer.render(table, options: RenderOptions(mode: .line))
    #expect(
      out == """
                  region = 样本市
                    年份 = 2024
        target_report_id = r1

                  region = 示例县
                    年份 = 
        target_report_id = r2

        """)
  }

  @Test("csv quotes per RFC 4180 and reads back to the same fields")
  func csvRoundTrip() {
    let out = TableRenderer.render(RenderFixtures.edgeCases, options: RenderOptions(mode: .csv))
    let records = parseCSV(out)
    #expect(records.count == 5)
    #expect(records[0] == ["名称", "数量", "说明", "text"])
    #expect(records[1] == ["“两会”精神①", "3", "他说：\"好\", 对", "全文……"])
    #expect(records[2] == ["A|B", "-12", "第一行\n第二行", "x"])
    #expect(records[3] == ["tab\there", "", "C:\\报告", ""])
    #expect(out.contains("\"他说：\"\"好\"\", 对\""))
  }

  @Test("tsv keeps one line per row by escaping tabs, breaks and backslashes")
  func tsvEscapes() {
    let out = TableRenderer.render(RenderFixtures.edgeCases, options: RenderOptions(mode: .tsv))
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 5)
    #expect(
      lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
    #expect(lines[2] == "A|B\t-12\t第一行\\n第二行\tx")
    #expect(lines[3] == "tab\\there\t\tC:\\\\报告\t")
  }

  @Test("json and jsonl read back as the table's records, numbers exact")
  func jsonRoundTrip() throws {
    let table = try RenderFixtures.goldFacts()
    let json = TableRenderer.render(table, options: RenderOptions(mode: .json))
    let array = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(array.count == table.rows.count)
    #expect(array[0]["evidence"] as? String == table.rows[0][5].string)
    #expect(json.contains("\"value\":351.31,"))
    #expect(!json.contains("351.3100"))
    let jsonl = TableRenderer.render(table, options: RenderOptions(mode: .jsonl))
    let lines = jsonl.split(separator: "\n")
    #expect(lines.count == table.rows.count)
    for (line, object) in zip(lines, array) {
      let parsed = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(NSDictionary(dictionary: parsed).isEqual(to: object))
      #expect(line.hasPrefix("{\"metric\":"))
    }
  }

  @Test("empty json is an empty array, empty jsonl is nothing")
  func emptyJSON() {
    let empty = Table(schema: RenderFixtures.edgeCases.schema)
    #expect(TableRenderer.render(empty, options: RenderOptions(mode: .json)) == "[]\n")
    #expect(TableRenderer.render(empty, options: RenderOptions(mode: .jsonl)) == "")
  }

  @Test("markdown escapes pipes and line breaks and right-aligns numbers")
  func markdown() {
    let out = TableRenderer.render(
      RenderFixtures.edgeCases, options: RenderOptions(mode: .markdown))
    let lines = out.split(separator: "\n")
    #expect(lines[1].hasPrefix("| ---") && lines[1].contains("-: |"))
    #expect(lines[3].contains("A\\|B"))
    #expect(lines[3].contains("第一行<br>第二行"))
    #expect(!out.contains("text"))
  }

  /// A small RFC 4180 reader, to check the writer against the format rather than itself.
  private func parseCSV(_ s: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var chars = Array(s.unicodeScalars)[...]
    while let c = chars.popFirst() {
      if quoted {
        if c == "\"" {
          if chars.first == "\"" {
            field.unicodeScalars.append("\""); chars.removeFirst()
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        record.append(field); field = ""
      } else if c == "\n" {
        record.append(field); field = ""
        records.append(record); record = []
      } else {
        field.unicodeScalars.append(c)
      }
    }
    return records
  }
}

/// `.precision N`: tables round non-whole numbers (4 decimals by default), csv and json keep
/// every digit. Made-up values.
@Suite("Precision")
struct PrecisionTests {
  static let table = Table(
    schema: Schema([Column("x", .double)]), rows: [[3.14159265], [6.05], [2024], [nil]])

  @Test func tablesRoundCsvKeepsEverything() {
    let t = TableRenderer.render(Self.table, options: RenderOptions(mode: .table))
    #expect(t.contains("3.1416\n") && t.contains("6.05\n") && t.contains("2024\n"), "\(t)")
    #expect(!t.contains("3.14159"))
    let two = TableRenderer.render(Self.table, options: RenderOptions(mode: .box, precision: 2))
    #expect(two.contains("3.14 ") && two.contains("6.05 "), "\(two)")
    let csv = TableRenderer.render(Self.table, options: RenderOptions(mode: .csv, precision: 2))
    #expect(csv == "x\n3.14159265\n6.05\n2024\n\n")
    let json = TableRenderer.render(Self.table, options: RenderOptions(mode: .jsonl))
    #expect(json.contains("3.14159265"))
  }

  @Test func theDotCommand() throws {
    let r = try Baogao.run([
      "-c", ".precision 1; reports | count | select count + 3.14159 as x; .mode csv; reports | count | select count + 3.14159 as x; .precision 99",
    ])
    #expect(r.stdout.contains("3.1\n"), "\(r.stdout)")
    #expect(r.stdout.contains("x\n3.14159\n"), "\(r.stdout)")
    #expect(r.stderr.contains(".precision takes a number of decimals from 0 to 15"))
  }
}
