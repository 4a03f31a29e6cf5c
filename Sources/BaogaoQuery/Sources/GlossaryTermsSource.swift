import BaogaoCore

/// `terms`: the glossary entries of the reports (`①“1310”具体部署：…`), with the offsets where
/// each term is used. (`terms top K` with arguments is the word-frequency `TermsSource`.)
public struct GlossaryTermsSource: Source {
  public init() {}

  public var name: String { "terms" }
  public var summary: String {
    "glossary terms from notes sections and ①② markers: report_id, term, definition, marker, uses"
  }

  public var schema: Schema {
    Schema(
      [
        Column("report_id", .string)
      ] + ReportContext.columns + [
        Column("term", .string),
        Column("definition", .string),
        Column("marker", .string, help: "the footnote marker: ①, 1"),
        Column("uses", .list, help: "offsets in the text where the term is used"),
      ])
  }

  public func table(in context: SourceContext) throws -> Table {
    let terms = context.analysis.terms(of: context.corpus.reports)
    let reports = ReportContext.byID(context.corpus.reports)
    let rows: [[Value]] = terms.joined().map { t in
      [.string(t.reportID)] + ReportContext.values(id: t.reportID, in: reports) + [
        .string(t.term), .string(t.definition), Value(t.marker),
        .list(t.usedAt.map(Value.int)),
      ]
    }
    return Table(schema: schema, rows: rows)
  }
}
