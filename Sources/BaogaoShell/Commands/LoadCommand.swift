import BaogaoCore
import BaogaoQuery
import Foundation

/// `load PATH... [--text NAME]`: reads files, folders and globs into the session. A `.csv` named
/// on its own without a text column is a table, not reports: it is imported as `$NAME`.
extension Session {
  func runLoad(_ args: [String], range: Range<Int>, origin: Origin) throws {
    var paths: [String] = []
    var relativeTyped: [String] = []
    var tables: [String] = []
    // Ctrl-C cancels this load for good, even after the prompt has cleared the interrupt flag.
    let cancel = Cancellation()
    var options = LoadOptions(isCancelled: { cancel.isCancelled || Interrupt.isRequested })
    options.archiveLimits = try archiveLimits(range: range)
    var i = 0
    while i < args.count {
      if args[i] == "--text" {
        guard i + 1 < args.count else { throw QueryError("--text takes a column name", at: range) }
        options.textColumn = args[i + 1]
        i += 2
        continue
      }
      let resolved = resolveExisting(args[i], origin: origin)
      if !args[i].hasPrefix("/"), !args[i].hasPrefix("~") { relativeTyped.append(args[i]) }
      if isPlainTable(resolved, options: options) {
        tables.append(args[i])
      } else {
        paths.append(resolved)
      }
      i += 1
    }
    guard !paths.isEmpty || !tables.isEmpty else {
      throw QueryError("load takes one or more files, folders or globs", at: range)
    }
    for table in tables {
      try importTable(table, as: nil, range: range, origin: origin)
    }
    guard !paths.isEmpty else { return }
    let before = corpus.reports.map(\.id)
    defer { warnStaleTables(before: before) }
    if let store {
      let prefix = origin.file == nil ? "" : origin.directory + "/"
      let typed = relativeTyped
      try runStoreLoad(
        store, paths: paths, options: options, cancel: cancel,
        shown: { path in
          guard !prefix.isEmpty, path.hasPrefix(prefix),
            typed.contains(where: { path.dropFirst(prefix.count).hasPrefix($0.replacingGlobs) })
          else { return path }
          return String(path.dropFirst(prefix.count))
        }, range: range)
      return
    }

    let progress = LoadProgressPrinter(enabled: isatty(STDERR_FILENO) != 0)
    let loader = ReportLoader(options: options)
    let requested = paths
    let result: LoadResult
    do {
      // An interrupted load changes nothing: none of the files it read are kept (README).
      result = try Background.run(cancellation: cancel) { () throws(QueryError) -> LoadResult in
        let result = loader.load(requested) { progress.update($0) }
        if result.interrupted { throw .interrupted }
        return result
      }
    } catch {
      // Interrupted: the load stops after the files it is reading; its progress must not
      // write over the prompt.
      cancel.cancel()
      progress.finish()
      throw error
    }
    progress.finish()

    // Inside a script or notebook, relative paths were resolved against its folder; show them
    // (in `doc` and messages) as the user wrote them, so output does not depend on the cwd.
    let folderPrefix = origin.file == nil ? "" : origin.directory + "/"
    func asWritten(_ path: String) -> String {
      guard !folderPrefix.isEmpty, path.hasPrefix(folderPrefix),
        relativeTyped.contains(where: {
          path.dropFirst(folderPrefix.count).hasPrefix($0.replacingGlobs)
        })
      else { return path }
      return String(path.dropFirst(folderPrefix.count))
    }
    var diagnostics = result.diagnostics
    for i in diagnostics.indices { diagnostics[i].file = diagnostics[i].file.map(asWritten) }
    for d in diagnostics where d.severity >= .warning {
      note(d.formatted)
    }
    fileDiagnostics += diagnostics
    var added: [Report] = []
    var duplicates = 0
    for var report in result.reports {
      report.doc = asWritten(report.doc)
      switch corpus.add(report) {
      case .added(let id):
        added.append(corpus.report(id: id)!)
      case .duplicate(let existing):
        duplicates += 1
        if duplicates <= 5 {
          note("\(report.doc)#\(report.position): same text as \(existing), not loaded again")
        }
      }
    }
    if duplicates > 5 { note("… and \(duplicates - 5) more reports already loaded") }
    refreshSources()
    if added.count <= 20 {
      for r in added {
        let what = [r.region, r.level?.rawValue, r.year.map(String.init)].compactMap { $0 }.joined(
          separator: " ")
        note(
          "  \(r.id)  \(what.isEmpty ? "(no metadata)" : what)  \(r.doc)\(r.position > 1 || result.reports.filter { asWritten($0.doc) == r.doc }.count > 1 ? "#\(r.position)" : "")"
        )
      }
    }
    if result.reports.isEmpty, result.diagnostics.contains(where: { $0.severity == .error }) {
      throw QueryError("nothing loaded", at: range)
    }
    note(LoadSummary.line(reports: added, fileCount: result.fileCount, duplicates: duplicates))
  }
}

extension Session {
  /// `.set archive_max_mb N`, `.set archive_max_ratio N`, `.set archive_max_depth N` over the
  /// defaults of `ArchiveLimits`.
  func archiveLimits(range: Range<Int>) throws(QueryError) -> ArchiveLimits {
    var limits = ArchiveLimits()
    func setting(_ name: String, within bounds: ClosedRange<Int>) throws(QueryError) -> Int? {
      guard let text = settings.variables[name] else { return nil }
      guard let value = Int(text), bounds.contains(value) else {
        throw QueryError(
          "$\(name) must be a whole number from \(bounds.lowerBound) to \(bounds.upperBound), not '\(text)'",
          at: range)
      }
      return value
    }
    if let mb = try setting("archive_max_mb", within: 1...(1 << 20)) {
      limits.maxEntryBytes = mb << 20
    }
    if let ratio = try setting("archive_max_ratio", within: 1...1_000_000) {
      limits.maxRatio = ratio
    }
    if let depth = try setting("archive_max_depth", within: 0...16) { limits.maxDepth = depth }
    return limits
  }
}

extension String {
  /// The part of a path before its first glob character (`dir/*.txt` → `dir/`).
  fileprivate var replacingGlobs: String {
    String(prefix { !"*?[".contains($0) })
  }
}

/// Prints `loading 12/31 files, 3.2/9.8 MB` on one terminal line once a load has taken more than
/// a second; quiet for quick loads and when stderr is not a terminal.
final class LoadProgressPrinter: @unchecked Sendable {
  private let enabled: Bool
  private let started = Date()
  private let lock = NSLock()
  private var shown = false
  private var finished = false

  init(enabled: Bool) { self.enabled = enabled }

  func update(_ p: LoadProgress) {
    guard enabled, Date().timeIntervalSince(started) > 1 else { return }
    lock.withLock {
      guard !finished else { return }
      shown = true
      let mb = { (b: Int) in String(format: "%.1f", Double(b) / 1_000_000) }
      let line =
        "\rloading \(p.filesDone)/\(p.filesTotal) files, \(mb(p.bytesDone))/\(mb(p.bytesTotal)) MB"
      FileHandle.standardError.write(Data(line.utf8))
    }
  }

  func finish() {
    lock.withLock {
      finished = true
      if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
  }
}
