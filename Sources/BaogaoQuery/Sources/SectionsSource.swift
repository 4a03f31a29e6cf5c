import BaogaoCore

/// `sections`: the outline of every report, one row per heading.
public struct SectionsSource: Source {
  public init() {}

  public var name: String { "sections" }
  public var summary: String {
    "one row per section heading: report_id, index, heading, depth, parent, kind, start, end"
  }

  public var schema: Schema {
    Schema(
      [
        Column("report_id", .string)
      ] + ReportContext.columns + [
        Column("index", .int, help: "0-based position among the report's sections"),
        Column("heading", .string),
        Column("depth", .int, help: "1 for the top level"),
        Column("parent", .int, help: "index of the enclosing section"),
        Column("kind", .string, help: "review, targets, tasks, government, notes, other"),
        Column("start", .int, help: "offset of the heading in the cleaned text"),
        Column("end", .int, help: "offset just past the section"),
      ])
  }

  public func table(in context: SourceContext) throws -> Table {
    let sections = context.analysis.sections(of: context.corpus.reports)
    let reports = ReportContext.byID(context.corpus.reports)
    var rows: [[Value]] = []
    for s in sections.joined() {
      rows.append(
        [.string(s.reportID)] + ReportContext.values(id: s.reportID, in: reports) + [
          .int(s.index), .string(s.heading), .int(s.depth), Value(s.parentIndex),
          .string(s.kind.rawValue), .int(s.start), .int(s.end),
        ])
    }
    return Table(schema: schema, rows: rows)
  }
}
