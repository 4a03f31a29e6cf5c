import BaogaoCore
import Foundation

/// `load` into a store: files are read a chunk at a time, each report is given its id, its
/// structure and facts, and each file is handed to `commit` whole, in file order, so the store
/// writes one transaction per file.
///
/// A file whose bytes hash as the store's record of the same path is skipped without reading;
/// a changed file replaces the reports it had.
public struct StoreIngest: Sendable {
  public var store: ReportStore
  public var loader: ReportLoader
  /// Its lexicon extracts the facts (each chunk of files gets a cache of its own).
  public var analysis: CorpusAnalysis
  /// How a path is shown in `doc` and messages (a script's relative paths as written).
  public var shown: @Sendable (String) -> String

  public init(
    store: ReportStore, loader: ReportLoader, analysis: CorpusAnalysis,
    shown: @escaping @Sendable (String) -> String = { $0 }
  ) {
    self.store = store
    self.loader = loader
    self.analysis = analysis
    self.shown = shown
  }

  /// What happened to each file.
  public enum Outcome: Sendable {
    /// Same bytes as stored: not read again.
    case unchanged(path: String, loadedAt: String)
    /// Stored; `replaced` holds the ids of the reports a changed file had before.
    case stored(
      IngestedFile, replaced: [String], duplicates: [(doc: String, position: Int, of: String)])
    /// Not stored: nothing could be read (the diagnostics say why).
    case unreadable(path: String, diagnostics: [Diagnostic])
  }

