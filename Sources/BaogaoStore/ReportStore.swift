import BaogaoCore
import Foundation
import GRDB

/// A corpus kept in an SQLite file: each loaded file's reports, their diagnostics, structure and
/// facts, written one file per transaction in WAL mode, so a load stopped by Ctrl-C or `kill -9`
/// leaves every file committed before it and nothing half-written.
///
/// Its tables are documented in README ("The store") and read as they are by `sqlite3`, DuckDB,
/// pandas or R.
public final class ReportStore: Sendable {
  /// The database file as opened.
  public let path: String
  private let pool: DatabasePool

  /// Opens the store at `path`, creating it when missing, and migrates it to the current schema.
  public init(path: String) throws(StoreError) {
    self.path = path
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.label = "baogao store"
    // In WAL mode NORMAL keeps every committed file through Ctrl-C, `kill -9` or a crash of
    // the process (only a power loss may drop the last commits, never half of one), and spares
    // a sync per file.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
    do {
      // A pool is always in WAL mode: readers never wait for a loading writer.
      pool = try DatabasePool(path: path, configuration: configuration)
      try StoreSchema.migrator.migrate(pool)
    } catch {
      throw .cannotOpen(path: path, reason: Self.describe(error))
    }
  }

  /// The schema version this build writes (also in the file's `PRAGMA user_version`).
  public static var schemaVersion: Int { StoreSchema.version }

  /// True when the file starts with SQLite's header: `baogao FILE.db` opens it as a store.
  public static func isDatabase(atPath path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let header = (try? handle.read(upToCount: 16)) ?? Data()
    return header == Data("SQLite format 3\0".utf8)
  }

  /// The schema version the file is at (`PRAGMA user_version`).
  public func version() throws(StoreError) -> Int {
    try reading { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
  }

  // MARK: Reading

  /// Everything stored, in load order: what a session shows after reopening.
  public func corpus() throws(StoreError) -> StoredCorpus {
    try reading { db in
      var stored = StoredCorpus()
      var reportDiagnostics: [String: [Diagnostic]] = [:]
      let diagnostics = try Row.fetchCursor(
        db, sql: "SELECT * FROM diagnostics ORDER BY file_id, ord")
      while let row = try diagnostics.next() {
        let d = StoredRows.diagnostic(row)
        if let id = d.reportID {
          reportDiagnostics[id, default: []].append(d)
        } else {
          stored.fileDiagnostics.append(d)
        }
      }
      let sections = try Self.byReport(
        db, #"SELECT * FROM sections ORDER BY report_id, "index""#, StoredRows.section, \.reportID)
      let sentences = try Self.byReport(
        db, #"SELECT * FROM sentences ORDER BY report_id, "index""#, StoredRows.sentence, \.reportID)
      let terms = try Self.byReport(
        db, "SELECT * FROM terms ORDER BY report_id, ord", StoredRows.term, \.reportID)
      let facts = try Self.byReport(
        db, "SELECT * FROM facts ORDER BY report_id, ord", StoredRows.fact, \.reportID)
      let reports = try Row.fetchCursor(db, sql: "SELECT * FROM reports ORDER BY number")
      while let row = try reports.next() {
        var report = StoredRows.report(row)
        report.diagnostics = reportDiagnostics[report.id] ?? []
        stored.reports.append(report)
        let indexed: Bool = row["indexed"]
        if indexed {
          stored.analyses[report.id] = StoredCorpus.Analysis(
            structure: ReportStructure(
              sections: sections[report.id] ?? [], sentences: sentences[report.id] ?? [],
              terms: terms[report.id] ?? []),
            indicators: facts[report.id] ?? [])
        }
      }
      stored.fileCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0
      return stored
    }
  }

  /// The rows of `sql`, decoded, in order, grouped by the report they belong to.
  private static func byReport<T>(
    _ db: Database, _ sql: String, _ decode: (Row) -> T, _ report: KeyPath<T, String>
  ) throws -> [String: [T]] {
    var grouped: [String: [T]] = [:]
    let rows = try Row.fetchCursor(db, sql: sql)
    while let row = try rows.next() {
      let value = decode(row)
      grouped[value[keyPath: report], default: []].append(value)
    }
    return grouped
  }

  /// What the store knows of a file on disk, by its absolute path.
  public func file(atPath path: String) throws(StoreError) -> StoredFile? {
    try reading { db in
      try Row.fetchOne(db, sql: "SELECT * FROM files WHERE path = ?", arguments: [path]).map {
        row in
        StoredFile(
          path: row["path"], hash: row["hash"], size: row["size"], loadedAt: row["loaded_at"],
          reportIDs: try String.fetchAll(
            db, sql: "SELECT id FROM reports WHERE file_id = ? ORDER BY number",
            arguments: [row["id"] as Int64]))
      }
    }
  }

  /// The sentences that may contain `literal`, from the trigram index: nil when the store has
  /// no index or the literal is shorter than a trigram (three characters). A superset (the
  /// index folds case), so a caller still matches each sentence.
  public func sentences(containing literal: String) throws(StoreError) -> SentenceMatches? {
    guard literal.unicodeScalars.count >= 3 else { return nil }
    return try reading { db in
      guard try db.tableExists("sentences_fts") else { return nil }
      var matches = SentenceMatches()
      matches.covered = Set(try String.fetchAll(db, sql: "SELECT id FROM reports WHERE indexed = 1"))
      // One FTS5 phrase: the literal's trigrams in a row.
      let phrase = "\"" + literal.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      let keys = try Int64.fetchCursor(
        db, sql: "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?", arguments: [phrase])
      let stride = Int64(StoreSchema.sentenceKeyStride)
      while let key = try keys.next() {
        let report = "r\(key / stride)"
        matches.sentences[report, default: []].insert("\(report).s\(key % stride)")
      }
      return matches
    }
  }

  // MARK: Writing

  /// Writes one file's reports, structure and facts in one transaction, replacing what the store
  /// held for the same path (a changed file's reports go with it).
  public func replace(_ file: IngestedFile) throws(StoreError) {
    try writing { db in
      try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [file.path])
      try db.execute(
        sql: "INSERT INTO files (path, shown_as, hash, size, loaded_at) VALUES (?, ?, ?, ?, ?)",
        arguments: [file.path, file.shownAs, file.hash, file.size, Self.now()])
      let fileID = db.lastInsertedRowID
      for (i, d) in file.diagnostics.enumerated() {
        try StoredRows.insert(d, ord: i, fileID: fileID, reportID: nil, in: db)
      }
      for entry in file.reports {
        let report = entry.report
        let number = Int(report.id.dropFirst()) ?? 0
        try StoredRows.insert(report, number: number, fileID: fileID, in: db)
        for (i, d) in report.diagnostics.enumerated() {
          try StoredRows.insert(d, ord: i, fileID: fileID, reportID: report.id, in: db)
        }
        try Self.writeIndex(entry.structure, entry.indicators, of: report.id, in: db)
      }
    }
  }

  /// Replaces the structure and facts of stored reports (`.reindex`, or reports a version-1
  /// store held without them), one transaction for all.
  public func reindex(_ entries: [IngestedFile.Entry]) throws(StoreError) {
    try writing { db in
      for entry in entries {
        let id = entry.report.id
        for table in ["sections", "sentences", "terms", "facts"] {
          try db.execute(sql: "DELETE FROM \(table) WHERE report_id = ?", arguments: [id])
        }
        try Self.writeIndex(entry.structure, entry.indicators, of: id, in: db)
      }
    }
  }

  private static func writeIndex(
    _ structure: ReportStructure, _ indicators: [Indicator], of id: String, in db: Database
  ) throws {
    try StoredRows.insert(structure, of: id, in: db)
    try StoredRows.insert(indicators, in: db)
    try db.execute(sql: "UPDATE reports SET indexed = 1 WHERE id = ?", arguments: [id])
  }

  // MARK: Plumbing

  private func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do { return try pool.read(body) } catch {
      throw .failed(path: path, reason: Self.describe(error))
    }
  }

  private func writing(_ body: (Database) throws -> Void) throws(StoreError) {
    do { try pool.write(body) } catch {
      throw .failed(path: path, reason: Self.describe(error))
    }
  }

  private static func describe(_ error: any Error) -> String {
    if let error = error as? DatabaseError { return error.message ?? "\(error)" }
    return "\(error)"
  }

  /// The time now, `2026-12-06T22:30:00Z`. Through swift-foundation's `ISO8601FormatStyle`, not
  /// `ISO8601DateFormatter`: on Linux its lazily created CFDateFormatter can free memory it does not
  /// own (swift-corelibs-foundation #5533, open), and loads into stores run on many threads.
  private static func now() -> String {
    Date().formatted(.iso8601)
  }
}

/// What the sentence index found for a literal.
public struct SentenceMatches: Sendable, Equatable {
  /// The reports the index covers (every indexed report in the store).
  public var covered: Set<String> = []
  /// Ids of the sentences that may hold the literal, by report id.
  public var sentences: [String: Set<String>] = [:]

