import BaogaoCore
import Testing

@testable import BaogaoQuery

/// `sections`, `sentences` and `terms` over a made-up report.
@Suite struct StructureSourcesTests {
  static let text = """
    一、2023年工作回顾
    （一）经济稳中向好
    推进“百千万工程”①取得成效。全年增长5%。
    二、2024年工作安排
    稳字当头。
    注释
    ①“百千万工程”：百县千镇万村高质量发展工程。
    """

  static func context() -> SourceContext {
    var corpus = Corpus()
    corpus.add(
      Report(
        doc: "made-up.txt", region: "甲市", adcode: "990100", level: .city, year: 2024, text: text))
    return SourceContext(corpus: corpus, analysis: CorpusAnalysis())
  }

  @Test func sectionsRows() throws {
    let table = try SectionsSource().table(in: Self.context())
    #expect(
      table.schema.names == [
        "report_id", "region", "level", "year", "adcode", "index", "heading", "depth", "parent",
        "kind", "start", "end",
      ])
    let rows = table.records
    // Every row carries the report's context, so by-level analysis needs no join.
    #expect(
      rows.allSatisfy { $0["level"] == "city" && $0["year"] == 2024 && $0["adcode"] == "990100" })
    #expect(rows.map { $0["heading"] } == ["一、2023年工作回顾", "（一）经济稳中向好", "二、2024年工作安排", "注释"])
    #expect(rows.map { $0["kind"] } == ["review", "review", "tasks", "notes"])
    #expect(rows.map { $0["depth"] } == [1, 2, 1, 1])
    #expect(rows[1]["parent"] == 0)
    #expect(rows[0]["parent"] == .null)
  }

  @Test func sentencesRows() throws {
    let table = try SentencesSource().table(in: Self.context())
    #expect(
      table.schema.names == [
        "id", "report_id", "region", "level", "year", "adcode", "section", "index", "start", "end",
        "text",
      ])
    let row = try #require(table.records.first { $0["text"] == "全年增长5%。" })
    #expect(row["region"] == "甲市")
    #expect(row["level"] == "city")
    #expect(row["year"] == 2024)
    #expect(row["adcode"] == "990100")
    #expect(row["section"] == 1)
    #expect(row["report_id"] == "r1")
    #expect(row["id"] == "r1.s4")
  }

  @Test("search rows carry the report's region, level, year and adcode")
  func searchRows() throws {
    let context = Self.context()
    let search = try SearchSource().bind([Token(.string("增长"), 0..<4)], in: context)
    let table = try search.table(in: context)
    #expect(
      Array(table.schema.names.prefix(5)) == ["report_id", "region", "level", "year", "adcode"])
    let row = try #require(table.records.first)
    #expect(row["context"] == "全年«增长»5%。")
    #expect(row["region"] == "甲市")
    #expect(row["level"] == "city")
    #expect(row["year"] == 2024)
    #expect(row["adcode"] == "990100")
    // A code for joins: shown in table mode only when selected.
    #expect(table.schema["adcode"]?.hiddenByDefault == true)
    #expect(table.schema["level"]?.hiddenByDefault == false)
  }

  @Test func termsRows() throws {
    let table = try GlossaryTermsSource().table(in: Self.context())
    #expect(
      table.schema.names == [
        "report_id", "region", "level", "year", "adcode", "term", "definition", "marker", "uses",
      ])
    let row = try #require(table.records.first)
    #expect(row["level"] == "city")
    #expect(row["adcode"] == "990100")
    #expect(row["term"] == "百千万工程")
    #expect(row["definition"] == "百县千镇万村高质量发展工程。")
    #expect(row["marker"] == "①")
    let marker = Array(Self.text.unicodeScalars).firstIndex(of: "①")!
    #expect(row["uses"] == .list([.int(marker)]))
  }
}
