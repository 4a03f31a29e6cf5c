import BaogaoCore
import BaogaoQuery
import BaogaoStore
import Foundation

/// A baogao session: the loaded reports, the kept tables, the settings, and the statements that
/// succeeded. The interactive shell, a script run, `-c` and a notebook all drive it the same way,
/// through `run(_:origin:)`; the interactive shell adds only line editing.
public final class Session {
  /// The loaded reports. After opening a store, read from it the first time they are asked for.
  public var corpus: Corpus {
    get {
      readStoredReports()
      return heldCorpus
    }
    _modify {
      readStoredReports()
      yield &heldCorpus
    }
    set {
      readStoredReports()
      heldCorpus = newValue
    }
  }
  private var heldCorpus = Corpus()
  /// The store opened with `--db FILE` or `.open FILE`: `load` writes to it, file by file.
  public var store: ReportStore?
  public var catalog: Catalog
  public var settings = SessionSettings()
  public let output: any SessionOutput
  /// Problems `load` met in files (unreadable files, skipped rows), for `diagnostics`.
  public var fileDiagnostics: [Diagnostic] {
    get {
      readStoredReports()
      return heldFileDiagnostics
    }
    _modify {
      readStoredReports()
      yield &heldFileDiagnostics
    }
    set {
      readStoredReports()
      heldFileDiagnostics = newValue
    }
  }
  private var heldFileDiagnostics: [Diagnostic] = []
  /// The reports of the store just opened, until something asks for `corpus` or
  /// `fileDiagnostics` (a statement's sources read them through `sourceContext` meanwhile).
  private(set) var storedReports: StoredReports?
  /// The indicator lexicon: built in, plus what `.metrics add|load` added. Read when first
  /// asked for: a statement a store answers needs none.
  public lazy var lexicon = MetricLexicon.builtIn
  /// Each report's structure and indicators, computed once (again after the lexicon changes).
  /// Built when a statement first needs it.
  public var analysis: CorpusAnalysis {
    get { sessionAnalysis.analysis }
    set {
      sessionAnalysis = SessionAnalysis(newValue)
      refreshSources()
    }
  }
  /// What `analysis` is made from; replaced, not changed, when the analysis is.
  var sessionAnalysis = SessionAnalysis()
  /// An open store's structure and facts, read when first needed; it stands for `analysis`
  /// until `.metrics` replaces that.
  var storeAnalysis: StoreAnalysis?
  /// Metric ids for completion inside quotes (`metric == "gd<Tab>`).
  var metricIDs: [String] { lexicon.metrics }
  /// Statements that succeeded, in order, as typed: what `.save` writes.
  public var transcript: [String] { saved.map(\.text) }
  var saved: [SavedScript.Entry] = []
  /// Columns of the terminal when interactive, for `.width auto`.
  public var terminalWidth: Int?
  /// `.output FILE`: results go to this file until `.output` alone.
  var redirect: FileHandle?
  /// `.once FILE`: the next statement's result goes to this file.
  var once: String?
  /// Shows a result longer than the screen a page at a time; set by the interactive shell on a
  /// terminal. Returns false when it showed nothing (`.pager off`), so the text is printed.
  public var pager: ((String) -> Bool)?
  /// Depth of `.read` nesting, to stop a script that reads itself.
  var readDepth = 0
  /// Tables a script has written to standard output in a data mode, for `PipelineCommand`'s rule.
  var dataTablesWritten = 0

  public init(output: any SessionOutput = StandardOutput()) {
    self.output = output
    self.catalog = Catalog()
    refreshSources()
  }

  /// Registers every source; sources that hold session state (the analysis cache, `load`'s
  /// file diagnostics) are registered again when it changes.
  func refreshSources() {
    let sources: [any Source] =
      [
        ReportsSource(),
        DiagnosticsSource(fileDiagnostics: heldFileDiagnostics, stored: storedReports),
        SectionsSource(),
        SentencesSource(), GlossaryTermsSource(), IndicatorsSource(), TargetsSource(),
      ] + TextSources.sources + ResearchSources.sources
    for source in sources { catalog.register(source) }
    let parameterized: [any ParameterizedSource] =
      [SearchSource()] + TextSources.parameterized + ResearchSources.parameterized
    for source in parameterized { catalog.register(source) }
  }

  /// Structure and facts as statements see them: the open store's, read when first needed,
  /// until `.metrics` replaces the analysis they were extracted with; else computed.
  var analyses: any ReportAnalyses {
    storeAnalysis.flatMap { $0.standsFor === sessionAnalysis ? $0 : nil } ?? analysis
  }