  /// Loads `files` (from `PathExpander`) on top of `corpus`, calling `commit` for each file in
  /// order; `commit` writes it and returns false to stop (Ctrl-C). `corpus` gains the new
  /// reports, their original texts left to be read from the store.
  ///
  /// Two stages run at once: a producer thread reads, cleans, structures and extracts chunk
  /// after chunk of files (each stage in parallel over the chunk), while the calling thread
  /// commits the chunk before, file by file, each file in its own transaction. At most
  /// `queueDepth` prepared chunks wait for the writer, so memory stays bounded whatever the
  /// number of files.
  public func run(
    _ files: [PathExpander.File], corpus: inout Corpus,
    commit: (Outcome) throws(StoreError) -> Bool
  ) throws(StoreError) {
    let queue = ChunkQueue(depth: Self.queueDepth)
    let finished = DispatchSemaphore(value: 0)
    let start = corpus
    let result = Locked<Corpus?>(nil)
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      var corpus = start
      produce(files, corpus: &corpus, into: queue)
      result.withLock { $0 = corpus }
      queue.finish()
      finished.signal()
    }
    // Stops the producer and waits for it, so no work goes on after `run` returns.
    func stop() {
      queue.cancel()
      finished.wait()
      if let produced = result.withLock({ $0 }) { corpus = produced }
    }
    // Files committed since the sentence index last merged its segments.
    var unmerged = 0
    while let chunk = queue.next() {
      switch chunk {
      case .failed(let error):
        stop()
        throw error
      case .interrupted:
        stop()
        return
      case .outcomes(let outcomes):
        for outcome in outcomes {
          let more: Bool
          do { more = try commit(outcome) } catch {
            stop()
            throw error
          }
          if !more {
            stop()
            return
          }
          if case .stored = outcome { unmerged += 1 }
          if unmerged >= Self.filesPerMerge {
            do { try store.mergeIndex() } catch {
              stop()
              throw error
            }
            unmerged = 0
          }
        }
      }
    }
    stop()
    // Ctrl-C stops the load at once; the next load merges what this one left.
    if unmerged > 0, loader.options.isCancelled?() != true { try store.mergeIndex() }
  }

  /// Files committed between two merges of the sentence index during a load: as many as the
  /// newest level gathers before FTS5 merges it by itself (`StoreSchema.indexSegmentsPerLoadMerge`,
  /// 1,900), so a load of up to that many files merges its segments once, at its end, and each
  /// entry is written twice in all (its commit, that merge). A load interrupted leaves them to
  /// the next load's merge; search is exact either way.
  static let filesPerMerge = StoreSchema.indexSegmentsPerLoadMerge

  /// Prepared chunks waiting for the writer: one being committed, one ready, one being made.
  static let queueDepth = 1

  /// Files prepared together: enough reports to keep every core busy, few enough bytes that the
  /// chunks in flight stay small.
  static let chunkFiles = 32
  static let chunkBytes = 16 << 20

  /// The producer: hashes each file, skips those the store has unchanged, reads the rest a chunk
  /// at a time, gives their reports ids in `corpus`, structures and extracts them, and queues
  /// each chunk's outcomes in file order.
  private func produce(_ files: [PathExpander.File], corpus: inout Corpus, into queue: ChunkQueue) {
    var chunk: [PathExpander.File] = []
    var bytes = 0
    // The ids each prepared chunk added. The producer's corpus tells a new report from one it
    // has (by text); a chunk three back has surely been committed (one chunk is being
    // committed, one waits), so its texts are read back from the store if ever compared, and
    // the producer holds the texts of three chunks at most, whatever the corpus size.
    var addedPerChunk: [[String]] = []
    func flush() -> Bool {
      defer {
        chunk = []
        bytes = 0
      }
      guard !chunk.isEmpty else { return true }
      if addedPerChunk.count >= 3 {
        for id in addedPerChunk.removeFirst() {
          corpus.deferText(of: id, to: store.storedText(of: id))
        }
      }
      let before = Set(corpus.reports.map(\.id))
      let prepared: Chunk
      do { prepared = try prepare(chunk, corpus: &corpus) } catch { prepared = .failed(error) }
      addedPerChunk.append(corpus.reports.map(\.id).filter { !before.contains($0) })
      return queue.put(prepared)
    }
    for file in files {
      if loader.options.isCancelled?() == true || queue.isCancelled { return }
      chunk.append(file)
      bytes += file.size
      if chunk.count >= Self.chunkFiles || bytes >= Self.chunkBytes {
        if !flush() { return }
      }
    }
    _ = flush()
  }

  /// One chunk of files, as outcomes in file order.
  private func prepare(_ files: [PathExpander.File], corpus: inout Corpus) throws(StoreError)
    -> Chunk
  {
    enum Plan {
      case unchanged(StoredFile)
      case load(hash: String, replaced: [String])
    }
    var plans: [Plan] = []
    for file in files {
      let key = Self.key(file.path)
      guard let hash = ContentHash.ofFile(atPath: file.path) else {
        // Unreadable: the loader says why, in the usual words.
        plans.append(.load(hash: "", replaced: []))
        continue
      }
      if let known = try store.file(atPath: key) {
        if known.hash == hash, known.size == file.size {
          plans.append(.unchanged(known))
          continue
        }
        plans.append(.load(hash: hash, replaced: known.reportIDs))
      } else {
        plans.append(.load(hash: hash, replaced: []))
      }
    }
    let toLoad = files.indices.filter {
      if case .load = plans[$0] { return true }
      return false
    }
    let result = toLoad.isEmpty ? LoadResult() : loader.load(toLoad.map { files[$0].path })
    if result.interrupted { return .interrupted }
    // Reports and diagnostics belong to the file they were read from: its path, or an entry
    // inside it (`archive.zip/entry.docx`).
    func belongs(_ doc: String?, to path: String) -> Bool {
      guard let doc else { return false }
      return doc == path || doc.hasPrefix(path + "/")
    }
    var perFile: [Int: [Report]] = [:]
    var duplicatesPerFile: [Int: [(doc: String, position: Int, of: String)]] = [:]
    for i in toLoad {
      guard case .load(_, let replaced) = plans[i] else { continue }
      corpus.remove(ids: Set(replaced))
      var added: [Report] = []
      var duplicates: [(doc: String, position: Int, of: String)] = []
      for var report in result.reports where belongs(report.doc, to: files[i].path) {
        report.doc = shown(report.doc)
        switch corpus.add(report) {
        case .added(let id):
          added.append(corpus.report(id: id)!)
          // The entry keeps the original until the store has it; the corpus need not.
          corpus.deferOriginal(of: id, to: store.storedOriginal(of: id))
        case .duplicate(let existing):
          duplicates.append((report.doc, report.position, existing))
        }
      }
      perFile[i] = added
      duplicatesPerFile[i] = duplicates
    }
    // Structure and extraction, in parallel over the chunk's reports, with a cache for this
    // chunk only: the store keeps the results.
    let all = toLoad.flatMap { perFile[$0] ?? [] }
    let analysis = CorpusAnalysis(lexicon: analysis.extractor.lexicon)
    // One parallel pass: a report's facts need its structure, which the cache then holds, so
    // the cores are not left idle between a structure pass and an extraction pass.
    let facts = analysis.indicatorLists(of: all)
    let structures = analysis.structures(of: all)
    var next = 0
    var outcomes: [Outcome] = []
    for (i, file) in files.enumerated() {
      switch plans[i] {
      case .unchanged(let known):
        outcomes.append(.unchanged(path: file.shownAs, loadedAt: known.loadedAt))
      case .load(let hash, let replaced):
        let diagnostics = result.diagnostics.filter { belongs($0.file, to: file.path) }
          .map { d in
            var d = d
            d.file = d.file.map(shown)
            return d
          }
        let entries = (perFile[i] ?? []).map { report in
          defer { next += 1 }
          return IngestedFile.Entry(
            report: report, structure: structures[next], indicators: facts[next])
        }
        if entries.isEmpty, diagnostics.contains(where: { $0.severity == .error }) {
          outcomes.append(.unreadable(path: file.path, diagnostics: diagnostics))
        } else {
          let stored = IngestedFile(
            path: Self.key(file.path), shownAs: shown(file.shownAs), hash: hash,
            size: file.size, reports: entries, diagnostics: diagnostics)
          outcomes.append(
            .stored(stored, replaced: replaced, duplicates: duplicatesPerFile[i] ?? []))
        }
      }
    }
    return .outcomes(outcomes)
  }

  /// The store's key for a file: its absolute, standardised path.
  public static func key(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}

