import BaogaoCore
import BaogaoQuery
import BaogaoStore
import Foundation

/// `.open FILE`, `.reindex`, and `load` into an open store.
extension Session {
  func runStoreCommand(_ name: String, _ args: [String], range: Range<Int>, origin: Origin) throws {
    switch name {
    case "open":
      guard args.count == 1 else { throw QueryError(".open takes a store file (.db)", at: range) }
      try open(store: resolve(args[0], origin: origin), range: range)
    default:
      guard args.isEmpty else { throw QueryError(".reindex takes nothing", at: range) }
      try reindex(range: range)
    }
  }

  /// Opens (or creates) the store and takes its corpus: the session's reports become the
  /// store's. Only their metadata is read now; texts, structure and facts are read from the
  /// store when a statement first needs them (`StoreAnalysis`, `DeferredText`).
  public func open(store path: String, range: Range<Int> = 0..<0) throws(QueryError) {
    guard corpus.reports.isEmpty else {
      throw QueryError(
        "this session already holds \(corpus.reports.count) reports: open a store before loading",
        at: range)
    }
    let store: ReportStore
    let stored: StoredReportIDs
    do {
      store = try ReportStore(path: path)
      stored = try store.reportIDs()
    } catch { throw QueryError(error.errorDescription ?? "\(error)", at: range) }
    self.store = store
    // Only the reports' ids are read now; their metadata and diagnostics when a statement
    // first asks for them (`search "…" | count` answered by the index never does).
    hold(StoredReports(store: store, reportIDs: stored.ids))
    // Reports a version-1 store kept without structure and facts are indexed now.
    if !stored.unindexed.isEmpty {
      let unindexed = Set(stored.unindexed)
      let missing = corpus.reports.filter { unindexed.contains($0.id) }
      try write(index: missing, to: store, range: range)
      note("indexed \(missing.count) stored reports that had no structure or facts")
    }
    storeAnalysis = StoreAnalysis(store: store, standsFor: sessionAnalysis)
    refreshSources()
    let count = stored.ids.count
    note(
      "store \(path): \(count) report\(count == 1 ? "" : "s") from \(stored.fileCount) file\(stored.fileCount == 1 ? "" : "s")"
    )
  }

  /// `.reindex`: structure and facts again from the stored text, with the session's lexicon.
  func reindex(range: Range<Int>) throws {
    guard let store else {
      throw QueryError(".reindex needs an open store (.open FILE)", at: range)
    }
    analysis = CorpusAnalysis(lexicon: lexicon)
    try write(index: corpus.reports, to: store, range: range)
    storeAnalysis = StoreAnalysis(store: store, standsFor: sessionAnalysis)
    note("reindexed \(corpus.reports.count) reports")
  }

  private func write(index reports: [Report], to store: ReportStore, range: Range<Int>)
    throws(QueryError)
  {
    let analysis = self.analysis
    let structures = analysis.structures(of: reports)
    let entries = reports.indices.map { i in
      IngestedFile.Entry(
        report: reports[i], structure: structures[i],
        indicators: analysis.indicators(of: reports[i]))
    }
    do { try store.reindex(entries) } catch {
      throw QueryError(error.errorDescription ?? "\(error)", at: range)
    }
  }

