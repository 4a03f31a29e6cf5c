import BaogaoCore
import BaogaoQuery
import BaogaoShell
import BaogaoStore
import Foundation
import Testing

/// `search` on a store reads the FTS5 trigram index for literals of three or more characters,
/// and gives exactly what the scan of every sentence gives; shorter literals and regexes scan.
@Suite struct SearchIndexTests {
  /// Patterns cut from each report's own sentences (so they are found), of 1 to 8 characters,
  /// plus regexes and text found nowhere.
  static func patterns(from corpus: Corpus, analysis: CorpusAnalysis) -> [String] {
    var out: [String] = []
    for report in corpus.reports {
      let sentences = analysis.structure(of: report).sentences
      guard !sentences.isEmpty else { continue }
      for k in [0, sentences.count / 3, sentences.count / 2, sentences.count - 1] {
        let scalars = Array(sentences[k].text.unicodeScalars)
        for length in [1, 2, 3, 4, 8] where scalars.count >= length {
          let from = (scalars.count - length) / 2
          var s = String.UnicodeScalarView()
          s.append(contentsOf: scalars[from..<from + length])
          out.append(String(s))
        }
      }
    }
    out += [
      "高质量发展", "地区生产总值", "增长", "%", "GDP", "gdp", "绿色|低碳", "稳.{0,4}增长", #"\d+(\.\d+)?%"#,
      "不存在的一段文字", "、、、",
    ]
    return out.filter { TextSearchCheck.compiles($0) }
  }

  @Test func indexedSearchEqualsTheScanOnEverySeedReport() throws {
    let (_, folder, session, _) = try StoreSupport.seedStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try #require(session.store)

    let indexed = session.sourceContext
    #expect(indexed.sentenceIndex != nil)
    var scanned = indexed
    scanned.sentenceIndex = nil
    let patterns = Self.patterns(from: session.corpus, analysis: session.analysis)
    #expect(patterns.count > 100)

    var served = 0
    for pattern in patterns {
      let source = try SearchSource().bind(
        [Token(.string(pattern), 0..<pattern.count)], in: indexed)
      let fromIndex = try source.table(in: indexed)
      let fromScan = try source.table(in: scanned)
      #expect(fromIndex.rows == fromScan.rows, "search \(pattern)")
      let literal = try TextSearch(pattern: pattern).literal
      let matches = try literal.flatMap { try store.sentences(containing: $0) }
      if pattern.unicodeScalars.count < 3 || literal == nil {
        #expect(matches == nil, "\(pattern) is not for the index")
      } else {
        let found = try #require(matches, "\(pattern): the index did not answer")
        served += 1
        // The index's candidates hold every sentence the scan finds.
        let reportColumn = try #require(fromScan.schema.index(of: "report_id"))
        let idColumn = try #require(fromScan.schema.index(of: "sentence_id"))
        for row in fromScan.rows {
          guard case .string(let report) = row[reportColumn], case .string(let id) = row[idColumn]
          else { continue }
          #expect(found.sentences[report]?.contains(id) == true, "\(pattern): \(id) missed")
        }
      }
    }
    #expect(served > 50)
  }

