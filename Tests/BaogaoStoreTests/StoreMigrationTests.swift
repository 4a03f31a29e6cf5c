import BaogaoCore
import BaogaoShell
import BaogaoStore
import Foundation
import GRDB
import Testing

/// A store written by schema version 1 (files, reports, diagnostics; no structure or facts)
/// opens, migrates to the current version, and gains its reports' structure and facts.
@Suite struct StoreMigrationTests {
  /// Version 1's tables as that version created them (kept here, not shared with the code, so a
  /// later change to the code's version 1 cannot hide a broken migration).
  static let version1 = """
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations VALUES ('v1');
    CREATE TABLE files (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, shown_as TEXT NOT NULL,
      hash TEXT NOT NULL, size INTEGER NOT NULL, loaded_at TEXT NOT NULL);
    CREATE TABLE reports (id TEXT PRIMARY KEY, number INTEGER NOT NULL UNIQUE,
      file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE, doc TEXT NOT NULL,
      position INTEGER NOT NULL, title TEXT, source TEXT, region TEXT, parent TEXT, adcode TEXT,
      level TEXT, year INTEGER, congress_session TEXT, date TEXT, speaker TEXT, speaker_role TEXT,
      script TEXT NOT NULL, chars INTEGER NOT NULL, text TEXT NOT NULL, original TEXT NOT NULL);
    CREATE INDEX reports_by_file ON reports(file_id);
    CREATE TABLE diagnostics (file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
      report_id TEXT REFERENCES reports(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
      severity TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, file TEXT, line INTEGER,
      count INTEGER NOT NULL, positions TEXT NOT NULL);
    CREATE INDEX diagnostics_by_file ON diagnostics(file_id);
    CREATE INDEX diagnostics_by_report ON diagnostics(report_id);
    PRAGMA user_version = 1;
    """

  @Test func aVersion1StoreMigratesAndGainsStructureAndFacts() throws {
    let file = try StoreSupport.seeds.appendingPathComponent(
      "2024-rongan-county-guangxi-traditional-pinyin.txt"
    ).path
    let folder = try StoreSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("old.db").path

    // The reports as a session reads them, written into version-1 tables by hand.
    let (memory, memoryOut) = StoreSupport.session()
    _ = StoreSupport.run("load \(file)", in: memory, output: memoryOut)
    let reports = memory.corpus.reports
    try #require(!reports.isEmpty)
    let queue = try DatabaseQueue(path: db)
    try queue.write { db in
      try db.execute(sql: Self.version1)
      try db.execute(
        sql: "INSERT INTO files VALUES (1, ?, ?, ?, ?, '2025-01-01T00:00:00Z')",
        arguments: [file, file, ContentHash.ofFile(atPath: file), 0])
      for (n, r) in reports.enumerated() {
        let values: [(any DatabaseValueConvertible)?] = [
          r.id, n + 1, r.doc, r.position, r.title, r.source, r.region, r.parent, r.adcode,
          r.level?.rawValue, r.year, r.congressSession, r.meetingDate, r.speaker, r.speakerRole,
          r.script.rawValue, r.chars, r.text, r.original,
        ]
        try db.execute(
          sql: """
            INSERT INTO reports VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: StatementArguments(values))
        for (i, d) in r.diagnostics.enumerated() {
          try db.execute(
            sql: "INSERT INTO diagnostics VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [
              r.id, i, d.severity.rawValue, d.kind, d.message, d.file, d.line, d.count,
              "[" + d.positions.map(String.init).joined(separator: ",") + "]",
            ])
        }
      }
    }
    try queue.close()

    let (reader, readerOut) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db); .mode csv", in: reader, output: readerOut)
    #expect(
      readerOut.stderr.contains("indexed \(reports.count) stored report"), "\(readerOut.stderr)")
    #expect(try ReportStore(path: db).version() == ReportStore.schemaVersion)
    #expect(try Sqlite.run(db, "select count(*) from reports where indexed = 0") == "0\n")
    let facts = try Sqlite.run(db, "select count(*) from facts")
    let expected = StoreSupport.run(".mode csv; indicators | count", in: memory, output: memoryOut)
    #expect(expected == "count\n\(facts)")
    for statement in ["reports", "diagnostics", "sections", "terms", "indicators"] {
      #expect(
        StoreSupport.run(statement, in: reader, output: readerOut)
          == StoreSupport.run(statement, in: memory, output: memoryOut), "\(statement)")
    }
  }

  /// A store whose migrations are all applied but whose version was left lower (an earlier
  /// migration ran after a later one, as when two branches each added one) opens at this
  /// build's version, with the reports' metadata index.
  @Test func aStoreLeftAtALowerVersionEndsAtThisBuilds() throws {
    let (db, folder, writer, _) = try StoreSupport.seedStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    try withExtendedLifetime(writer) { try Sqlite.run(db, "PRAGMA user_version = 3") }
    #expect(try ReportStore(path: db).version() == ReportStore.schemaVersion)
    #expect(
      try Sqlite.run(db, "SELECT count(*) FROM sqlite_master WHERE name = 'reports_metadata'")
        == "1\n")
  }
}