  /// `load` with a store open: unchanged files are skipped, each file is committed on its own,
  /// and Ctrl-C keeps every file committed before it.
  func runStoreLoad(
    _ store: ReportStore, paths: [String], options: LoadOptions, cancel: Cancellation,
    shown: @escaping @Sendable (String) -> String, range: Range<Int>
  ) throws {
    let expansion = PathExpander.expand(paths)
    for d in expansion.diagnostics where d.severity >= .warning { note(d.formatted) }
    fileDiagnostics += expansion.diagnostics
    let ingest = StoreIngest(
      store: store, loader: ReportLoader(options: options), analysis: analysis, shown: shown)
    let journal = IngestJournal(store: store)
    let start = corpus
    var failure: (any Error)?
    do {
      try Background.run(cancellation: cancel) { () throws(QueryError) -> Void in
        var corpus = start
        do {
          try ingest.run(expansion.files, corpus: &corpus) { outcome throws(StoreError) in
            try journal.commit(outcome) { () throws(StoreError) in
              if case .stored(let file, _, _) = outcome { try store.replace(file) }
            }
          }
        } catch { throw QueryError(error.localizedDescription, at: range) }
      }
    } catch {
      cancel.cancel()
      failure = error
    }
    // What was committed is the session's, whether or not the load finished.
    let outcomes = journal.close()
    var added: [Report] = []
    var unchanged = 0
    var replaced = 0
    var duplicates = 0
    for outcome in outcomes {
      switch outcome {
      case .unchanged(let path, let loadedAt):
        unchanged += 1
        if unchanged <= 5 { note("\(path): unchanged since \(loadedAt), skipped") }
      case .stored(let file, let old, let dups):
        if !old.isEmpty {
          replaced += 1
          corpus.remove(ids: Set(old))
          note(
            "\(file.shownAs): changed, its \(old.count) stored report\(old.count == 1 ? "" : "s") replaced"
          )
        }
        for d in file.diagnostics where d.severity >= .warning { note(d.formatted) }
        fileDiagnostics += file.diagnostics
        for entry in file.reports {
          corpus.restore(entry.report)
          added.append(entry.report)
        }
        for d in dups {
          duplicates += 1
          if duplicates <= 5 {
            note("\(d.doc)#\(d.position): same text as \(d.of), not loaded again")
          }
        }
      case .unreadable(_, let diagnostics):
        for d in diagnostics where d.severity >= .warning { note(d.formatted) }
        fileDiagnostics += diagnostics
      }
    }
    if unchanged > 5 { note("… and \(unchanged - 5) more unchanged files skipped") }
    if duplicates > 5 { note("… and \(duplicates - 5) more reports already loaded") }
    refreshSources()
    if let failure {
      note("stopped: \(outcomes.count) of \(expansion.files.count) files are in the store")
      throw failure
    }
    if added.count <= 20 {
      for r in added {
        let what = [r.region, r.level?.rawValue, r.year.map(String.init)].compactMap { $0 }
          .joined(separator: " ")
        note("  \(r.id)  \(what.isEmpty ? "(no metadata)" : what)  \(r.doc)#\(r.position)")
      }
    }
    if outcomes.isEmpty, !expansion.diagnostics.isEmpty {
      throw QueryError("nothing loaded", at: range)
    }
    note(
      LoadSummary.line(reports: added, fileCount: outcomes.count, duplicates: duplicates)
        + (unchanged > 0 ? " (\(unchanged) unchanged, \(replaced) replaced)" : ""))
  }
}

/// The files a store load has committed, shared between the loading thread and the session:
/// once closed (the load finished or Ctrl-C), nothing more is committed, so what the session
/// takes is exactly what the store holds.
final class IngestJournal: @unchecked Sendable {
  private let lock = NSLock()
  private var outcomes: [StoreIngest.Outcome] = []
  private var closed = false
  private let store: ReportStore

  init(store: ReportStore) { self.store = store }

  /// Writes and records one outcome, unless the journal is closed; returns false to stop.
  func commit(_ outcome: StoreIngest.Outcome, write: () throws(StoreError) -> Void)
    throws(StoreError) -> Bool
  {
    lock.lock()
    defer { lock.unlock() }
    if closed { return false }
    try write()
    outcomes.append(kept(outcome))
    return true
  }

  /// What the session keeps of a committed file: its reports' metadata, without their
  /// structure, facts and texts, which the store has. The cleaned text is read back the first
  /// time a statement asks for it, as after reopening, so a load's memory does not grow with
  /// the corpus.
  private func kept(_ outcome: StoreIngest.Outcome) -> StoreIngest.Outcome {
    guard case .stored(var file, let replaced, let duplicates) = outcome else { return outcome }
    file.reports = file.reports.map { entry in
      var report = entry.report
      report.deferTexts(
        text: store.storedText(of: report.id), original: store.storedOriginal(of: report.id),
        chars: report.chars)
      return IngestedFile.Entry(report: report, structure: ReportStructure(), indicators: [])
    }
    return .stored(file, replaced: replaced, duplicates: duplicates)
  }

  func close() -> [StoreIngest.Outcome] {
    lock.withLock {
      closed = true
      return outcomes
    }
  }
}

