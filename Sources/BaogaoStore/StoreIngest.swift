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
  public func run(
    _ files: [PathExpander.File], corpus: inout Corpus,
    commit: (Outcome) throws(StoreError) -> Bool
  ) throws(StoreError) {
    var pending: [(file: PathExpander.File, hash: String, replaced: [String])] = []
    var pendingBytes = 0

    func flush() throws(StoreError) -> Bool {
      defer {
        pending = []
        pendingBytes = 0
      }
      guard !pending.isEmpty else { return true }
      let result = loader.load(pending.map(\.file.path))
      if result.interrupted { return false }
      // Reports and diagnostics belong to the file they were read from: its path, or an entry
      // inside it (`archive.zip/entry.docx`).
      func belongs(_ doc: String?, to path: String) -> Bool {
        guard let doc else { return false }
        return doc == path || doc.hasPrefix(path + "/")
      }
      var perFile: [[Report]] = []
      var duplicatesPerFile: [[(doc: String, position: Int, of: String)]] = []
      for item in pending {
        corpus.remove(ids: Set(item.replaced))
        var added: [Report] = []
        var duplicates: [(doc: String, position: Int, of: String)] = []
        for var report in result.reports where belongs(report.doc, to: item.file.path) {
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
        perFile.append(added)
        duplicatesPerFile.append(duplicates)
      }
      // Structure and extraction run now, in parallel over the chunk's reports, with a cache
      // for this chunk only: the store keeps the results, and memory stays bounded whatever the
      // number of files.
      let all = perFile.flatMap { $0 }
      let analysis = CorpusAnalysis(lexicon: analysis.extractor.lexicon)
      let structures = analysis.structures(of: all)
      let facts = analysis.indicatorLists(of: all)
      var next = 0
      for (i, item) in pending.enumerated() {
        let diagnostics = result.diagnostics.filter { belongs($0.file, to: item.file.path) }
          .map { d in
            var d = d
            d.file = d.file.map(shown)
            return d
          }
        let entries = perFile[i].map { report in
          defer { next += 1 }
          return IngestedFile.Entry(
            report: report, structure: structures[next], indicators: facts[next])
        }
        let outcome: Outcome
        if entries.isEmpty, diagnostics.contains(where: { $0.severity == .error }) {
          outcome = .unreadable(path: item.file.path, diagnostics: diagnostics)
        } else {
          let file = IngestedFile(
            path: Self.key(item.file.path), shownAs: shown(item.file.shownAs), hash: item.hash,
            size: item.file.size, reports: entries, diagnostics: diagnostics)
          outcome = .stored(file, replaced: item.replaced, duplicates: duplicatesPerFile[i])
        }
        if try !commit(outcome) { return false }
      }
      return true
    }

    for file in files {
      if loader.options.isCancelled?() == true { return }
      let key = Self.key(file.path)
      guard let hash = ContentHash.ofFile(atPath: file.path) else {
        // Unreadable: the loader says why, in the usual words.
        pending.append((file, "", []))
        continue
      }
      if let known = try store.file(atPath: key) {
        if known.hash == hash, known.size == file.size {
          if try !flush() { return }
          if try !commit(.unchanged(path: file.shownAs, loadedAt: known.loadedAt)) { return }
          continue
        }
        pending.append((file, hash, known.reportIDs))
      } else {
        pending.append((file, hash, []))
      }
      pendingBytes += file.size
      if pending.count >= 32 || pendingBytes >= 16 << 20 {
        if try !flush() { return }
      }
    }
    _ = try flush()
  }

  /// The store's key for a file: its absolute, standardised path.
  public static func key(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