  /// What sources read: the corpus and its derived data.
  public var sourceContext: SourceContext {
    let index = store.map(StoreSentenceIndex.init)
    if let storedReports {
      return SourceContext(
        reports: storedReports, analysis: analyses, segmenter: segmenter, sentenceIndex: index)
    }
    return SourceContext(
      corpus: heldCorpus, analysis: analyses, segmenter: segmenter, sentenceIndex: index)
  }

  /// The session's reports become the opened store's, read when first asked for; its file
  /// diagnostics replace the session's, as its reports replace the (empty) corpus.
  func hold(_ stored: StoredReports) {
    storedReports = stored
    heldCorpus = Corpus()
    heldFileDiagnostics = []
  }

  /// Takes the opened store's reports into the session, reading them if no statement has.
  private func readStoredReports() {
    guard let stored = storedReports else { return }
    storedReports = nil
    heldCorpus = stored.corpus
    heldFileDiagnostics = stored.fileDiagnostics
    refreshSources()
  }

  /// jieba with the words of `.dict load`; nil until then (the standard segmenter).
  public var segmenter: Segmenter?

  public var queryContext: QueryContext { QueryContext(sources: sourceContext, catalog: catalog) }

  /// Runs every statement of `source` in order. Errors are printed with their place; a
  /// non-interactive run stops at the first unless `.bail off`.
  @discardableResult
  public func run(_ source: String, origin: Origin) -> RunStatus {
    var failed = false
    for statement in StatementSplitter.split(source) {
      if Interrupt.isRequested { return .failed }
      if settings.echo { output.write(statement.text + "\n") }
      let started = Date()
      // Problems the store met reading texts the statement needed (a report another session
      // removed) are shown after it.
      defer { for problem in store?.takeProblems() ?? [] { note(problem) } }
      do {
        let outcome = try execute(statement, origin: origin)
        if settings.timer {
          output.writeError(String(format: "Run Time: %.3fs\n", Date().timeIntervalSince(started)))
        }
        if outcome == .quit { return .quit }
      } catch is ScriptFailed {
        failed = true
        if !origin.interactive, settings.bail { return .failed }
      } catch let error as QueryError {
        // The terminal echoed ^C on the output's line: start the message on a line of its own.
        if error == .interrupted, origin.interactive { output.writeError("\n") }
        output.writeError(format(error, in: source, origin: origin))
        failed = true
        if !origin.interactive, settings.bail { return .failed }
      } catch {
        output.writeError(
          format(QueryError("\(error)", at: statementRange(statement)), in: source, origin: origin))
        failed = true
        if !origin.interactive, settings.bail { return .failed }
      }
    }
    return failed && settings.bail ? .failed : .ok
  }

  private func statementRange(_ s: StatementText) -> Range<Int> {
    s.offset..<(s.offset + s.text.unicodeScalars.count)
  }

  enum Outcome { case done, quit }

  private func execute(_ statement: StatementText, origin: Origin) throws -> Outcome {
    // `.once FILE` applies to the next statement only, whether or not it succeeds.
    let pendingOnce = once
    defer { if once == pendingOnce, !isOnceCommand(statement) { once = nil } }
    let parsed = try Parser(variables: settings.variables).parse(statement)
    switch parsed {
    case .dot(let name, let arguments, let range):
      let outcome = try runDotCommand(name, arguments, range: range, origin: origin)
      if !["save", "history", "help", "quit", "exit", "params", "tables"].contains(name) {
        record(statement, origin: origin)
      }
      return outcome
    case .command(let name, let arguments, let range):
      try runCommand(name, arguments, range: range, origin: origin)
    case .pipeline(let pipeline):
      try runPipeline(pipeline, origin: origin)
    case .assignment(let name, let pipeline, _):
      let table = try evaluate(pipeline, origin: origin)
      let madeFrom = catalog.provenance(
        of: pipeline, statement: statement.text, reportIDs: corpus.reports.map(\.id))
      catalog.keep(table, as: name, madeFrom: madeFrom)
      output.writeError(
        "kept $\(name): \(table.rows.count) row\(table.rows.count == 1 ? "" : "s")\n")
    }
    record(statement, origin: origin)
    return .done
  }

  private func isOnceCommand(_ statement: StatementText) -> Bool {
    statement.text.hasPrefix(".once")
  }

  /// Keeps a statement for `.save`; statements run by `.read` are not kept (the `.read` is).
  private func record(_ statement: StatementText, origin: Origin) {
    let directory = origin.file == nil ? SavedScript.currentDirectory : origin.directory
    if readDepth == 0 { saved.append(.init(text: statement.text, directory: directory)) }
  }

