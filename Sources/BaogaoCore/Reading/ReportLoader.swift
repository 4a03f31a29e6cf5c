import Dispatch
import Foundation

/// Reads report files of every supported kind into `Report`s: the entry point of `load`.
///
/// Files are read in parallel (one task per file over all cores) and the results put back in
/// file order. A file that cannot be read becomes a diagnostic; the other files still load.
public struct ReportLoader: Sendable {
  public var options: LoadOptions

  public init(options: LoadOptions = .init()) {
    self.options = options
  }

  /// Files, directories (recursively, sorted by path) and globs. Bad files → diagnostics; the rest still load.
  public func load(_ paths: [String], progress: (@Sendable (LoadProgress) -> Void)? = nil)
    -> LoadResult
  {
    var result = LoadResult()
    let expansion = PathExpander.expand(paths)
    result.diagnostics.append(contentsOf: expansion.diagnostics)
    let files = expansion.files
    let counter = ProgressCounter(
      filesTotal: files.count, bytesTotal: files.reduce(0) { $0 + $1.size })
    for batch in Self.batches(files) {
      if options.isCancelled?() == true { break }
      let (reports, diagnostics) = load(batch: batch, counter: counter, progress: progress)
      result.reports.append(contentsOf: reports)
      result.diagnostics.append(contentsOf: diagnostics)
    }
    // Asked once more at the end: a batch whose workers saw the request skipped files.
    result.interrupted = options.isCancelled?() == true
    result.fileCount = files.count
    return result
  }

  /// Files read together: enough to keep every core busy, few enough bytes that a large corpus is
  /// not held decoded in memory all at once.
  static func batches(_ files: [PathExpander.File], maxBytes: Int = 64 << 20, maxFiles: Int = 256)
    -> [ArraySlice<PathExpander.File>]
  {
    var batches: [ArraySlice<PathExpander.File>] = []
    var start = 0
    var bytes = 0
    for (i, file) in files.enumerated() {
      if i > start && (bytes + file.size > maxBytes || i - start >= maxFiles) {
        batches.append(files[start..<i])
        start = i
        bytes = 0
      }
      bytes += file.size
    }
    if start < files.count { batches.append(files[start...]) }
    return batches
  }

  /// Two parallel phases: files → documents (decoding, unzipping, table rows), then documents →
  /// reports (splitting, cleaning, metadata), so one large JSONL file still uses every core.
  private func load(
    batch: ArraySlice<PathExpander.File>, counter: ProgressCounter,
    progress: (@Sendable (LoadProgress) -> Void)?
  ) -> (reports: [Report], diagnostics: [Diagnostic]) {
    let files = Array(batch)
    let read = UnsafeResultBuffer<FileReader.Output>(count: files.count)
    let reader = FileReader(options: options)
    let cancelled = options.isCancelled
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      if cancelled?() == true { return }
      read[i] = reader.read(path: files[i].path, shownAs: files[i].shownAs)
    }
    var documents: [(file: Int, document: SourceDocument)] = []
    var diagnostics: [[Diagnostic]] = []
    var remaining: [Int] = []
    for (i, output) in read.values().enumerated() {
      let output = output ?? FileReader.Output()
      documents.append(contentsOf: output.documents.map { (i, $0) })
      diagnostics.append(output.diagnostics)
      remaining.append(output.documents.count)
    }
    // Files with nothing to build are done already.
    for (i, n) in remaining.enumerated() where n == 0 {
      progress?(counter.add(bytes: files[i].size))
    }
    let tracker = RemainingCounter(remaining)
    let work = documents
    let built = UnsafeResultBuffer<([Report], [Diagnostic])>(count: documents.count)
    let builder = ReportBuilder()
    DispatchQueue.concurrentPerform(iterations: documents.count) { k in
      if cancelled?() == true { return }
      var notes: [Diagnostic] = []
      let reports = builder.reports(from: work[k].document, diagnostics: &notes)
      built[k] = (reports, notes)
      let file = work[k].file
      if tracker.finishOne(of: file) { progress?(counter.add(bytes: files[file].size)) }
    }
    var reports: [Report] = []
    let results = built.values()
    for (k, entry) in documents.enumerated() {
      guard let (r, notes) = results[k] else { continue }
      reports.append(contentsOf: r)
      diagnostics[entry.file].append(contentsOf: notes)
    }
    return (reports, diagnostics.flatMap { $0 })
  }
}

/// How many documents of each file are still being built.
final class RemainingCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var remaining: [Int]

  init(_ remaining: [Int]) { self.remaining = remaining }

  /// True when this was the file's last document.
  func finishOne(of file: Int) -> Bool {
    lock.withLock {
      remaining[file] -= 1
      return remaining[file] == 0
    }
  }
}

/// Counts finished files and bytes from many threads.
final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var progress: LoadProgress

  init(filesTotal: Int, bytesTotal: Int) {
    progress = LoadProgress(
      filesDone: 0, filesTotal: filesTotal, bytesDone: 0, bytesTotal: bytesTotal)
  }

  func add(bytes: Int) -> LoadProgress {
    lock.lock()
    defer { lock.unlock() }
    progress.filesDone += 1
    progress.bytesDone += bytes
    return progress
  }
}

/// A fixed array written from `concurrentPerform`, each slot by exactly one iteration.
final class UnsafeResultBuffer<Element>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Element?]

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Element? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  func values() -> [Element?] { lock.withLock { storage } }
}
