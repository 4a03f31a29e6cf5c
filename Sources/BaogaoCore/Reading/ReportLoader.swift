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
  public func load(_ paths: [String], progress: (@Sendable (LoadProgress) -> Void)? = nil) -> LoadResult {
    var result = LoadResult()
    let expansion = PathExpander.expand(paths)
    result.diagnostics.append(contentsOf: expansion.diagnostics)
    let files = expansion.files
    let totalBytes = files.reduce(0) { $0 + $1.size }
    let outputs = UnsafeResultBuffer<FileReader.Output>(count: files.count)
    let counter = ProgressCounter(filesTotal: files.count, bytesTotal: totalBytes)
    let reader = FileReader(options: options)
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      let file = files[i]
      outputs[i] = reader.read(path: file.path, shownAs: file.shownAs)
      let snapshot = counter.add(bytes: file.size)
      progress?(snapshot)
    }
    for output in outputs.values() {
      guard let output else { continue }
      result.reports.append(contentsOf: output.reports)
      result.diagnostics.append(contentsOf: output.diagnostics)
    }
    result.fileCount = files.count
    return result
  }
}

/// Counts finished files and bytes from many threads.
final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var progress: LoadProgress

  init(filesTotal: Int, bytesTotal: Int) {
    progress = LoadProgress(filesDone: 0, filesTotal: filesTotal, bytesDone: 0, bytesTotal: bytesTotal)
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