/// A prepared chunk of files, or why the producer stopped.
enum Chunk: Sendable {
  case outcomes([StoreIngest.Outcome])
  case interrupted
  case failed(StoreError)
}

/// The bounded queue between the producer and the writer: `put` waits while `depth` chunks are
/// waiting already, `next` waits for a chunk or the end.
final class ChunkQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var chunks: [Chunk] = []
  private var done = false
  private var cancelled = false
  private let depth: Int

  init(depth: Int) { self.depth = depth }

  /// Queues a chunk; false when the writer has stopped (nothing more is wanted).
  func put(_ chunk: Chunk) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while chunks.count >= depth && !cancelled { condition.wait() }
    if cancelled { return false }
    chunks.append(chunk)
    condition.broadcast()
    return true
  }

  /// The next chunk, or nil once the producer has finished and every chunk was taken.
  func next() -> Chunk? {
    condition.lock()
    defer { condition.unlock() }
    while chunks.isEmpty && !done { condition.wait() }
    if chunks.isEmpty { return nil }
    let chunk = chunks.removeFirst()
    condition.broadcast()
    return chunk
  }

  func finish() {
    condition.lock()
    done = true
    condition.broadcast()
    condition.unlock()
  }

  /// The writer stopped: the producer's next `put` returns false.
  func cancel() {
    condition.lock()
    cancelled = true
    chunks = []
    condition.broadcast()
    condition.unlock()
  }

  var isCancelled: Bool {
    condition.lock()
    defer { condition.unlock() }
    return cancelled
  }
}
