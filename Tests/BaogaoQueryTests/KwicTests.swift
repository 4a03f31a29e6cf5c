import BaogaoCore
import Testing

@testable import BaogaoQuery

@Suite struct KwicTests {
  @Test func contextsAlignTheKeywords() throws {
    // Made-up report: 改革 at the very start (short left context) and in the middle.
    let report = Report(
      id: "r1", doc: "a", region: "甲市", level: .city, year: 2024, text: "改革开放。全面深化改革，\n推动发展")
    let table = Concordance.table(for: [report], terms: ["改革"], width: 4)
    #expect(
      table.schema.names == [
        "report_id", "region", "level", "year", "adcode", "offset", "left", "keyword", "right",
      ])
    #expect(table.records.allSatisfy { $0["level"] == "city" && $0["year"] == 2024 })
    // Carried for where, group and csv, but left out of table mode so the contexts keep their width.
    #expect(table.schema["level"]?.hiddenByDefault == true)
    #expect(table.schema["adcode"]?.hiddenByDefault == true)
    let rows = table.records
    #expect(rows.count == 2)
    #expect(rows.map { $0["offset"] } == [0, 9])
    #expect(rows.map { $0["left"] } == ["        ", "全面深化"])
    #expect(rows.map { $0["right"] } == ["开放。全", "， 推动"])
    let widths = rows.map { TextWidth.columns($0["left"]!.string!) }
    #expect(Set(widths) == [8])
  }

  @Test func mixedWidthLeftContextsArePaddedToOneWidth() {
    // Made-up text: ASCII digits take one column, ideographs two.
    let report = Report(id: "r1", doc: "a", text: "2024年增长5%，增长。")
    let table = Concordance.table(for: [report], terms: ["增长"], width: 5)
    let lefts = table.column("left")!.map { $0.string! }
    // 2024年 is 4 + 2 = 6 columns; 增长5%， is 2 + 2 + 1 + 1 + 2 = 8.
    #expect(lefts.map(TextWidth.columns) == [8, 8])
    #expect(lefts.map { $0.trimmingPrefixSpaces } == ["2024年", "增长5%，"])
  }

  @Test func everyNationalKeywordIsWhereItSays() throws {
    let reports = AnalysisCorpus.national.filter { ($0.year ?? 0) >= 2023 }
    try #require(reports.count == 3)
    let table = Concordance.table(for: reports, terms: ["新质生产力"], width: 8)
    #expect(!table.rows.isEmpty)
    let byID = Dictionary(
      uniqueKeysWithValues: reports.map { ($0.id, Array($0.text.unicodeScalars)) })
    for row in table.records {
      let scalars = try #require(byID[row["report_id"]!.string!])
      let offset = Int(row["offset"]!.number!)
      #expect(TextUnits.string(scalars, offset..<(offset + 5)) == "新质生产力")
    }
  }
}

@Suite struct TextSearchTests {
  @Test func matchRangesAreScalarOffsets() throws {
    let search = try TextSearch(pattern: #"\d+(\.\d+)?%"#)
    // Made-up text with a character outside the basic plane before the match.
    let matches = try search.matches(in: "𠮷增长5.2%，目标5%左右")
    #expect(matches.map(\.text) == ["5.2%", "5%"])
    #expect(matches.map(\.start) == [3, 10])
    #expect(matches.map(\.end) == [7, 12])
  }

  @Test func badPatternIsAnErrorAtItsPlace() {
    #expect(throws: QueryError("invalid regular expression \"稳(增长\": mismatched paren", at: 7..<12))
    {
      try TextSearch(pattern: "稳(增长", at: 7..<12)
    }
  }
}

extension String {
  fileprivate var trimmingPrefixSpaces: String { String(drop { $0 == " " }) }
}