/// The store's FTS5 trigram index of sentence text, for `search` on an open store: the
/// candidate sentences come whole from the store, so no other text is read. A store that
/// cannot answer (no index, an error) leaves the search to scan.
struct StoreSentenceIndex: SentenceIndex {
  let store: ReportStore

  func sentences(containing literal: String)
    -> (covered: Set<String>, sentences: [String: [IndexedSentence]])?
  {
    guard let found = try? store.candidates(containing: literal) else { return nil }
    return (
      found.covered,
      found.sentences.mapValues { list in
        list.map {
          IndexedSentence(sentence: $0.sentence, sectionKind: $0.sectionKind, heading: $0.heading)
        }
      }
    )
  }
}

extension StoreSentenceIndex {
  func sentenceCounts(holding literal: String) -> (covered: Set<String>, counts: [String: Int])? {
    guard let found = try? store.sentenceCounts(holding: literal) else { return nil }
    return (found.covered, found.counts)
  }

  func sentenceKeys(holding literal: String, sections: Bool)
    -> (covered: Set<String>, sentences: [String: [SentenceKey]])?
  {
    guard let found = try? store.sentenceKeys(holding: literal, sections: sections) else {
      return nil
    }
    return (
      found.covered,
      found.sentences.mapValues { list in
        list.map {
          SentenceKey(index: $0.index, sectionKind: $0.sectionKind, heading: $0.heading)
        }
      }
    )
  }
}

/// Structure and facts of a store's reports, read from the store the first time a statement
/// needs them and kept: many reports in one pass over each table, a few through the tables'
/// report indexes. What the store cannot give is computed from the report's text.
///
/// It stands for `computed`, the session's analysis when the store was opened or reindexed, whose
/// lexicon the stored facts were extracted with: after `.metrics add|load` replaces the session's
/// analysis, facts are computed again (`Session.sourceContext`).
final class StoreAnalysis: ReportAnalyses, @unchecked Sendable {
  let store: ReportStore
  /// The session's analysis it stands for, built only if the store cannot answer.
  let standsFor: SessionAnalysis
  var computed: CorpusAnalysis { standsFor.analysis }
  private let lock = NSLock()
  private var sections: [String: [Section]] = [:]
  private var sentences: [String: [Sentence]] = [:]
  private var terms: [String: [GlossaryTerm]] = [:]
  private var facts: [String: [Indicator]] = [:]

  init(store: ReportStore, standsFor: SessionAnalysis) {
    self.store = store
    self.standsFor = standsFor
  }

  func structure(of report: Report) -> ReportStructure { structures(of: [report])[0] }

  func indicators(of report: Report) -> [Indicator] {
    lists(of: [report], \.facts, store.facts(of:))?[0] ?? computed.indicators(of: report)
  }

  func structures(of reports: [Report]) -> [ReportStructure] {
    guard let sections = lists(of: reports, \.sections, store.sections(of:)),
      let sentences = lists(of: reports, \.sentences, store.sentences(of:)),
      let terms = lists(of: reports, \.terms, store.terms(of:))
    else { return computed.structures(of: reports) }
    return reports.indices.map {
      ReportStructure(sections: sections[$0], sentences: sentences[$0], terms: terms[$0])
    }
  }

  func sections(of reports: [Report]) -> [[Section]] {
    lists(of: reports, \.sections, store.sections(of:))
      ?? computed.structures(of: reports).map(\.sections)
  }

  func terms(of reports: [Report]) -> [[GlossaryTerm]] {
    lists(of: reports, \.terms, store.terms(of:))
      ?? computed.structures(of: reports).map(\.terms)
  }

  func indicators(of reports: [Report]) -> [Indicator] {
    (lists(of: reports, \.facts, store.facts(of:)) ?? computed.indicatorLists(of: reports))
      .flatMap { $0 }
  }

  /// Facts the stages will filter or read only in part are read so from the store (and not
  /// kept); facts already read whole are filtered by the stages.
  func indicators(of reports: [Report], request: SourceRequest) -> [Indicator] {
    let conditions = request.filters.compactMap(Self.condition)
    let columns = request.columns.map { Set($0.map(Self.storedColumn)) }
    let kept = lock.withLock { reports.allSatisfy { facts[$0.id] != nil } }
    guard !kept, !conditions.isEmpty || columns != nil,
      let found = try? store.facts(
        of: reports.map(\.id), matching: conditions, columns: columns)
    else { return indicators(of: reports) }
    return reports.flatMap { found[$0.id] ?? [] }
  }

