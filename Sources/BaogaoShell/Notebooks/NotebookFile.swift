import BaogaoCore
import Foundation

/// Reading a notebook from disk and writing it back, with problems as diagnostics.
///
/// A notebook is UTF-8 Markdown; one that is not (a GBK file saved by an old editor) is reported,
/// never rewritten, so `run` cannot destroy it.
public enum NotebookFile {
  /// Reads and parses the notebook at `path`, or returns an error diagnostic naming the file.
  public static func read(_ path: String) -> Result<Notebook, NotebookFileError> {
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        NotebookFileError(path: path, kind: "notebook_unreadable", message: "cannot read notebook"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failure(
        NotebookFileError(
          path: path, kind: "notebook_not_utf8", message: "notebook is not UTF-8 text"))
    }
    return .success(Notebook(parsing: text, file: path))
  }

  /// Writes `notebook` to `path` atomically.
  public static func write(_ notebook: Notebook, to path: String) -> Result<Void, NotebookFileError>
  {
    do {
      try Data(notebook.text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      return .success(())
    } catch {
      return .failure(
        NotebookFileError(
          path: path, kind: "notebook_unwritable",
          message: "cannot write notebook: \(error.localizedDescription)"))
    }
  }
}

/// A notebook file that could not be read or written.
public struct NotebookFileError: Error, Sendable, Equatable {
  public let path: String
  public let kind: String
  public let message: String

  /// The problem as a diagnostic naming the file.
  public var diagnostic: Diagnostic {
    Diagnostic(severity: .error, kind: kind, message: message, file: path)
  }
}

extension NotebookRunner {
  /// Reads the notebook at `path`, runs it, and writes it back when an output changed.
  public mutating func runFile(atPath path: String) -> NotebookRun {
    let notebook: Notebook
    switch NotebookFile.read(path) {
    case .success(let read): notebook = read
    case .failure(let error):
      let empty = Notebook(parsing: "")
      return NotebookRun(
        file: path, original: empty, notebook: empty, cells: [], diagnostics: [error.diagnostic])
    }
    var result = run(notebook, path: path)
    if result.changed, case .failure(let error) = NotebookFile.write(result.notebook, to: path) {
      result.diagnostics.append(error.diagnostic)
    }
    return result
  }

  /// Reads the notebook at `path` and checks it.
  public mutating func checkFile(atPath path: String) -> NotebookCheck {
    switch NotebookFile.read(path) {
    case .success(let notebook): return check(notebook, path: path)
    case .failure(let error):
      return NotebookCheck(file: path, cells: [], diffs: [], diagnostics: [error.diagnostic])
    }
  }
}
