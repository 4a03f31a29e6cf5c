import BaogaoCore
import Foundation

/// Runs a notebook's cells in order in one session: `run` writes their outputs, `check` compares them.
///
/// Use one runner per notebook, made fresh, so that a notebook never sees another's state.
/// Cells marked `skip-check` run in `check` too (later cells may need what they define), but their
/// output is not compared: ```` ```baogao skip-check ```` is for timings, dates and paths.
///
/// A cell that fails fails the run and the check, unless it is marked ```` ```baogao expect-error ````
/// (a lesson showing an error message on purpose); a marked cell that does not fail is an error too.
public struct NotebookRunner {
  /// The session the cells run in.
  public var runner: any CellRunner

  public init(runner: any CellRunner) {
    self.runner = runner
  }

  /// Runs every cell of `notebook` and stores each output after its cell.
  ///
  /// The output of a failed cell is stored too, error text and all, so the file shows what went
  /// wrong; unless the cell is marked `expect-error` (`where yaer > 2000` → `unknown field 'yaer'`
  /// on purpose), the failure is an error diagnostic of the run. Each cell is told the line it will
  /// have in the written file, so that an error message stored in an output names the right line
  /// and `check` on the written file sees the same text.
  public mutating func run(_ notebook: Notebook, path: String) -> NotebookRun {
    var updated = notebook
    var results: [NotebookCellResult] = []
    var shift = 0
    for (index, cell) in notebook.cells.enumerated() {
      let output = runner.run(
        cell: cell.source, notebookPath: path, cellLine: cell.sourceLine + shift)
      let before = updated.lineBreakCount(ofCellAt: index)
      results.append(NotebookCellResult(cell: cell, line: cell.line + shift, output: output))
      updated.setOutput(output.text, forCellAt: index)
      shift += updated.lineBreakCount(ofCellAt: index) - before
    }
    return NotebookRun(
      file: path, original: notebook, notebook: updated, cells: results,
      diagnostics: notebook.diagnostics + results.compactMap { $0.surprise(in: path) })
  }

  /// Runs every cell of `notebook` and compares each output with the stored one.
  public mutating func check(_ notebook: Notebook, path: String) -> NotebookCheck {
    var results: [NotebookCellResult] = []
    var diffs: [NotebookDiff] = []
    for cell in notebook.cells {
      let output = runner.run(cell: cell.source, notebookPath: path, cellLine: cell.sourceLine)
      results.append(NotebookCellResult(cell: cell, line: cell.line, output: output))
      let actual = NotebookOutput.normalized(output.text)
      if !cell.skipsCheck, actual != cell.storedText {
        diffs.append(NotebookDiff(file: path, cell: cell, actual: actual))
      }
    }
    return NotebookCheck(
      file: path, cells: results, diffs: diffs,
      diagnostics: notebook.diagnostics + results.compactMap { $0.surprise(in: path) })
  }
}

/// One cell as it ran: where it is, and what it showed.
public struct NotebookCellResult: Sendable, Equatable {
  /// The cell as parsed (its `line` is the line in the file as read).
  public let cell: NotebookCell
  /// 1-based line of the cell's opening fence in the file as written by `run` (as read, for `check`).
  public let line: Int
  public let output: CellOutput

  /// True when the cell failed without `expect-error`, or did not fail with it.
  public var isUnexpected: Bool { output.failed != cell.expectsError }

  /// The error for an unexpected result, at the cell's line, quoting the cell's first error line
  /// (`05-your-own-script.md:116:20: error: unknown field 'meet'`), which names the line inside the cell.
  func surprise(in file: String) -> Diagnostic? {
    guard isUnexpected else { return nil }
    if cell.expectsError {
      return Diagnostic(
        severity: .error, kind: "notebook_cell_did_not_fail",
        message: "cell at line \(line) is marked expect-error but did not fail", file: file,
        line: line)
    }
    let lines = output.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let quoted = lines.first { $0.contains("error:") } ?? lines.last { !$0.isEmpty } ?? ""
    let hint = "mark it ```baogao expect-error if it fails on purpose"
    return Diagnostic(
      severity: .error, kind: "notebook_cell_failed",
      message: "cell at line \(line) failed: \(quoted.isEmpty ? "no message" : quoted) (\(hint))",
      file: file, line: line)
  }
}

/// What `run` did to one notebook.
public struct NotebookRun: Sendable, Equatable {
  /// The notebook as the user named it.
  public let file: String
  /// The notebook as read.
  public let original: Notebook
  /// The notebook with every cell's output stored after it.
  public let notebook: Notebook
  /// Each cell with its output, in order.
  public let cells: [NotebookCellResult]
  /// Problems met parsing, reading or writing the notebook.
  public internal(set) var diagnostics: [Diagnostic]

  /// True when some output block was added or rewritten.
  public var changed: Bool { notebook.text != original.text }
  /// The cells whose run failed (expected or not).
  public var failures: [NotebookCellResult] { cells.filter(\.output.failed) }
  /// True when every cell failed or passed as marked and the notebook could be read and written.
  public var passed: Bool { !diagnostics.contains { $0.severity == .error } }
}

/// What `check` found in one notebook.
public struct NotebookCheck: Sendable, Equatable {
  /// The notebook as the user named it.
  public let file: String
  /// Each cell with its output, in order.
  public let cells: [NotebookCellResult]
  /// One diff for each checked cell whose output differs from the stored output.
  public let diffs: [NotebookDiff]
  /// Problems met parsing or reading the notebook.
  public internal(set) var diagnostics: [Diagnostic]

  /// True when every checked output matches and the notebook could be read.
  public var passed: Bool {
    diffs.isEmpty && !diagnostics.contains { $0.severity == .error }
  }
  /// How many cells ran but were not compared (`skip-check`).
  public var skippedCount: Int { cells.filter(\.cell.skipsCheck).count }
}