  /// Sentences kept from an earlier statement serve; else, when no stage reads their text,
  /// they are read without it (and not kept).
  func sentences(of reports: [Report], request: SourceRequest) -> [[Sentence]] {
    let kept = lock.withLock { reports.allSatisfy { sentences[$0.id] != nil } }
    guard !kept, !request.needs("text"),
      let found = try? store.sentences(of: reports.map(\.id), text: false)
    else { return structures(of: reports).map(\.sentences) }
    return reports.map { found[$0.id] ?? [] }
  }

  /// A fact's column as the store names it.
  private static func storedColumn(_ name: String) -> String {
    ["start": "char_start", "end": "char_end"][name] ?? name
  }

  /// Columns whose values baogao writes from a closed set of ASCII names (ids, metric ids,
  /// kinds, levels): SQL's byte equality on them is the query language's equality. Free text
  /// (`region`, `metric_text`) is left to `where`, whose strings compare as Unicode does.
  private static let keywordColumns: Set<String> = [
    "id", "report_id", "metric", "kind", "level", "section", "base_unit", "qualifier",
    "sentence_id",
  ]
  private static let numericColumns: Set<String> = [
    "report", "year", "value", "value_base", "growth", "growth_high", "rank", "start", "end",
  ]
  private static let booleanColumns: Set<String> = ["masked", "estimated"]

  /// The filter as the store states it; nil when SQL could answer it differently (a string
  /// column of free text, a non-ASCII name), which `where` alone then applies.
  static func condition(_ filter: ColumnFilter) -> StoreCondition? {
    let name = filter.column
    func literal(_ v: Value) -> StoreCondition.Literal? {
      switch v {
      case .string(let s) where keywordColumns.contains(name) && s.utf8.allSatisfy({ $0 < 0x80 }):
        .text(s)
      case .int(let i) where numericColumns.contains(name): .integer(i)
      case .double(let d) where numericColumns.contains(name) && d.isFinite: .real(d)
      case .bool(let b) where booleanColumns.contains(name): .integer(b ? 1 : 0)
      default: nil
      }
    }
    func condition(_ op: StoreCondition.Operator, _ values: [Value]) -> StoreCondition? {
      let literals = values.compactMap(literal)
      guard literals.count == values.count else { return nil }
      return StoreCondition(column: storedColumn(name), op: op, literals: literals)
    }
    let known = keywordColumns.union(numericColumns).union(booleanColumns)
    switch filter.test {
    case .equal(let v): return condition(.equal, [v])
    case .notEqual(let v): return condition(.notEqual, [v])
    case .less(let v): return condition(.less, [v])
    case .lessOrEqual(let v): return condition(.lessOrEqual, [v])
    case .greater(let v): return condition(.greater, [v])
    case .greaterOrEqual(let v): return condition(.greaterOrEqual, [v])
    case .isNull: return known.contains(name) ? condition(.isNull, []) : nil
    case .isNotNull: return known.contains(name) ? condition(.isNotNull, []) : nil
    case .among(let values): return condition(.among, values)
    case .notAmong(let values): return condition(.notAmong, values)
    }
  }

  /// Each report's rows, in report order: kept in `cache`, read by `read` for the reports not
  /// read yet; nil when the store cannot answer.
  private func lists<T>(
    of reports: [Report], _ cache: ReferenceWritableKeyPath<StoreAnalysis, [String: [T]]>,
    _ read: ([String]) throws -> [String: [T]]
  ) -> [[T]]? {
    let missing = lock.withLock { reports.map(\.id).filter { self[keyPath: cache][$0] == nil } }
    if !missing.isEmpty {
      guard let found = try? read(missing) else { return nil }
      lock.withLock {
        for id in missing where self[keyPath: cache][id] == nil {
          self[keyPath: cache][id] = found[id] ?? []
        }
      }
    }
    return lock.withLock { reports.map { self[keyPath: cache][$0.id] ?? [] } }
  }
}