  /// A statement that reads no sentence text (`search "高质量发展" | count`) is answered from the
  /// index's keys alone: its rows equal the scan's on every column it reads, for every pattern
  /// (those the index cannot test exactly, `GDP` or a regex, are matched as before).
  @Test func searchFromTheIndexAloneEqualsTheScanOnEverySeedReport() throws {
    let (_, folder, session, _) = try StoreSupport.seedStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try #require(session.store)
    let indexed = session.sourceContext
    var scanned = indexed
    scanned.sentenceIndex = nil
    let requests: [Set<String>] = [
      [], ["report_id", "sentence_id", "match", "region", "level", "year", "adcode"],
      ["sentence_id", "section", "heading"], ["report_id", "match"], ["report_id", "sentence_id"],
    ]
    var served = 0
    for pattern in Self.patterns(from: session.corpus, analysis: session.analysis) {
      let bound = try SearchSource().bind(
        [Token(.string(pattern), 0..<pattern.count)], in: indexed)
      let source = try #require(bound as? any FilteringSource)
      let scan = try source.table(in: scanned)
      for columns in requests {
        let keyed = try source.table(in: indexed, request: SourceRequest(columns: columns))
        func project(_ t: Table) -> [[Value]] {
          t.rows.map { row in columns.sorted().map { row[t.schema.index(of: $0)!] } }
        }
        #expect(keyed.rows.count == scan.rows.count, "search \(pattern) \(columns)")
        #expect(project(keyed) == project(scan), "search \(pattern) \(columns)")
      }
      if try store.sentenceKeys(holding: pattern, sections: false) != nil { served += 1 }
    }
    #expect(served > 50)
    // A literal with a cased letter is left to the text (an index written before version 7
    // folds case).
    #expect(try store.sentenceKeys(holding: "GDP", sections: false) == nil)
    #expect(try store.sentenceKeys(holding: "地区生产总值", sections: true) != nil)
  }

