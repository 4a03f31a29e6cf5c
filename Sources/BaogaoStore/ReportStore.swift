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
  /// The connection reads go through until the store is first written: one plain connection
  /// to a store already at this build's schema. Nil when the store was opened for writing.
  private let reader: DatabaseQueue?
  /// The pool that writes (and then reads), opened by the first write. Opening a pool writes
  /// to the file (GRDB creates and drops a table so that its readers find a WAL), and closing
  /// it then copies that back and syncs the file: a statement that only reads does neither.
  private let writer: Locked<DatabasePool?>
  private let configuration: Configuration
  /// Whether the store has the sentence index (an SQLite without FTS5 has none).
  private let indexesSentences: Bool
  private let problems = Locked<[String]>([])
  /// Ids of the reports without structure and facts, once `corpus()` has read them; kept up to
  /// date by this store's own writes. Others' writes only add reports this session does not
  /// hold, and those reports come indexed.
  private let unindexed = Locked<Set<String>?>(nil)

  /// Opens the store at `path`, creating it when missing, and migrates it to the current schema.
  /// A store already at the current schema is opened for reading only; it is opened for
  /// writing by the first write.
  public init(path: String) throws(StoreError) {
    self.path = path
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.label = "baogao store"
    // Another connection to the file (a second shell, or one closing and checkpointing its
    // WAL) holds a lock only briefly: wait for it rather than fail the statement.
    configuration.busyMode = .timeout(10)
    // In WAL mode NORMAL keeps every committed file through Ctrl-C, `kill -9` or a crash of
    // the process (only a power loss may drop the last commits, never half of one), and spares
    // a sync per file. The WAL is copied back into the database every 64 MB rather than 4 MB:
    // each copy ran inside a file's commit, holding up the writer, and a page written by many
    // files (the index's) is copied once per checkpoint (a 50 MB load: 30–35 s against 44–47 s).
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384")
    }
    self.configuration = configuration
    do {
      if let reader = try Self.currentStore(at: path, configuration: configuration) {
        self.reader = reader
        writer = Locked(nil)
        indexesSentences = try reader.read { db in try db.tableExists("sentences_fts") }
        return
      }
      reader = nil
      // A pool is always in WAL mode: readers never wait for a loading writer.
      let pool = try DatabasePool(path: path, configuration: configuration)
      writer = Locked(pool)
      try StoreSchema.migrator.migrate(pool)
      indexesSentences = try pool.read { db in try db.tableExists("sentences_fts") }
      // Migrations run in order of registration but each sets its own version; a store that
      // had a later one before an earlier (branches merged) still ends at this build's.
      if try pool.read({ db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 })
        < StoreSchema.version
      {
        try pool.write { db in try db.execute(sql: "PRAGMA user_version = \(StoreSchema.version)") }
      }
    } catch {
      throw .cannotOpen(path: path, reason: Self.describe(error))
    }
  }

  /// One plain connection to the store at `path` when it exists, is in WAL mode and is at this
  /// build's schema (every migration applied, its version this build's or later); else nil,
  /// and the store is opened for writing at once.
  private static func currentStore(at path: String, configuration: Configuration) throws
    -> DatabaseQueue?
  {
    // Not `isDatabase(atPath:)`: closing a descriptor of the file would drop every lock this
    // process's other connections to it hold (POSIX locks are per process), and another
    // process closing the file last would then delete the WAL they still write to.
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    let current = try queue.read { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal"
        && (Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0) >= StoreSchema.version
        && StoreSchema.migrator.hasCompletedMigrations(db)
    }
    return current ? queue : nil
  }

  /// The schema version this build writes (also in the file's `PRAGMA user_version`).
  public static var schemaVersion: Int { StoreSchema.version }

  /// True when the file starts with SQLite's header: `baogao FILE.db` opens it as a store.
  /// Only before the process opens the file: closing the descriptor read here would drop the
  /// locks of any connection to it.
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

  /// What a session holds after reopening, in load order: each report's metadata and
  /// diagnostics. Texts stay in the store: each report reads its cleaned text the first time a
  /// statement asks for it (and keeps it), and its original text each time (without keeping
  /// it). Structure and facts are read by `structures(of:)`, `facts(of:)` and
  /// `sentences(containing:)` when a statement needs them.
  public func corpus() throws(StoreError) -> StoredCorpus {
    try reading { db in
      var stored = StoredCorpus()
      var reportDiagnostics: [String: [Diagnostic]] = [:]
      let diagnostics = try Row.fetchCursor(
        db,
        sql: "SELECT \(StoredRows.diagnosticColumns) FROM diagnostics ORDER BY file_id, ord")
      while let row = try diagnostics.next() {
        let d = StoredRows.diagnostic(row)
        if let id = d.reportID {
          reportDiagnostics[id, default: []].append(d)
        } else {
          stored.fileDiagnostics.append(d)
        }
      }
      let reports = try Row.fetchCursor(
        db, sql: StoredRows.reportMetadataQuery)
      while let row = try reports.next() {
        var report = StoredRows.report(row)
        report.diagnostics = reportDiagnostics[report.id] ?? []
        let id = report.id
        report.deferTexts(
          text: storedText(of: id),
          original: storedOriginal(of: id),
          chars: row[17])
        stored.reports.append(report)
        let indexed: Bool = row[18]
        if !indexed { stored.unindexed.append(id) }
      }
      stored.fileCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0
      unindexed.withLock { $0 = Set(stored.unindexed) }
      return stored
    }
  }

  /// The ids of the stored reports in load order, those without structure and facts (by
  /// schema version 1) apart, and how many files they came from: what opening a store needs
  /// before a statement asks for the reports themselves (`corpus()`). Read from the
  /// `reports_metadata` index, without a report's row.
  public func reportIDs() throws(StoreError) -> StoredReportIDs {
    try reading { db in
      var found = StoredReportIDs()
      let rows = try Row.fetchCursor(db, sql: "SELECT id, indexed FROM reports ORDER BY number")
      while let row = try rows.next() {
        let id: String = row[0]
        found.ids.append(id)
        let indexed: Bool = row[1]
        if !indexed { found.unindexed.append(id) }
      }
      found.fileCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM files") ?? 0
      unindexed.withLock { $0 = Set(found.unindexed) }
      return found
    }
  }

  /// The cleaned text of the stored report `id`, read from the store the first time it is
  /// asked for, then kept.
  public func storedText(of id: String) -> DeferredText {
    DeferredText { [self] in self.text(of: id, column: "text") }
  }

  /// The original text of the stored report `id`, read from the store each time it is asked
  /// for and never kept: what a session holds in its place.
  public func storedOriginal(of id: String) -> DeferredText {
    DeferredText(keep: false) { [self] in self.text(of: id, column: "original") }
  }

  /// One report's `text` or `original`, for its deferred text. A store that cannot be read
  /// any more, or that another session has since removed the report from (its file changed
  /// and loaded again), gives an empty text and says so.
  private func text(of id: String, column: String) -> String {
    let problem: String
    do {
      let text = try reading { db in
        try String.fetchOne(
          db, sql: "SELECT \(column) FROM reports WHERE id = ?", arguments: [id])
      }
      if let text { return text }
      problem = "the store '\(path)' no longer holds \(id) (another session replaced it)"
    } catch {
      problem = "\(error.errorDescription ?? "\(error)") (the \(column) of \(id))"
    }
    problems.withLock { $0.append(problem) }
    return ""
  }

  /// Records a problem met reading the store, shown after the statement that met it.
  public func report(problem: String) {
    problems.withLock { $0.append(problem) }
  }

  /// Problems met reading texts since last asked (a report gone from the store): the session
  /// shows them after the statement that met them.
  public func takeProblems() -> [String] {
    problems.withLock { list in
      defer { list = [] }
      return list
    }
  }

  /// The structures of the reports with these ids, as stored, by id (a report without
  /// sections, sentences or terms has an empty structure).
  public func structures(of ids: [String]) throws(StoreError) -> [String: ReportStructure] {
    try structures(of: ids, pass: .for(ids))
  }

  /// The sections of the reports with these ids, in order, by id (none: no entry).
  public func sections(of ids: [String]) throws(StoreError) -> [String: [Section]] {
    try reading { db in try Self.sections(of: ids, pass: .for(ids), in: db) }
  }

  /// The sentences of the reports with these ids, in order, by id (none: no entry).
  public func sentences(of ids: [String]) throws(StoreError) -> [String: [Sentence]] {
    try reading { db in try Self.sentences(of: ids, pass: .for(ids), in: db) }
  }

  /// The sentences of the reports with these ids, in order, by id, with an empty text unless
  /// `text` is true: `sentences | group level agg count()` reads none.
  public func sentences(of ids: [String], text: Bool) throws(StoreError) -> [String: [Sentence]] {
    try reading { db in try Self.sentences(of: ids, pass: .for(ids), text: text, in: db) }
  }

  /// The glossary terms of the reports with these ids, in order, by id (none: no entry).
  public func terms(of ids: [String]) throws(StoreError) -> [String: [GlossaryTerm]] {
    try reading { db in try Self.terms(of: ids, pass: .for(ids), in: db) }
  }

  /// The facts of the reports with these ids, in extraction order, by id (none: no entry).
  public func facts(of ids: [String]) throws(StoreError) -> [String: [Indicator]] {
    try facts(of: ids, pass: .for(ids))
  }

  /// The facts of the reports with these ids that meet every condition, in extraction order,
  /// by id (none: no entry). Only the `columns` named are read (nil: all): the others hold an
  /// empty value, so `indicators | where metric == "gdp" | group level` reads no sentence.
  /// Conditions on columns the table does not have are left out (the caller still filters).
  public func facts(
    of ids: [String], matching conditions: [StoreCondition], columns: Set<String>?
  ) throws(StoreError) -> [String: [Indicator]] {
    let select = StoredRows.factColumns(reading: columns) + ", ord"
    let (clause, arguments) = StoreCondition.clause(
      conditions, columns: Set(StoredRows.factColumnList.map(\.name)))
    let ord = StoredRows.factColumnList.count
    return try reading { db in
      var grouped: [String: [(ord: Int, fact: Indicator)]] = [:]
      func add(_ rows: RowCursor) throws {
        while let row = try rows.next() {
          let fact = StoredRows.fact(row)
          grouped[fact.reportID, default: []].append((row[ord], fact))
        }
      }
      switch Pass.for(ids) {
      case .whole:
        // In the table's order (or an index's on the conditions), sorted per report after.
        let filtered = clause.isEmpty ? "" : " WHERE \(clause)"
        try add(
          Row.fetchCursor(
            db, sql: "SELECT \(select) FROM facts\(filtered)",
            arguments: StatementArguments(arguments)))
      case .perReport:
        let filtered = clause.isEmpty ? "" : " AND \(clause)"
        let statement = try db.cachedStatement(
          sql: "SELECT \(select) FROM facts WHERE report_id = ?\(filtered)")
        for id in ids {
          try add(
            Row.fetchCursor(
              statement, arguments: StatementArguments([id.databaseValue] + arguments)))
        }
      }
      return grouped.mapValues { list in
        zip(list, list.dropFirst()).allSatisfy({ $0.ord < $1.ord })
          ? list.map(\.fact) : list.sorted { $0.ord < $1.ord }.map(\.fact)
      }
    }
  }

  /// How rows are read: `whole`, one pass over each table (many reports); `perReport`, each
  /// report through the table's report index (a few).
  enum Pass {
    case whole, perReport

    /// Up to 64 reports are read one at a time; more, in one pass.
    static func `for`(_ ids: [String]) -> Pass { ids.count > 64 ? .whole : .perReport }
  }

  func structures(of ids: [String], pass: Pass) throws(StoreError) -> [String: ReportStructure] {
    try reading { db in
      let sections = try Self.sections(of: ids, pass: pass, in: db)
      let sentences = try Self.sentences(of: ids, pass: pass, in: db)
      let terms = try Self.terms(of: ids, pass: pass, in: db)
      var structures: [String: ReportStructure] = [:]
      for id in ids {
        structures[id] = ReportStructure(
          sections: sections[id] ?? [], sentences: sentences[id] ?? [], terms: terms[id] ?? [])
      }
      return structures
    }
  }

  func facts(of ids: [String], pass: Pass) throws(StoreError) -> [String: [Indicator]] {
    try reading { db in
      try Self.rows(
        of: ids, pass: pass, from: "facts", columns: StoredRows.factColumns, order: "ord",
        in: db, StoredRows.fact, \.reportID)
    }
  }

  private static func sections(of ids: [String], pass: Pass, in db: Database) throws
    -> [String: [Section]]
  {
    try rows(
      of: ids, pass: pass, from: "sections", order: #""index""#, in: db, StoredRows.section,
      \.reportID)
  }

  private static func sentences(
    of ids: [String], pass: Pass, text: Bool = true, in db: Database
  ) throws -> [String: [Sentence]] {
    let columns = text ? "*" : #"id, report_id, "index", section, char_start, char_end, '' AS text"#
    guard pass == .whole else {
      return try rows(
        of: ids, pass: pass, from: "sentences", columns: columns, order: #""index""#, in: db,
        StoredRows.sentence, \.reportID)
    }
    // Read whole, the table is read in its own order and each report's sentences sorted after:
    // ordering by (report_id, index) through `sentences_by_report` reads the table's pages out
    // of order and sorts within each report on disk, four times slower.
    var grouped = try rows(
      of: ids, pass: pass, from: "sentences", columns: columns, order: nil, in: db,
      StoredRows.sentence, \.reportID)
    for (id, list) in grouped
    where !zip(list, list.dropFirst()).allSatisfy({ $0.index < $1.index }) {
      grouped[id] = list.sorted { $0.index < $1.index }
    }
    return grouped
  }

  private static func terms(of ids: [String], pass: Pass, in db: Database) throws
    -> [String: [GlossaryTerm]]
  {
    try rows(of: ids, pass: pass, from: "terms", order: "ord", in: db, StoredRows.term, \.reportID)
  }

  /// The rows of `table` that belong to the reports `ids` (and, read whole, of every other
  /// report), decoded, in `order` within each report (nil: the table's order), grouped by
  /// report.
  private static func rows<T>(
    of ids: [String], pass: Pass, from table: String, columns: String = "*", order: String?,
    in db: Database, _ decode: (Row) -> T, _ report: KeyPath<T, String>
  ) throws -> [String: [T]] {
    switch pass {
    case .whole:
      let ordered = order.map { " ORDER BY report_id, \($0)" } ?? ""
      return try byReport(db, "SELECT \(columns) FROM \(table)\(ordered)", decode, report)
    case .perReport:
      let ordered = order.map { " ORDER BY \($0)" } ?? ""
      return try byReport(
        db, "SELECT \(columns) FROM \(table) WHERE report_id = ?\(ordered)", ids, decode,
        report)
    }
  }

  /// The rows of `sql` (one `?`, a report id) for each id, decoded, grouped by report.
  private static func byReport<T>(
    _ db: Database, _ sql: String, _ ids: [String], _ decode: (Row) -> T,
    _ report: KeyPath<T, String>
  ) throws -> [String: [T]] {
    var grouped: [String: [T]] = [:]
    let statement = try db.cachedStatement(sql: sql)
    for id in ids {
      let rows = try Row.fetchCursor(statement, arguments: [id])
      while let row = try rows.next() {
        let value = decode(row)
        grouped[value[keyPath: report], default: []].append(value)
      }
    }
    return grouped
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
    try candidates(containing: literal).map { found in
      var matches = SentenceMatches()
      matches.covered = found.covered
      for (report, list) in found.sentences {
        matches.sentences[report] = Set(list.map(\.sentence.id))
      }
      return matches
    }
  }

  /// The sentences that may contain `literal`, read whole from the store with their section's
  /// kind and heading, by report id, in sentence order: `search` on a reopened store reads
  /// these and no other text. Nil as for `sentences(containing:)`.
  public func candidates(containing literal: String) throws(StoreError) -> SentenceCandidates? {
    guard literal.unicodeScalars.count >= 3 else { return nil }
    return try reading { db in
      guard try db.tableExists("sentences_fts") else { return nil }
      var found = SentenceCandidates()
      found.covered = try coveredReports(in: db)
      // One FTS5 phrase: the literal's trigrams in a row.
      let phrase = "\"" + literal.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      let stride = StoreSchema.sentenceKeyStride
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT s.id, s.report_id, s."index", s.section, s.char_start, s.char_end, s.text,
            sec.kind AS section_kind, sec.heading AS section_heading
          FROM (SELECT rowid AS key FROM sentences_fts WHERE sentences_fts MATCH ?) AS f
          JOIN sentences AS s ON s.id = 'r' || (f.key / \(stride)) || '.s' || (f.key % \(stride))
          LEFT JOIN sections AS sec ON sec.report_id = s.report_id AND sec."index" = s.section
          """, arguments: [phrase])
      while let row = try rows.next() {
        let sentence = StoredRows.sentence(row)
        found.sentences[sentence.reportID, default: []].append(
          SentenceCandidates.Candidate(
            sentence: sentence, sectionKind: row["section_kind"],
            heading: row["section_heading"]))
      }
      for report in found.sentences.keys {
        found.sentences[report]!.sort { $0.sentence.index < $1.sentence.index }
      }
      return found
    }
  }

  /// Exactly the sentences that contain `literal`, from the trigram index alone, without
  /// reading a sentence: by report id, in sentence order, each with its section's kind and
  /// heading when `sections` is true (then joined with `sentences` and `sections`). Nil when the
  /// store has no index, the literal is shorter than a trigram, or it holds a character the
  /// index folds (`GDP` also finds `gdp`): the caller then matches the text.
  ///
  /// A phrase of a literal's trigrams in a row is the literal as a substring, so for a literal
  /// of characters without case the index's test is the scan's.
  public func sentenceKeys(holding literal: String, sections: Bool) throws(StoreError)
    -> SentenceKeys?
  {
    guard let phrase = Self.exactPhrase(literal) else { return nil }
    return try reading { db in
      guard try db.tableExists("sentences_fts") else { return nil }
      var found = SentenceKeys()
      found.covered = try coveredReports(in: db)
      let stride = StoreSchema.sentenceKeyStride
      if sections {
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT s.report_id, s."index", sec.kind, sec.heading
            FROM (SELECT rowid AS key FROM sentences_fts WHERE sentences_fts MATCH ?) AS f
            JOIN sentences AS s ON s.id = 'r' || (f.key / \(stride)) || '.s' || (f.key % \(stride))
            LEFT JOIN sections AS sec ON sec.report_id = s.report_id AND sec."index" = s.section
            """, arguments: [phrase])
        while let row = try rows.next() {
          found.sentences[row[0], default: []].append(
            SentenceKeys.Key(index: row[1], sectionKind: row[2], heading: row[3]))
        }
      } else {
        // The key is the report's number and the sentence's index (`StoreSchema.sentenceKey`):
        // grouped by number, each report's id is written once.
        var byNumber: [Int: [SentenceKeys.Key]] = [:]
        let keys = try Int.fetchCursor(
          db, sql: "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH ?",
          arguments: [phrase])
        while let key = try keys.next() {
          byNumber[key / stride, default: []].append(SentenceKeys.Key(index: key % stride))
        }
        for (number, list) in byNumber { found.sentences["r\(number)"] = list }
      }
      for (report, list) in found.sentences
      where !zip(list, list.dropFirst()).allSatisfy({ $0.index < $1.index }) {
        found.sentences[report] = list.sorted { $0.index < $1.index }
      }
      return found
    }
  }

  /// `literal` as one FTS5 phrase when the trigram index's test for it is exact: three
  /// characters or more, none with case (the index folds case); nil otherwise.
  static func exactPhrase(_ literal: String) -> String? {
    let scalars = literal.unicodeScalars
    guard scalars.count >= 3, !scalars.contains(where: \.properties.changesWhenCaseMapped) else {
      return nil
    }
    return "\"" + literal.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// How many sentences of each report contain `literal`, from the trigram index alone, by
  /// report id (none: no entry), with the reports the index covers: `search "…" | count`.
  /// Counted in SQL from the keys (`StoreSchema.sentenceKey`), without a row per sentence. Nil
  /// as for `sentenceKeys`.
  public func sentenceCounts(holding literal: String) throws(StoreError) -> SentenceCounts? {
    guard let phrase = Self.exactPhrase(literal) else { return nil }
    return try reading { db in
      guard try db.tableExists("sentences_fts") else { return nil }
      var found = SentenceCounts()
      found.covered = try coveredReports(in: db)
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT rowid / \(StoreSchema.sentenceKeyStride), count(*) FROM sentences_fts
          WHERE sentences_fts MATCH ? GROUP BY 1
          """, arguments: [phrase])
      while let row = try rows.next() {
        let number: Int = row[0]
        found.counts["r\(number)"] = row[1]
      }
      return found
    }
  }

  /// The reports the sentence index covers: every stored report but those without structure.
  /// Read through the key's index (a scan of `reports` for `indexed` reads a page per report).
  private func coveredReports(in db: Database) throws -> Set<String> {
    let all = Set(try String.fetchAll(db, sql: "SELECT id FROM reports"))
    let known = unindexed.withLock { $0 }
    let without =
      try known
      ?? Set(try String.fetchAll(db, sql: "SELECT id FROM reports WHERE indexed = 0"))
    return without.isEmpty ? all : all.subtracting(without)
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
        try writeIndex(entry.structure, entry.indicators, of: report.id, in: db)
      }
    }
    markIndexed(file.reports.map(\.report.id))
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
        try writeIndex(entry.structure, entry.indicators, of: id, in: db)
      }
    }
    markIndexed(entries.map(\.report.id))
    try mergeIndex()
  }

  /// Merges the segments the sentence index gathered since the last merge (schema version 6
  /// leaves it to the writer): a load calls it at its end and every `StoreIngest.filesPerMerge`
  /// files, after the files' commits. Steps run until one does no work (FTS5 then changes fewer
  /// than two rows), each in a transaction of its own, so the WAL stays small and a merge
  /// stopped midway keeps the steps done (FTS5 resumes a merge where it stopped). An index with
  /// few segments costs one read of its structure.
  public func mergeIndex() throws(StoreError) {
    guard indexesSentences else { return }
    for _ in 0..<10_000 {
      var worked = false
      try writing { db in
        let before = db.totalChangesCount
        try db.execute(sql: StoreSchema.mergeIndexStep)
        worked = db.totalChangesCount - before >= 2
      }
      if !worked { return }
    }
  }

  /// After a commit: these reports now have structure and facts.
  private func markIndexed(_ ids: [String]) {
    unindexed.withLock { known in
      guard known != nil, !known!.isEmpty else { return }
      known!.subtract(ids)
    }
  }

  private func writeIndex(
    _ structure: ReportStructure, _ indicators: [Indicator], of id: String, in db: Database
  ) throws {
    try StoredRows.insert(structure, of: id, in: db)
    if indexesSentences, !structure.sentences.isEmpty {
      try db.cachedStatement(sql: StoreSchema.indexReportSentences).execute(arguments: [id])
    }
    try StoredRows.insert(indicators, in: db)
    try db.execute(sql: "UPDATE reports SET indexed = 1 WHERE id = ?", arguments: [id])
  }

  // MARK: Plumbing

  /// Reads through the pool once the store has been written, else through the reader.
  private func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do {
      if let pool = writer.withLock({ $0 }) { return try pool.read(body) }
      if let reader { return try reader.read(body) }
      return try pool().read(body)
    } catch {
      throw .failed(path: path, reason: Self.describe(error))
    }
  }

  private func writing(_ body: (Database) throws -> Void) throws(StoreError) {
    do { try pool().write(body) } catch {
      throw .failed(path: path, reason: Self.describe(error))
    }
  }

  /// The pool, opened the first time the store is written.
  private func pool() throws -> DatabasePool {
    try writer.withLock { pool in
      if let pool { return pool }
      let opened = try DatabasePool(path: path, configuration: configuration)
      pool = opened
      return opened
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

/// The sentences the index found for a literal, read from the store.
public struct SentenceCandidates: Sendable {
  public struct Candidate: Sendable {
    public var sentence: Sentence
    /// The kind (`SectionKind`'s raw value) and heading of the sentence's section, if any.
    public var sectionKind: String?
    public var heading: String?
  }

  /// The reports the index covers (every indexed report in the store).
  public var covered: Set<String> = []
  /// The sentences that may hold the literal, by report id, in sentence order.
  public var sentences: [String: [Candidate]] = [:]

  public init() {}
}

/// The sentences the index found for a literal, without their text.
public struct SentenceKeys: Sendable, Equatable {
  public struct Key: Sendable, Equatable {
    /// The sentence's `index` in its report (its id is `r3.s17` for index 17 of `r3`).
    public var index: Int
    /// The kind (`SectionKind`'s raw value) and heading of the sentence's section, when asked for.
    public var sectionKind: String? = nil
    public var heading: String? = nil
  }

  /// The reports the index covers (every indexed report in the store).
  public var covered: Set<String> = []
  /// The sentences that hold the literal, by report id, in sentence order.
  public var sentences: [String: [Key]] = [:]

  public init() {}
}

/// How many sentences of each report the index found for a literal.
public struct SentenceCounts: Sendable, Equatable {
  /// The reports the index covers (every indexed report in the store).
  public var covered: Set<String> = []
  /// By report id; a report without one has none.
  public var counts: [String: Int] = [:]

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

/// The stored reports' ids, for opening a store.
public struct StoredReportIDs: Sendable, Equatable {
  /// In load order.
  public var ids: [String] = []
  /// Ids of reports stored without structure and facts (by schema version 1), to index now.
  public var unindexed: [String] = []
  public var fileCount = 0

  public init() {}
}

/// What reopening a store gives a session.
public struct StoredCorpus: Sendable {
  /// In load order, with their ids and diagnostics; their texts are read from the store when
  /// first asked for.
  public var reports: [Report] = []
  /// Ids of reports stored without structure and facts (by schema version 1), to index now.
  public var unindexed: [String] = []
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

/// A value shared between threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Value

  init(_ value: Value) { self.value = value }

  func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
