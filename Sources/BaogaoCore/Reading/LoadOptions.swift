/// How `load` reads files: options the user gives on the command line.
public struct LoadOptions: Sendable {
  /// The text column of a `.csv`/`.jsonl` corpus table (`load --text NAME`); when nil the reader
  /// looks for `content`, `full_text`, `text` and similar names.
  public var textColumn: String?
  /// Asked between files: when it answers true (Ctrl-C in the shell) the load stops early and
  /// returns what it has, so no core keeps working for a result nobody will use.
  public var isCancelled: (@Sendable () -> Bool)?
  /// How far zip, docx and gz entries may expand, and how deep archives may nest.
  public var archiveLimits = ArchiveLimits()

  public init(textColumn: String? = nil, isCancelled: (@Sendable () -> Bool)? = nil) {
    self.textColumn = textColumn
    self.isCancelled = isCancelled
  }
}

/// How far a `load` has come, reported after each file so a shell can draw a progress line.
public struct LoadProgress: Sendable {
  public var filesDone: Int
  public var filesTotal: Int
  public var bytesDone: Int
  public var bytesTotal: Int

  public init(filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int) {
    self.filesDone = filesDone
    self.filesTotal = filesTotal
    self.bytesDone = bytesDone
    self.bytesTotal = bytesTotal
  }
}

/// What one `load` produced: the reports (not yet in a corpus) and file-level diagnostics.
public struct LoadResult: Sendable {
  /// In file order, then in-file order; ids are empty (`Corpus.add` assigns them).
  public var reports: [Report]
  /// File-level problems and notes: unreadable files, skipped table rows (NPC resolutions), each
  /// with its file and, where known, its line. Per-report cleaning actions are in `Report.diagnostics`.
  public var diagnostics: [Diagnostic]
  /// Files read on disk. A zip archive counts as one file, however many entries it holds.
  public var fileCount: Int
  /// True when `isCancelled` stopped the load before every file was read: the result is partial,
  /// and the shell keeps none of it.
  public var interrupted = false

  public init(reports: [Report] = [], diagnostics: [Diagnostic] = [], fileCount: Int = 0) {
    self.reports = reports
    self.diagnostics = diagnostics
    self.fileCount = fileCount
  }
}

extension LoadOptions {
  /// The columns a corpus table's text is read from when `--text` is not given (compared
  /// without case): a `.csv` with none of them is a table of its own (`load` imports it).
  public static var textColumnNames: [String] { TableReader.textColumns }
}