  /// A store written before the index (version 2) gets it on opening, and it follows changes:
  /// a replaced file's sentences leave the index.
  @Test func theIndexIsBuiltForOlderStoresAndFollowsReplacedFiles() throws {
    let seeds = try StoreSupport.seeds.path
    let (db, folder, writer, _) = try StoreSupport.seedStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = try #require(try writer.store?.sentences(containing: "高质量发展"))
    #expect(!before.sentences.isEmpty)
    // Back to version 2: no index, as an older baogao wrote it.
    try Sqlite.run(
      db,
      """
      DROP TABLE sentences_fts; DROP TRIGGER IF EXISTS sentences_fts_insert;
      DROP TRIGGER IF EXISTS sentences_fts_delete; DROP TRIGGER IF EXISTS sentences_fts_update;
      DROP INDEX IF EXISTS reports_metadata;
      DELETE FROM grdb_migrations WHERE identifier IN ('v3', 'v4', 'v5', 'v6', 'v7');
      PRAGMA user_version = 2;
      """)
    let reopened = try ReportStore(path: db)
    #expect(try reopened.version() == ReportStore.schemaVersion)
    #expect(try reopened.sentences(containing: "高质量发展") == before)

    // A changed file replaces its reports, and their sentences leave the index: for Chinese
    // literals (no case to fold) the index finds exactly the sentences that hold them.
    let fm = FileManager.default
    let corpus = folder.appendingPathComponent("corpus")
    try fm.createDirectory(at: corpus, withIntermediateDirectories: true)
    let file = corpus.appendingPathComponent("a.txt")
    try fm.copyItem(
      at: URL(fileURLWithPath: seeds).appendingPathComponent(
        "2024-county-anonymized-guangdong.txt"),
      to: file)
    // A store of its own, so the copy is not the same text as a report already stored.
    let db2 = folder.appendingPathComponent("one.db").path
    let (session, out) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db2); load \(corpus.path)", in: session, output: out)
    let store = try #require(session.store)
    try expectExact(store, db2)
    try fm.removeItem(at: file)
    try fm.copyItem(
      at: URL(fileURLWithPath: seeds).appendingPathComponent(
        "2024-tongwei-county-gansu-traditional.txt"), to: file)
    _ = StoreSupport.run("load \(corpus.path)", in: session, output: out)
    #expect(out.stderr.contains("changed, its 1 stored report replaced"), "\(out.stderr)")
    try expectExact(store, db2)
    _ = StoreSupport.run(".reindex", in: session, output: out)
    try expectExact(store, db2)
  }

  /// A version-3 store indexed new sentences by a trigger; version 4 drops it (the write path
  /// indexes each report's sentences itself), and what is loaded after is indexed once.
  @Test func aVersion3StoreLosesItsInsertTriggerAndIndexesEachSentenceOnce() throws {
    let seeds = try StoreSupport.seeds.path
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-v3-\(UUID().uuidString)")
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("v3.db").path
    let first = corpus.appendingPathComponent("a.txt")
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: seeds).appendingPathComponent("2024-county-anonymized-guangdong.txt"),
      to: first)
    let (writer, out) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db); load \(corpus.path)", in: writer, output: out)
    // Back to version 3, with its insert trigger, as the previous baogao wrote it.
    try Sqlite.run(
      db,
      """
      CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts (rowid, text) VALUES (
          CAST(substr(new.report_id, 2) AS INTEGER) * 1048576 + new."index", new.text);
      END;
      DELETE FROM grdb_migrations WHERE identifier = 'v4'; PRAGMA user_version = 3;
      """)
    let (session, out2) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db)", in: session, output: out2)
    let store = try #require(session.store)
    #expect(try store.version() == ReportStore.schemaVersion)
    #expect(
      try Sqlite.run(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'sentences_fts_insert'")
        .trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: seeds).appendingPathComponent(
        "2024-tongwei-county-gansu-traditional.txt"),
      to: corpus.appendingPathComponent("b.txt"))
    _ = StoreSupport.run("load \(corpus.path)", in: session, output: out2)
    #expect(out2.stderr.contains("1 unchanged"), "\(out2.stderr)")
    try expectExact(store, db)
    // The index counts as many hits as the sentences hold (FTS5 merges a rowid indexed twice
    // into one hit, so the trigger check above is what shows each sentence went in once).
    for literal in ["高质量发展", "社会发展"] {
      let count = { (sql: String) in
        try Sqlite.run(db, sql).trimmingCharacters(in: .whitespacesAndNewlines)
      }
      let scanned = try count("SELECT count(*) FROM sentences WHERE instr(text, '\(literal)') > 0")
      let indexed = try count(
        "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '\"\(literal)\"'")
      #expect(indexed == scanned && scanned != "0", "\(literal): \(indexed) vs \(scanned)")
    }
  }

  /// Version 6: the index merges its segments when the load asks (FTS5 'automerge' off,
  /// 'crisismerge' 64; 1,900 since version 7), and a load ends with them merged. A version-5
  /// store (FTS5's default policy) gains the setting on opening, and what it loads after is
  /// indexed exactly.
  @Test func aLoadLeavesTheIndexMergedAndAVersion5StoreGainsTheMergePolicy() throws {
    let seeds = try StoreSupport.seeds.path
    let (db, folder, writer, _) = try StoreSupport.seedStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let policy = "SELECT k, v FROM sentences_fts_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k"
    // A merge step after the load finds nothing to merge: FTS5 changes fewer than two rows.
    let mergeStep = """
      SELECT total_changes(); INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('merge', 4096);
      SELECT total_changes(); INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check');
      """
    func workDone() throws -> Int {
      let counts = try Sqlite.run(db, mergeStep).split(separator: "\n").compactMap { Int($0) }
      try #require(counts.count == 2)
      return counts[1] - counts[0]
    }
    try withExtendedLifetime(writer) { () throws in
      #expect(try Sqlite.run(db, policy) == "automerge|0\ncrisismerge|1900\n")
      #expect(try workDone() < 2)
      // Back to version 5: FTS5's default policy, as the previous baogao left it.
      try Sqlite.run(
        db,
        """
        INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 4);
        INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('crisismerge', 16);
        DELETE FROM grdb_migrations WHERE identifier IN ('v6', 'v7'); PRAGMA user_version = 5;
        """)
    }
    #expect(try Sqlite.run(db, policy) == "automerge|4\ncrisismerge|16\n")
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    // The same report under a new name with one made-up line, so it is not a duplicate.
    let text = try String(
      contentsOfFile: URL(fileURLWithPath: seeds).appendingPathComponent(
        "2024-county-anonymized-guangdong.txt").path, encoding: .utf8)
    try (text + "\n（测试用虚构文字：第六版索引合并检查。）\n").write(
      to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let (session, out) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db); load \(corpus.path)", in: session, output: out)
    let store = try #require(session.store)
    #expect(try store.version() == ReportStore.schemaVersion)
    try withExtendedLifetime(session) { () throws in
      #expect(try Sqlite.run(db, policy) == "automerge|0\ncrisismerge|1900\n")
      #expect(try workDone() < 2)
    }
    try expectExact(store, db)
  }

  /// Version 7: the index keeps case and no column sizes. A version-6 store (its index folding
  /// case, with a size row per sentence) has it built again on opening, keeps the merge
  /// policy, and finds exactly what the text holds, before and after a load.
  @Test func aVersion6StoreHasItsIndexBuiltAgainKeepingCase() throws {
    let seeds = try StoreSupport.seeds.path
    let (db, folder, writer, _) = try StoreSupport.seedStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    let layout = "SELECT sql FROM sqlite_master WHERE name = 'sentences_fts'"
    let policy =
      "SELECT k, v FROM sentences_fts_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k"
    let sizes = "SELECT count(*) FROM sqlite_master WHERE name = 'sentences_fts_docsize'"
    func run(_ sql: String) throws -> String {
      try Sqlite.run(db, sql).trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let before = try #require(try writer.store?.sentences(containing: "高质量发展"))
    #expect(!before.sentences.isEmpty)
    try withExtendedLifetime(writer) { () throws in
      #expect(try run(layout).contains("case_sensitive 1"))
      #expect(try run(sizes) == "0")
      // Back to version 6: the index as the previous baogao wrote it.
      try Sqlite.run(
        db,
        """
        DROP TABLE sentences_fts;
        CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='', tokenize='trigram');
        INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 0);
        INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('crisismerge', 64);
        INSERT INTO sentences_fts (rowid, text)
          SELECT CAST(substr(report_id, 2) AS INTEGER) * 1048576 + "index", text FROM sentences;
        DELETE FROM grdb_migrations WHERE identifier = 'v7'; PRAGMA user_version = 6;
        """)
    }
    #expect(try run(sizes) == "1")
    let reopened = try ReportStore(path: db)
    #expect(try reopened.version() == ReportStore.schemaVersion)
    #expect(try run(layout).contains("case_sensitive 1"))
    #expect(try run(sizes) == "0")
    #expect(try run(policy) == "automerge|0\ncrisismerge|1900")
    #expect(try reopened.sentences(containing: "高质量发展") == before)
    try expectExact(reopened, db)
    let check = "INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')"
    #expect(try Sqlite.run(db, check) == "")
    // A literal with a cased letter: the candidates are every sentence holding it as written.
    let cased = try #require(try reopened.sentences(containing: "GDP"))
    let holding = Set(
      try Sqlite.run(db, "SELECT id FROM sentences WHERE instr(text, 'GDP') > 0")
        .split(separator: "\n").map(String.init))
    #expect(Set(cased.sentences.values.flatMap { $0 }) == holding)

    // A load after the rebuild is indexed exactly too.
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let text = try String(
      contentsOfFile: URL(fileURLWithPath: seeds).appendingPathComponent(
        "2024-county-anonymized-guangdong.txt").path, encoding: .utf8)
    try (text + "\n（测试用虚构文字：第七版索引检查。）\n").write(
      to: corpus.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let (session, out) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db); load \(corpus.path)", in: session, output: out)
    let store = try #require(session.store)
    try withExtendedLifetime(session) { () throws in
      #expect(try run(policy) == "automerge|0\ncrisismerge|1900")
    }
    try expectExact(store, db)
  }

  private func expectExact(_ store: ReportStore, _ db: String) throws {
    var total = 0
    for literal in ["高质量发展", "地区生产总值", "高質量發展", "生態文明", "乡村振兴", "一般公共预算收入"] {
      let found = try #require(try store.sentences(containing: literal))
      let indexed = Set(found.sentences.values.flatMap { $0 })
      let stored = Set(
        try Sqlite.run(db, "SELECT id FROM sentences WHERE instr(text, '\(literal)') > 0")
          .split(separator: "\n").map(String.init))
      #expect(indexed == stored, "\(literal)")
      total += stored.count
    }
    #expect(total > 0, "none of the literals is in the store")
  }
}

enum TextSearchCheck {
  static func compiles(_ pattern: String) -> Bool {
    (try? TextSearch(pattern: pattern)) != nil
  }
}
