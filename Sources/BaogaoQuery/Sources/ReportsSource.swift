import BaogaoCore

/// `reports`: one row per loaded report, in load order.
public struct ReportsSource: FilteringSource {
  public init() {}

  public var name: String { "reports" }
  public var summary: String {
    "one row per loaded report: id, doc, report, title, region, level, year, chars …"
  }

  public var schema: Schema {
    Schema([
      Column("id", .string, help: "unique in the session: r1, r2, …"),
      Column("doc", .string, help: "the file as loaded"),
      Column("report", .int, help: "1-based position of the report in its file"),
      Column("title", .string),
      Column("region", .string, help: "the government giving the report"),
      Column("parent", .string, help: "the government above, where stated"),
      Column(
        "adcode", .string, help: "the region's 6-digit administrative division code (GB/T 2260)"),
      Column("level", .string, help: "national, province, city, district, county, town"),
      Column("year", .int, help: "the report's own year"),
      Column("session", .string, help: "the congress meeting, e.g. 第六届人民代表大会第七次会议"),
      Column("date", .string, help: "meeting date, YYYY-MM-DD"),
      Column("speaker", .string),
      Column("role", .string, help: "the speaker's role"),
      Column("script", .string, help: "traditional or simplified, before cleaning"),
      Column("chars", .int, help: "characters of cleaned text"),
      Column("text", .string, hidden: true, help: "cleaned full text (shown when selected)"),
    ])
  }

  /// A store's reports read their text only for the rows the leading `where`s keep, and only
  /// when a stage reads `text` or the rows are shown as they are (`reports | group level agg
  /// count()` reads none).
  public func table(in context: SourceContext, request: SourceRequest) throws -> Table {
    let schema = self.schema
    let withText = request.needs("text")
    var rows: [[Value]] = []
    for r in context.corpus.reports {
      var row: [Value] = [
        .string(r.id), .string(r.doc), .int(r.position), Value(r.title), Value(r.region),
        Value(r.parent), Value(r.adcode), Value(r.level?.rawValue), Value(r.year),
        Value(r.congressSession), Value(r.meetingDate), Value(r.speaker), Value(r.speakerRole),
        .string(r.script.rawValue), .int(r.chars), .string(""),
      ]
      guard request.keeps(row, of: schema, unknown: ["text"]) else { continue }
      if withText { row[row.count - 1] = .string(r.text) }
      rows.append(row)
    }
    return Table(schema: schema, rows: rows)
  }
}
