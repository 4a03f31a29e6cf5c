import GRDB

/// The store's tables, built by numbered migrations. `PRAGMA user_version` holds the schema
/// version (GRDB's own record of applied migrations is the `grdb_migrations` table), so a reader
/// with only `sqlite3` can tell which layout a file has.
///
/// Columns carry the same names as the shell's sources (`reports`, `indicators`, `sections` …),
/// except that character offsets are `char_start`/`char_end` (`end` is an SQL keyword).
/// Every stored value is written in full, so reopening rebuilds the same in-memory reports,
/// structures and facts without cleaning, structuring or extracting again.
enum StoreSchema {
  /// The version a store is migrated to when opened.
  static let version = 7

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1", migrate: v1)
    migrator.registerMigration("v2", migrate: v2)
    migrator.registerMigration("v3", migrate: v3)
    migrator.registerMigration("v4", migrate: v4)
    // v4 (the write path indexes sentences, no insert trigger) and v5 were written at once on
    // two branches: a store that had v5 first gets v4 after it, and `ReportStore` then sets
    // `user_version` to this build's.
    migrator.registerMigration("v5", migrate: v5)
    migrator.registerMigration("v6", migrate: v6)
    migrator.registerMigration("v7", migrate: v7)
    return migrator
  }

  /// Version 1: files, reports and their diagnostics.
  static func v1(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE files (
          id INTEGER PRIMARY KEY,
          path TEXT NOT NULL UNIQUE,
          shown_as TEXT NOT NULL,
          hash TEXT NOT NULL,
          size INTEGER NOT NULL,
          loaded_at TEXT NOT NULL
        );
        CREATE TABLE reports (
          id TEXT PRIMARY KEY,
          number INTEGER NOT NULL UNIQUE,
          file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
          doc TEXT NOT NULL,
          position INTEGER NOT NULL,
          title TEXT,
          source TEXT,
          region TEXT,
          parent TEXT,
          adcode TEXT,
          level TEXT,
          year INTEGER,
          congress_session TEXT,
          date TEXT,
          speaker TEXT,
          speaker_role TEXT,
          script TEXT NOT NULL,
          chars INTEGER NOT NULL,
          text TEXT NOT NULL,
          original TEXT NOT NULL
        );
        CREATE INDEX reports_by_file ON reports(file_id);
        CREATE TABLE diagnostics (
          file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
          report_id TEXT REFERENCES reports(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          severity TEXT NOT NULL,
          kind TEXT NOT NULL,
          message TEXT NOT NULL,
          file TEXT,
          line INTEGER,
          count INTEGER NOT NULL,
          positions TEXT NOT NULL
        );
        CREATE INDEX diagnostics_by_file ON diagnostics(file_id);
        CREATE INDEX diagnostics_by_report ON diagnostics(report_id);
        PRAGMA user_version = 1;
        """)
  }

  /// Version 2: structure and facts beside each report, and `indexed` to say they are there
  /// (reports stored by version 1 have none until the store indexes them on opening).
  static func v2(_ db: Database) throws {
    try db.execute(
      sql: """
        ALTER TABLE reports ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE sections (
          report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          "index" INTEGER NOT NULL,
          heading TEXT NOT NULL,
          depth INTEGER NOT NULL,
          parent INTEGER,
          kind TEXT NOT NULL,
          char_start INTEGER NOT NULL,
          char_end INTEGER NOT NULL,
          heading_end INTEGER NOT NULL,
          PRIMARY KEY (report_id, "index")
        );
        CREATE TABLE sentences (
          id TEXT PRIMARY KEY,
          report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          "index" INTEGER NOT NULL,
          section INTEGER,
          char_start INTEGER NOT NULL,
          char_end INTEGER NOT NULL,
          text TEXT NOT NULL
        );
        CREATE INDEX sentences_by_report ON sentences(report_id);
        CREATE TABLE terms (
          report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          term TEXT NOT NULL,
          definition TEXT NOT NULL,
          marker TEXT,
          used_at TEXT NOT NULL,
          PRIMARY KEY (report_id, ord)
        );
        CREATE TABLE facts (
          id TEXT PRIMARY KEY,
          report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
          ord INTEGER NOT NULL,
          doc TEXT NOT NULL,
          report INTEGER NOT NULL,
          region TEXT,
          level TEXT,
          year INTEGER,
          section TEXT,
          metric TEXT NOT NULL,
          metric_text TEXT NOT NULL,
          kind TEXT NOT NULL,
          period TEXT,
          value REAL,
          unit TEXT,
          value_base REAL,
          base_unit TEXT,
          growth REAL,
          growth_high REAL,
          qualifier TEXT,
          strength TEXT,
          rank INTEGER,
          rank_scope TEXT,
          masked INTEGER NOT NULL,
          estimated INTEGER NOT NULL,
          sentence_id TEXT NOT NULL,
          char_start INTEGER NOT NULL,
          char_end INTEGER NOT NULL,
          sentence TEXT NOT NULL
        );
        CREATE INDEX facts_by_report ON facts(report_id, ord);
        CREATE INDEX facts_by_metric ON facts(metric, kind);
        PRAGMA user_version = 2;
        """)
  }

  /// The key of a sentence in `sentences_fts`: the report's number times 2^20 plus the
  /// sentence's index (`r12.s5` → 12 × 1048576 + 5). A computed key rather than `rowid`, which
  /// `VACUUM` may renumber.
  static func sentenceKey(_ row: String) -> String {
    #"CAST(substr(\#(row).report_id, 2) AS INTEGER) * 1048576 + \#(row)."index""#
  }
  static let sentenceKeyStride = 1 << 20

  /// Version 3: `sentences_fts`, a contentless FTS5 index of sentence text with the trigram
  /// tokenizer (Chinese needs no word segmentation), so `search` for a literal of three or more
  /// characters reads the index rather than every sentence. Triggers take deleted and updated
  /// sentences out of it; new sentences are put in by the write path, a report at a time
  /// (`ReportStore.writeIndex`; see version 4).
  /// An SQLite built without FTS5 or the trigram tokenizer (before 3.34) gets no index, and
  /// `search` scans as before.
  static func v3(_ db: Database) throws {
    do {
      try db.execute(
        sql: "CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='', tokenize='trigram')")
    } catch {
      try db.execute(sql: "PRAGMA user_version = 3")
      return
    }
    let new = sentenceKey("new")
    let old = sentenceKey("old")
    let existing = sentenceKey("sentences")
    try db.execute(
      sql: """
        CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
          INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', \(old), old.text);
        END;
        CREATE TRIGGER sentences_fts_update AFTER UPDATE ON sentences BEGIN
          INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', \(old), old.text);
          INSERT INTO sentences_fts (rowid, text) VALUES (\(new), new.text);
        END;
        INSERT INTO sentences_fts (rowid, text) SELECT \(existing), text FROM sentences;
        PRAGMA user_version = 3;
        """)
  }

  /// Version 4: no insert trigger. The trigger indexed each sentence in a statement of its own
  /// (FTS5 writes its pending terms out at each statement's savepoint), which made the index
  /// cost 1.6 times what one `INSERT … SELECT` per report costs (replaying a 50 MB load's rows:
  /// 31 s of CPU against 19 s). The write path now indexes each report's sentences that way, in
  /// the file's transaction, so a file is still committed whole with its index.
  static func v4(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP TRIGGER IF EXISTS sentences_fts_insert;
        PRAGMA user_version = 4;
        """)
  }

  /// Indexes the sentences of one report (`?`, its id) in `sentences_fts`.
  static let indexReportSentences = """
    INSERT INTO sentences_fts (rowid, text)
    SELECT \(sentenceKey("sentences")), text FROM sentences WHERE report_id = ?
    """

  /// Version 5: `reports_metadata`, an index holding every column of `reports` but the texts,
  /// in load order. Reopening reads the reports' metadata from its few pages instead of a page
  /// of each report's row (a row holds the start of its texts): a fifth of opening a large
  /// store.
  static func v5(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE INDEX IF NOT EXISTS reports_metadata ON reports(\(StoredRows.reportMetadataIndexColumns));
        PRAGMA user_version = 5;
        """)
  }

  /// How many segments (one per committed file, a report's sentences being its file's) the
  /// sentence index gathers before FTS5 merges them into one: its 'crisismerge' setting.
  static let indexSegmentsPerMerge = 64

  /// The 'crisismerge' setting from version 7 on: how many segments the newest level of the
  /// sentence index gathers (a segment per committed file) before FTS5 merges them into one,
  /// and how many files a load commits between two merges of its own
  /// (`StoreIngest.filesPerMerge`). Well under FTS5's limit of 2,000 segments in all, so a
  /// load stopped before its merge still leaves room for the next.
  static let indexSegmentsPerLoadMerge = 1_900

  /// Version 6: the sentence index merges its segments when baogao asks, not after every commit.
  /// FTS5 writes a segment per transaction, and by default ('automerge' 4) merges every four
  /// segments of a level into one of the next: each sentence's entries were written again at
  /// every level, about five times on a 1,000-file load. With 'automerge' off, the newest
  /// segments are merged only when 64 have gathered ('crisismerge'), and a load ends by merging
  /// the rest (`ReportStore.mergeIndex`), so search reads a few segments as before. A 50 MB
  /// load: 26–27 s of CPU against 35–38 s. The settings live in the index's own config table,
  /// so any writer of the file (a `.reindex`, `sqlite3`) follows them.
  static func v6(_ db: Database) throws {
    if try db.tableExists("sentences_fts") {
      try db.execute(
        sql: """
          INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 0);
          INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('crisismerge', \(indexSegmentsPerMerge));
          """)
    }
    try db.execute(sql: "PRAGMA user_version = 6")
  }

  /// Version 7: the sentence index built again, keeping case (`case_sensitive 1`) and no
  /// per-sentence token counts (`columnsize=0`). Folding each character's case and writing a
  /// row of `sentences_fts_docsize` per sentence were a sixth of the index's CPU, and nothing
  /// reads them: no query ranks (`bm25` needs the counts), and only literals without a letter
  /// with case are answered from the index alone (`ReportStore.exactPhrase`), for which both
  /// layouts find the same sentences; other literals' candidates are matched against the text,
  /// and a case-keeping index finds every sentence holding the literal as written, which is
  /// what `search` matches. Replaying a 50 MB load's index (a transaction per file, with the
  /// load's merges): 9.0–9.7 s of CPU against 11.1–11.4 s.
  ///
  /// Its segments are merged once per load rather than every 64 files: a merge writes every
  /// entry of the segments it merges again, and with 64 (version 6) a load's entries were
  /// written three times (the commit, the merge of 64, the load's closing merge) where now
  /// they are written twice. A load of up to 1,900 files ends with one new segment; search
  /// reads a few (a level is merged once it holds four). A whole load of 10 MB (206 files):
  /// 34.1 G instructions against 36.8 G; 1,039 unmerged segments answer a search in 40 ms.
  /// The cost is room on disk: the closing merge frees the merged segments' pages only once
  /// it is done, so the file keeps them free for later loads (a 50 MB load's store: 426 MB,
  /// 113 MB of it free, against 350 MB, 36 MB free, merging every 64 files).
  /// The store's sentences are indexed anew and merged into one segment.
  static func v7(_ db: Database) throws {
    guard try db.tableExists("sentences_fts") else {
      try db.execute(sql: "PRAGMA user_version = 7")
      return
    }
    try db.execute(
      sql: """
        DROP TABLE sentences_fts;
        CREATE VIRTUAL TABLE sentences_fts USING fts5(
          text, content='', tokenize='trigram case_sensitive 1', columnsize=0);
        INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 0);
        INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('crisismerge', \(indexSegmentsPerLoadMerge));
        INSERT INTO sentences_fts (rowid, text) SELECT \(sentenceKey("sentences")), text FROM sentences;
        INSERT INTO sentences_fts (sentences_fts) VALUES ('optimize');
        PRAGMA user_version = 7;
        """)
  }

  /// One step of merging the sentence index's segments: up to this many pages of work. A
  /// level is merged once it holds four segments (FTS5's 'usermerge').
  static let mergeIndexStep = """
    INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('merge', 4096)
    """
}
