import BaogaoCore
import BaogaoQuery
import BaogaoShell
import BaogaoStore
import Foundation
import Testing

/// A reopened store answers `indicators | where …` in SQL and reads only the columns the stages
/// use (`sentences` and `reports` too: only the reports a `where` on their id keeps, and no text
/// no stage reads); the tables equal those of the unpushed path (every row read whole, then the
/// stages) and of a session in memory: same rows, same order, same types.
@Suite struct PushdownTests {
  static let pipelines = [
    #"indicators | where metric == "gdp" and kind == "target" | group level agg count() as n, mean(growth) as m"#,
    #"indicators | where metric == "gdp" and kind == "target""#,
    #"indicators | where year >= 2019 and growth > 5 | select id, metric, growth, sentence"#,
    #"indicators | where level != "city" | count"#,
    #"indicators | where growth is null and masked == false | group metric agg count()"#,
    #"indicators | where kind in ["target", "plan"] and region != "北京市" | select region, metric, value"#,
    #"indicators | where metric not in ["gdp", "cpi"] | sort growth desc | limit 5 | select id, growth"#,
    #"indicators | where start > 1000 and end < 5000 | select id, start, end"#,
    #"indicators | where 2020 <= year and value == 6 | select id, value, unit"#,
    #"indicators | where section is not null and rank is null | group section, kind agg count()"#,
    #"indicators | where growth_high is not null | top 3 by growth_high | select id, growth_high"#,
    #"indicators | where estimated == true or masked == true | count"#,
    #"indicators | where metric == "gdp" | distinct region | count"#,
    #"indicators | where metric == "不存在" | count"#,
    #"targets | where metric == "gdp" | group region agg mean(growth) as g"#,
    "targets | count",
    #"targets | where kind == "plan" | select id, period"#,
    #"sentences | where report_id == "r3" | select id, text"#,
    "sentences | group level agg count() as n, sum(end - start) as c",
    #"sentences | where report_id in ["r1", "r4"] and index < 5 | select id, section, start, end"#,
    #"sentences | where report_id != "r2" | count"#,
    #"reports | where level == "city" and year >= 2020 | select id, region, chars"#,
    #"reports | where id in ["r2", "r5"] | select id, length(text) as n"#,
  ]

  @Test func seedsGiveTheSameTablesPushedAndNot() throws {
    let seeds = try StoreSupport.seeds.path
    try compare(loading: seeds, minimumFacts: 100)
  }

  /// Two provinces' reports of the lawtext corpus, 2018–2024.
  @Test func aLawtextSliceGivesTheSameTablesPushedAndNot() throws {
    let provinces = try StoreSupport.corpus.appendingPathComponent("lawtext/政府工作报告-省自治区")
    let paths = ["云南省", "吉林省"].map { provinces.appendingPathComponent($0).path }
    try compare(loading: paths.joined(separator: " "), minimumFacts: 300)
  }

  /// The grouped query's request: two conditions and four columns, no sentence.
  @Test func theGroupedQueryAsksForTwoConditionsAndFourColumns() throws {
    let pipeline = try Self.pipeline(Self.pipelines[0])
    let request = SourceRequest(
      stages: pipeline.stages.map(\.stage), over: IndicatorsSource().schema)
    #expect(
      request.filters == [
        ColumnFilter(column: "metric", test: .equal(.string("gdp"))),
        ColumnFilter(column: "kind", test: .equal(.string("target"))),
      ])
    #expect(request.columns == ["metric", "kind", "level", "growth"])
    // Rows shown as they are need every column; a stage after a limit is not a filter.
    let shown = try Self.pipeline(#"indicators | limit 3 | where metric == "gdp""#)
    let whole = SourceRequest(stages: shown.stages.map(\.stage), over: IndicatorsSource().schema)
    #expect(whole.filters.isEmpty)
    #expect(whole.columns == nil)
  }

  /// The store reads only the facts that meet the conditions, and no unread column.
  @Test func theStoreReadsOnlyMatchingFactsAndNamedColumns() throws {
    let (_, folder, session, _) = try StoreSupport.seedStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try #require(session.store)
    let ids = session.corpus.reports.map(\.id)
    let all = try store.facts(of: ids).values.flatMap { $0 }
    let gdp = try store.facts(
      of: ids,
      matching: [
        StoreCondition(column: "metric", op: .equal, literals: [.text("gdp")]),
        StoreCondition(column: "kind", op: .equal, literals: [.text("target")]),
      ], columns: ["metric", "kind", "level", "growth"]
    ).values.flatMap { $0 }
    #expect(!gdp.isEmpty)
    #expect(gdp.count == all.filter { $0.metric == "gdp" && $0.kind == "target" }.count)
    #expect(gdp.allSatisfy { $0.sentence.isEmpty && $0.id.isEmpty && !$0.reportID.isEmpty })
  }

  // MARK: Support

  private func compare(loading paths: String, minimumFacts: Int) throws {
    let folder = try StoreSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("slice.db").path
    let (memory, memoryOut) = StoreSupport.session()
    _ = StoreSupport.run("load \(paths)", in: memory, output: memoryOut)
    let (writer, writerOut) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db); load \(paths)", in: writer, output: writerOut)
    // Two readers, so that the unpushed one's facts, read whole and kept, do not serve the other.
    let (pushed, pushedOut) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db)", in: pushed, output: pushedOut)
    let (whole, wholeOut) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db)", in: whole, output: wholeOut)
    #expect(try Self.factCount(memory) >= minimumFacts)

    for text in Self.pipelines {
      let pipeline = try Self.pipeline(text)
      let fromMemory = try QueryEngine.run(pipeline, in: memory.queryContext)
      let fromStore = try QueryEngine.run(pipeline, in: pushed.queryContext)
      let unpushed = try Self.unpushed(pipeline, in: whole.queryContext)
      #expect(fromStore.schema == unpushed.schema, "\(text)")
      #expect(fromStore.rows == unpushed.rows, "\(text)")
      #expect(fromStore.schema == fromMemory.schema, "\(text)")
      #expect(fromStore.rows == fromMemory.rows, "\(text)")
    }
  }

  private static func factCount(_ session: Session) throws -> Int {
    session.analysis.indicators(of: session.corpus.reports).count
  }

  /// The pipeline run without telling the source anything: every fact, then every stage.
  private static func unpushed(_ pipeline: Pipeline, in context: QueryContext) throws -> Table {
    let source = try context.catalog.resolve(pipeline.source, in: context.sources)
    let filtering = try #require(source as? any FilteringSource)
    var table = try filtering.table(in: context.sources, request: .everything)
    for call in pipeline.stages { table = try call.stage.apply(table, in: context) }
    return table
  }

  private static func pipeline(_ text: String) throws -> Pipeline {
    guard case .pipeline(let p) = try Parser().parse(StatementText(text: text, offset: 0)) else {
      throw QueryError("not a pipeline: \(text)")
    }
    return p
  }
}
