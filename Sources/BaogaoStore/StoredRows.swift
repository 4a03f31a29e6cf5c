import BaogaoCore
import Foundation
import GRDB

/// Each in-memory value as a table row and back. Every field is written, so what is read back
/// equals what was written (doubles are SQLite REALs, the same IEEE bits).
enum StoredRows {
  // MARK: Reports

  static func insert(_ r: Report, number: Int, fileID: Int64, in db: Database) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO reports (id, number, file_id, doc, position, title, source, region, parent,
          adcode, level, year, congress_session, date, speaker, speaker_role, script, chars, text,
          original, indexed)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
        """
    ).execute(arguments: [
      r.id, number, fileID, r.doc, r.position, r.title, r.source, r.region, r.parent, r.adcode,
      r.level?.rawValue, r.year, r.congressSession, r.meetingDate, r.speaker, r.speakerRole,
      r.script.rawValue, r.chars, r.text, r.original,
    ])
  }

  /// Every column of `reports` but the texts: what reopening reads.
  static let reportMetadataColumns = """
    id, number, file_id, doc, position, title, source, region, parent, adcode, level, year,
    congress_session, date, speaker, speaker_role, script, chars, indexed
    """

  /// What reopening reads: every report's metadata, in load order.
  static let reportMetadataQuery =
    "SELECT \(reportMetadataColumns) FROM reports ORDER BY number"

  /// The same columns, `number` first: the `reports_metadata` index (schema version 5) that
  /// reopening reads them from, in load order, without touching the table.
  static let reportMetadataIndexColumns = """
    number, id, file_id, doc, position, title, source, region, parent, adcode, level, year,
    congress_session, date, speaker, speaker_role, script, chars, indexed
    """

  /// A report from a row of `reportMetadataColumns`, read by position (reopening reads
  /// thousands): its texts are empty until deferred.
  static func report(_ row: Row) -> Report {
    var r = Report(
      id: row[0], doc: row[3], position: row[4], title: row[5], region: row[7], parent: row[8],
      adcode: row[9], level: (row[10] as String?).flatMap(Level.init(rawValue:)), year: row[11],
      congressSession: row[12], meetingDate: row[13], speaker: row[14], speakerRole: row[15],
      script: Script(rawValue: row[16]) ?? .simplified, text: "", original: nil)
    r.source = row[6]
    return r
  }

  // MARK: Diagnostics

  static func insert(
    _ d: Diagnostic, ord: Int, fileID: Int64, reportID: String?, in db: Database
  ) throws {
    try db.cachedStatement(
      sql: """
        INSERT INTO diagnostics (file_id, report_id, ord, severity, kind, message, file, line,
          count, positions)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      fileID, reportID, ord, d.severity.rawValue, d.kind, d.message, d.file, d.line, d.count,
      json(d.positions),
    ])
  }

  /// The columns `diagnostic` reads, in its order.
  static let diagnosticColumns =
    "report_id, severity, kind, message, file, line, count, positions"

  /// A diagnostic from a row of `diagnosticColumns`.
  static func diagnostic(_ row: Row) -> Diagnostic {
    Diagnostic(
      severity: Diagnostic.Severity(rawValue: row[1]) ?? .note, kind: row[2], message: row[3],
      file: row[4], line: row[5], reportID: row[0], count: row[6], positions: ints(row[7]))
  }

  // MARK: Structure

  static func insert(_ structure: ReportStructure, of reportID: String, in db: Database) throws {
    let section = try db.cachedStatement(
      sql: """
        INSERT INTO sections (report_id, "index", heading, depth, parent, kind, char_start,
          char_end, heading_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for s in structure.sections {
      try section.execute(arguments: [
        s.reportID, s.index, s.heading, s.depth, s.parentIndex, s.kind.rawValue, s.start, s.end,
        s.headingEnd,
      ])
    }
    let sentence = try db.cachedStatement(
      sql: """
        INSERT INTO sentences (id, report_id, "index", section, char_start, char_end, text)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    for s in structure.sentences {
      try sentence.execute(arguments: [
        s.id, s.reportID, s.index, s.sectionIndex, s.start, s.end, s.text,
      ])
    }
    let term = try db.cachedStatement(
      sql: """
        INSERT INTO terms (report_id, ord, term, definition, marker, used_at)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
    for (i, t) in structure.terms.enumerated() {
      try term.execute(arguments: [reportID, i, t.term, t.definition, t.marker, json(t.usedAt)])
    }
  }

  static func section(_ row: Row) -> Section {
    Section(
      reportID: row["report_id"], index: row["index"], heading: row["heading"],
      depth: row["depth"], parentIndex: row["parent"],
      kind: SectionKind(rawValue: row["kind"]) ?? .other, start: row["char_start"],
      end: row["char_end"], headingEnd: row["heading_end"])
  }

  static func sentence(_ row: Row) -> Sentence {
    Sentence(
      id: row["id"], reportID: row["report_id"], index: row["index"],
      sectionIndex: row["section"], start: row["char_start"], end: row["char_end"],
      text: row["text"])
  }

  static func term(_ row: Row) -> GlossaryTerm {
    GlossaryTerm(
      reportID: row["report_id"], term: row["term"], definition: row["definition"],
      marker: row["marker"], usedAt: ints(row["used_at"]))
  }

  // MARK: Facts

  static func insert(_ facts: [Indicator], in db: Database) throws {
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO facts (id, report_id, ord, doc, report, region, level, year, section, metric,
          metric_text, kind, period, value, unit, value_base, base_unit, growth, growth_high,
          qualifier, strength, rank, rank_scope, masked, estimated, sentence_id, char_start,
          char_end, sentence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (i, f) in facts.enumerated() {
      let values: [(any DatabaseValueConvertible)?] = [
        f.id, f.reportID, i, f.doc, f.report, f.region, f.level?.rawValue, f.year, f.section,
        f.metric, f.metricText, f.kind, f.period, f.value, f.unit, f.valueBase, f.baseUnit,
        f.growth, f.growthHigh, f.qualifier, f.strength, f.rank, f.rankScope, f.masked,
        f.estimated, f.sentenceID, f.start, f.end, f.sentence,
      ]
      try statement.execute(arguments: StatementArguments(values))
    }
  }

  /// The columns `fact` reads, in its order: select them (`SELECT \(factColumns) FROM facts`)
  /// so each is read by position, not looked up by name 29 times a row.
  static let factColumns = factColumns(reading: nil)

  /// The columns of `factColumns`, each with what stands for it when it is not read: the value
  /// `fact` decodes as empty (an empty text, 0, false or null).
  static let factColumnList: [(name: String, unread: String)] = [
    ("id", "''"), ("report_id", "''"), ("doc", "''"), ("report", "0"), ("region", "NULL"),
    ("level", "NULL"), ("year", "NULL"), ("section", "NULL"), ("metric", "''"),
    ("metric_text", "''"), ("kind", "''"), ("period", "NULL"), ("value", "NULL"),
    ("unit", "NULL"), ("growth", "NULL"), ("growth_high", "NULL"), ("qualifier", "NULL"),
    ("strength", "NULL"), ("rank", "NULL"), ("rank_scope", "NULL"), ("masked", "0"),
    ("estimated", "0"), ("sentence_id", "''"), ("char_start", "0"), ("char_end", "0"),
    ("sentence", "''"), ("value_base", "NULL"), ("base_unit", "NULL"),
  ]

  /// `factColumns` with the columns not in `needed` (nil: every one) replaced by what stands
  /// for them, so `fact` decodes the rows as it does whole ones; `report_id` is always read.
  static func factColumns(reading needed: Set<String>?) -> String {
    factColumnList.map { column in
      needed == nil || needed!.contains(column.name) || column.name == "report_id"
        ? column.name : "\(column.unread) AS \(column.name)"
    }.joined(separator: ", ")
  }

  /// A fact from a row of `factColumns`.
  static func fact(_ row: Row) -> Indicator {
    var f = Indicator(
      id: row[0], reportID: row[1], doc: row[2], report: row[3], region: row[4],
      level: (row[5] as String?).flatMap(Level.init(rawValue:)), year: row[6], section: row[7],
      metric: row[8], metricText: row[9], kind: row[10], period: row[11], value: row[12],
      unit: row[13], growth: row[14], growthHigh: row[15], qualifier: row[16], strength: row[17],
      rank: row[18], rankScope: row[19], masked: row[20], estimated: row[21],
      sentenceID: row[22], start: row[23], end: row[24], sentence: row[25])
    f.valueBase = row[26]
    f.baseUnit = row[27]
    return f
  }

  // MARK: Lists of offsets

  /// `[12,40]`: a JSON array, which sqlite3's `json_each` and pandas read as they are.
  static func json(_ values: [Int]) -> String {
    "[" + values.map(String.init).joined(separator: ",") + "]"
  }

  /// `[12,40]` (or `[12, 40]`) back to numbers, byte by byte: reopening reads one list per
  /// diagnostic and glossary term.
  static func ints(_ text: String) -> [Int] {
    var out: [Int] = []
    var value = 0
    var negative = false
    var digits = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = value &* 10 &+ Int(byte - UInt8(ascii: "0"))
        digits = true
      case UInt8(ascii: "-"):
        negative = true
      default:
        if digits { out.append(negative ? -value : value) }
        value = 0
        negative = false
        digits = false
      }
    }
    if digits { out.append(negative ? -value : value) }
    return out
  }
}
