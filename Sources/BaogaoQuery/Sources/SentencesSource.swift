import BaogaoCore

/// `sentences`: every sentence of every report, with its section and offsets.
public struct SentencesSource: FilteringSource {
  public init() {}

  public var name: String { "sentences" }
  public var summary: String {
    "one row per sentence: id, report_id, section, index, start, end, text"
  }

  public var schema: Schema {
    Schema(
      [
        Column("id", .string, help: "r3.s17"),
        Column("report_id", .string),
      ] + ReportContext.columns + [
        Column("section", .int, help: "index of the innermost section holding the sentence"),
        Column("index", .int, help: "1-based position in the report"),
        Column("start", .int, help: "offset in the cleaned text"),
        Column("end", .int, help: "offset just past the sentence"),
        Column("text", .string),
      ])
  }

  /// Only the reports a `where report_id …` keeps, and on a store no text unless a stage
  /// reads it.
  public func table(in context: SourceContext, request: SourceRequest) throws -> Table {
    let kept = request.reports(context.corpus.reports, idColumn: "report_id")
    let sentences = context.analysis.sentences(of: kept, request: request)
    let reports = ReportContext.byID(kept)
    var rows: [[Value]] = []
    for s in sentences.joined() {
      rows.append(
        [.string(s.id), .string(s.reportID)] + ReportContext.values(id: s.reportID, in: reports) + [
          Value(s.sectionIndex), .int(s.index), .int(s.start),
          .int(s.end),
          .string(s.text),
        ])
    }
    return Table(schema: schema, rows: rows)
  }
}
