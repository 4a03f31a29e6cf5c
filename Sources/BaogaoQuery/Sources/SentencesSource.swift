import BaogaoCore

/// `sentences`: every sentence of every report, with its section and offsets.
public struct SentencesSource: Source {
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

  public func table(in context: SourceContext) throws -> Table {
    let structures = context.analysis.structures(of: context.corpus.reports)
    let reports = ReportContext.byID(context.corpus.reports)
    var rows: [[Value]] = []
    for s in structures.flatMap(\.sentences) {
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
