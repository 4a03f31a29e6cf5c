import BaogaoCore

/// A cell whose output differs from the output block stored after it, as `notebook check` reports it.
///
/// The header names the output block's `FILE:LINE` and the hunks use file line numbers, so an
/// editor can jump to the stale line:
/// ```
/// --- Notebooks/入门.md:15 (stored output of the cell at line 11)
/// +++ Notebooks/入门.md:15 (output now)
/// @@ -16,2 +16,2 @@
///  报告数
/// -52
/// +53
/// ```
public struct NotebookDiff: Sendable, Equatable {
  /// The notebook as the user named it.
  public let file: String
  /// 1-based line of the output block's opening fence; for a cell without one, the line it would take.
  public let line: Int
  /// 1-based line of the cell's opening fence.
  public let cellLine: Int
  /// The stored output (empty when the cell has no output block).
  public let stored: String
  /// The output the cell shows now.
  public let actual: String
  /// True when the cell has no output block yet.
  public let isMissingBlock: Bool

  public init(file: String, cell: NotebookCell, actual: String) {
    self.file = file
    self.cellLine = cell.line
    self.line = cell.output?.line ?? cell.closingLine + 1
    self.stored = cell.storedText
    self.actual = actual
    self.isMissingBlock = cell.output == nil
  }

  /// `FILE:LINE: error: …`, the line a person or CI log reads first.
  public var diagnostic: Diagnostic {
    let message =
      isMissingBlock
      ? "cell at line \(cellLine) has output but no output block (run `baogao notebook run \(file)`)"
      : "output of the cell at line \(cellLine) differs from the stored output"
    return Diagnostic(
      severity: .error, kind: "notebook_output_differs", message: message, file: file, line: line)
  }

  /// The unified diff, stored output to output now, with file line numbers.
  public var unified: String {
    let diff = LineDiff(old: Self.lines(of: stored), new: Self.lines(of: actual))
    let firstTextLine = isMissingBlock ? line : line + 1
    let storedName =
      isMissingBlock ? "no output block" : "stored output of the cell at line \(cellLine)"
    return "--- \(file):\(line) (\(storedName))\n"
      + "+++ \(file):\(line) (output now)\n"
      + diff.unifiedHunks(oldStart: firstTextLine, newStart: firstTextLine)
  }

  /// The diagnostic line followed by the unified diff.
  public var formatted: String { diagnostic.formatted + "\n" + unified }

  /// The lines of normalised output text (each ended by `\n`).
  static func lines(of text: String) -> [String] {
    guard !text.isEmpty else { return [] }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