  public init() {}
}

/// A file as the store records it.
public struct StoredFile: Sendable, Equatable {
  /// Absolute path on disk: the key a later `load` of the same file finds.
  public var path: String
  public var hash: String
  public var size: Int
  /// ISO 8601 time of the load that stored it.
  public var loadedAt: String
  /// Ids of its reports in the store, in load order.
  public var reportIDs: [String]
}

/// One file's worth of work for `ReportStore.replace`: its reports with their ids, each with
/// its structure and facts, and the file's own diagnostics.
public struct IngestedFile: Sendable {
  public struct Entry: Sendable {
    public var report: Report
    public var structure: ReportStructure
    public var indicators: [Indicator]

    public init(report: Report, structure: ReportStructure, indicators: [Indicator]) {
      self.report = report
      self.structure = structure
      self.indicators = indicators
    }
  }

  public var path: String
  public var shownAs: String
  public var hash: String
  public var size: Int
  public var reports: [Entry]
  public var diagnostics: [Diagnostic]

  public init(
    path: String, shownAs: String, hash: String, size: Int, reports: [Entry],
    diagnostics: [Diagnostic]
  ) {
    self.path = path
    self.shownAs = shownAs
    self.hash = hash
    self.size = size
    self.reports = reports
    self.diagnostics = diagnostics
  }
}

/// What reopening a store gives a session.
public struct StoredCorpus: Sendable {
  public struct Analysis: Sendable {
    public var structure: ReportStructure
    public var indicators: [Indicator]
  }

  /// In load order, with their ids and diagnostics.
  public var reports: [Report] = []
  /// Structure and facts by report id; a report missing here (stored by schema version 1) has
  /// not been indexed yet.
  public var analyses: [String: Analysis] = [:]
  /// Diagnostics of files rather than reports (skipped rows, unreadable entries).
  public var fileDiagnostics: [Diagnostic] = []
  public var fileCount = 0
}

/// Why the store could not be opened or written.
public enum StoreError: Error, Sendable, Equatable, LocalizedError {
  case cannotOpen(path: String, reason: String)
  case failed(path: String, reason: String)

  public var errorDescription: String? {
    switch self {
    case .cannotOpen(let path, let reason): "cannot open the store '\(path)': \(reason)"
    case .failed(let path, let reason): "the store '\(path)': \(reason)"
    }
  }
}
