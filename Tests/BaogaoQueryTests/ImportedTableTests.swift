import BaogaoCore
import Foundation
import Testing

@testable import BaogaoQuery

@Suite struct ImportedTableTests {
  /// `Fixtures/made-up-covariates.csv` beside this file (made-up numbers, see its README).
  static let fixturePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/made-up-covariates.csv").path

  @Test("numbers are typed as numbers, the rest as text, empty fields as null")
  func typesFromTheFixture() throws {
    let table = try ImportedTable.read(path: Self.fixturePath, shownAs: "made-up-covariates.csv")
    #expect(
      table.schema.names == ["region", "year", "population_10k", "gdp_per_capita", "source_note"])
    #expect(table.schema.columns.map(\.type) == [.string, .int, .int, .double, .string])
    #expect(table.rows.count == 9)
    let byYear = Dictionary(uniqueKeysWithValues: table.records.map { ($0["year"]!, $0) })
    #expect(byYear[2017]?["source_note"] == "made up, with a comma")
    #expect(byYear[2018]?["source_note"] == "made up \"quoted\"")
    // 7 in a column of decimals is the number 7, not the text "7".
    #expect(byYear[2018]?["gdp_per_capita"] == .double(7))
    #expect(byYear[2019]?["gdp_per_capita"] == .null)
    #expect(byYear[2024]?["population_10k"] == .int(100024))
  }

  @Test("a code with a leading zero stays text; a mixed column is text")
  func codesStayText() throws {
    // Made-up rows.
    let table = try ImportedTable.parse(
      "adcode,rank,label\n010100,1,a\n110000,2,3\n", file: "codes.csv")
    #expect(table.schema.columns.map(\.type) == [.string, .int, .string])
    #expect(table.rows[0][0] == "010100")
    #expect(table.rows[1][2] == "3")
  }

  @Test(
    "errors name the file and the line",
    arguments: [
      // Made-up CSV text, each with one mistake.
      ("a,b\n1,2\n3\n", "t.csv:3: 1 field where the header has 2"),
      ("a,b\n1,2\n3,4,5\n", "t.csv:3: 3 fields where the header has 2"),
      // A quoted field with a line break moves the next record's line on.
      ("a,b\n\"x\ny\",2\n3,\"never closed\n4,5\n", "t.csv:4: a quote in this row is never closed"),
      ("a,a\n1,2\n", "t.csv:1: the header names 'a' twice"),
      ("", "t.csv: the file is empty"),
    ])
  func errorsNameFileAndLine(text: String, message: String) {
    #expect(throws: QueryError.self) { try ImportedTable.parse(text, file: "t.csv") }
    do {
      _ = try ImportedTable.parse(text, file: "t.csv")
    } catch {
      #expect(error.message.hasPrefix(message), "\(error.message)")
    }
  }

  @Test("a .tsv is split at tabs; spaces around a number are ignored")
  func tabsAndSpaces() throws {
    // Made-up rows.
    let table = try ImportedTable.parse("region\tyear\tx\n甲市\t 2023\t1.5 \n", file: "t.tsv")
    #expect(table.schema.columns.map(\.type) == [.string, .int, .double])
    #expect(table.rows == [["甲市", 2023, 1.5]])
  }

  @Test("blank lines are skipped but counted; CRLF line ends and a BOM are read")
  func blankLinesAndCRLF() throws {
    let table = try ImportedTable.parse("\u{FEFF}a,b\r\n1,2\r\n\r\n3,4\r\n", file: "t.csv")
    #expect(table.schema.names == ["a", "b"])
    #expect(table.rows == [[1, 2], [3, 4]])
    do {
      _ = try ImportedTable.parse("a,b\n1,2\n\n3\n", file: "t.csv")
      Issue.record("a ragged row must be an error")
    } catch {
      #expect(error.message.hasPrefix("t.csv:4:"), "\(error.message)")
    }
  }

  @Test("the header of a file, for load's choice between a corpus and a table")
  func header() {
    #expect(
      ImportedTable.header(path: Self.fixturePath) == [
        "region", "year", "population_10k", "gdp_per_capita", "source_note",
      ])
    #expect(ImportedTable.header(path: "/nonexistent/x.csv") == nil)
  }

  @Test("an imported panel joins with indicators of the national reports on region and year")
  func joinWithIndicators() throws {
    var corpus = Corpus()
    for report in AnalysisCorpus.national { corpus.restore(report) }
    try #require(corpus.reports.count == AnalysisCorpus.national.count)
    var catalog = Catalog(sources: [IndicatorsSource()])
    catalog.keep(
      try ImportedTable.read(path: Self.fixturePath, shownAs: "covariates.csv"), as: "cov",
      madeFrom: nil)
    let context = QueryContext(sources: SourceContext(corpus: corpus), catalog: catalog)
    let joined = try Fixture.run(
      "indicators | where kind == \"actual\" | join $cov on region, year", context: context)
    #expect(joined.schema.names.suffix(3) == ["population_10k", "gdp_per_capita", "source_note"])
    // Worked out apart from join: the national actuals of the fixture's years.
    let indicators = try Fixture.run("indicators | where kind == \"actual\"", context: context)
    let expected = indicators.records.filter {
      $0["region"] == "中华人民共和国" && (2016...2024).contains(Int($0["year"]?.number ?? 0))
    }
    #expect(expected.count > 50, "the national reports of 2016–2024 state many actuals")
    #expect(joined.rows.count == expected.count)
    for row in joined.records {
      let year = try #require(row["year"]?.number)
      #expect(row["population_10k"] == .int(100000 + Int(year) - 2000))
    }
  }

  @Test("a join key that is a number on one side and text on the other is an error")
  func joinKeyTypes() throws {
    var catalog = Fixture.context.catalog
    catalog.keep(
      try ImportedTable.parse("region,year\n甲市,2020\n", file: "t.csv"), as: "t", madeFrom: nil)
    catalog.keep(
      try ImportedTable.parse("region,year\n甲市,二〇二〇\n", file: "u.csv"), as: "u", madeFrom: nil)
    let context = QueryContext(sources: Fixture.context.sources, catalog: catalog)
    // int year of the fixture meets int year of the CSV: 甲市 2020.
    #expect(try Fixture.run("sample | join $t on region, year", context: context).rows.count == 1)
    #expect(throws: QueryError.self) {
      try Fixture.run("sample | join $u on region, year", context: context)
    }
  }
}