  /// Evaluates a pipeline; the work runs on another thread so that Ctrl-C returns to the
  /// prompt at once, with the session as it was.
  func evaluate(_ pipeline: Pipeline, origin: Origin) throws(QueryError) -> Table {
    var resolved = pipeline
    // `freq @dictionaries/green.txt`: a dictionary file resolves like any path in a script.
    resolved.source.arguments = pipeline.source.arguments.map { token in
      guard case .atName(let name) = token.kind, name.contains("/") || name.contains(".") else {
        return token
      }
      return Token(.atName(resolveExisting(name, origin: origin)), token.range)
    }
    let context = queryContext
    let query = resolved
    let result = try Background.run { () throws(QueryError) -> Table in
      try QueryEngine.run(query, in: context)
    }
    return result
  }

  /// `file:3:18: error: message`, then the line and a caret under the place.
  public func format(_ error: QueryError, in source: String, origin: Origin) -> String {
    ErrorFormatter(ambiguousWide: settings.ambiguousWide).format(
      error, in: source, file: origin.file)
  }

  /// Resolves a path typed in `origin` (relative to a script's folder inside scripts).
  func resolve(_ path: String, origin: Origin) -> String {
    let expanded = path.hasPrefix("~/") ? NSHomeDirectory() + path.dropFirst(1) : path
    // Typed at the prompt or with -c: the path as given (it is what `doc` shows).
    if expanded.hasPrefix("/") || origin.file == nil || origin.directory.isEmpty
      || origin.directory == "."
    {
      return expanded
    }
    return (origin.directory as NSString).appendingPathComponent(expanded)
  }

  /// Resolves a path to read: relative to the script's folder, or, when nothing is there but
  /// the path exists from the current directory (`--set corpus=../data`), from there.
  func resolveExisting(_ path: String, origin: Origin) -> String {
    let resolved = resolve(path, origin: origin)
    let fm = FileManager.default
    let probe = { (p: String) in String(p.prefix { !"*?[".contains($0) }) }
    if fm.fileExists(atPath: probe(resolved)) || resolved == path { return resolved }
    return fm.fileExists(atPath: probe(path)) ? path : resolved
  }

  /// Writes a statement's result to `.once`, `.output` or the session's output.
  func emit(_ text: String) throws {
    if let path = once {
      once = nil
      do { try AtomicFile.write(Data(text.utf8), to: path) } catch {
        throw QueryError("cannot write '\(path)'")
      }
      return
    }
    if let redirect {
      redirect.write(Data(text.utf8))
      return
    }
    if let pager, settings.pager != .off, let rows = terminalRows,
      Pager.needsPaging(
        text, rows: rows, columns: DisplayWidth.terminalColumns(),
        ambiguousWide: settings.ambiguousWide),
      pager(text)
    {
      return
    }
    output.write(text)
  }

  func note(_ text: String) { output.writeError(text + "\n") }
}

/// A session's analysis, built the first time something asks for it: building one reads the
/// built-in lexicon and sets up the extractor (a few milliseconds at every start), which an
/// empty session, or a statement answered from a store, never uses.
final class SessionAnalysis: @unchecked Sendable {
  private let lock = NSLock()
  private var built: CorpusAnalysis?

  init(_ analysis: CorpusAnalysis? = nil) { built = analysis }

  var analysis: CorpusAnalysis {
    lock.withLock {
      if let built { return built }
      let analysis = CorpusAnalysis()
      built = analysis
      return analysis
    }
  }
}

/// A store's reports, read the first time they are asked for, then kept: only the ids it held
/// when opened (a report another session adds later is not this session's, as when every report
/// was read at opening).
final class StoredReports: StoredReportList, @unchecked Sendable {
  let store: ReportStore
  let reportIDs: [String]
  private let lock = NSLock()
  private var read: (corpus: Corpus, fileDiagnostics: [Diagnostic])?

  init(store: ReportStore, reportIDs: [String]) {
    self.store = store
    self.reportIDs = reportIDs
  }

  var corpus: Corpus { contents.corpus }
  var fileDiagnostics: [Diagnostic] { contents.fileDiagnostics }

  private var contents: (corpus: Corpus, fileDiagnostics: [Diagnostic]) {
    lock.withLock {
      if let read { return read }
      var corpus = Corpus()
      var fileDiagnostics: [Diagnostic] = []
      do {
        let stored = try store.corpus()
        let held = Set(reportIDs)
        for report in stored.reports where held.contains(report.id) { corpus.restore(report) }
        fileDiagnostics = stored.fileDiagnostics
        // Reports another session removed since opening (their file changed and was loaded
        // again) are gone with their metadata: the session says so.
        if corpus.reports.count < reportIDs.count {
          let found = Set(corpus.reports.map(\.id))
          for id in reportIDs where !found.contains(id) {
            store.report(
              problem:
                "the store '\(store.path)' no longer holds \(id) (another session replaced it)")
          }
        }
      } catch {
        store.report(problem: error.localizedDescription)
      }
      read = (corpus, fileDiagnostics)
      return (corpus, fileDiagnostics)
    }
  }
}
