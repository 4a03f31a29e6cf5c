import ArgumentParser
import BaogaoCore
import BaogaoShell
import Foundation

/// `baogao notebook run|check|html`: Markdown notebooks of ```` ```baogao ```` cells and their outputs.
///
/// The command only reads arguments and prints; `NotebookRunner`, `NotebookFile` and `NotebookHTML`
/// in BaogaoShell do the work. The session comes from `makeRunner`, which `main` sets before
/// parsing arguments, so this file builds without knowing the session type.
struct NotebookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notebook",
    abstract: "Run, check or render Markdown notebooks of baogao cells.",
    discussion: """
      A notebook is a Markdown file: prose, and ```baogao cells, each followed by the ```output \
      block it showed. Cells run in order in one session; relative paths in cells resolve against \
      the notebook's folder. Mark a cell ```baogao skip-check when its output legitimately varies \
      (timings, dates): it still runs, but check does not compare it. A cell that fails fails run \
      and check, unless it is marked ```baogao expect-error (it shows an error on purpose); a cell \
      so marked that does not fail is an error too.
      """,
    subcommands: [Run.self, Check.self, HTML.self])

  /// Makes a fresh session for one notebook; set by `main` before arguments are parsed.
  nonisolated(unsafe) static var makeRunner: (() -> any CellRunner)?

  static func runnerFactory() throws -> () -> any CellRunner {
    guard let makeRunner else {
      throw ValidationError("no session is available to run notebook cells in this build")
    }
    return makeRunner
  }

  /// Writes `text` to standard error (progress, warnings and summaries; diffs go to standard output).
  static func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  static func printDiagnostics(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { printError(diagnostic.formatted) }
  }
}

extension NotebookCommand {
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run every cell in order in one session and write the outputs back into the file.")

    @Argument(help: "Notebook files (.md).")
    var files: [String]

    func run() throws {
      let makeRunner = try NotebookCommand.runnerFactory()
      var failedFiles = 0
      for file in files {
        var runner = NotebookRunner(runner: makeRunner())
        let result = runner.runFile(atPath: file)
        // Unreadable files and cells that failed (or did not fail as marked) are errors here.
        NotebookCommand.printDiagnostics(result.diagnostics)
        if !result.passed { failedFiles += 1 }
        let state = result.changed ? "updated" : "unchanged"
        NotebookCommand.printError("\(file): \(result.cells.count) cells run, \(state)")
      }
      if failedFiles > 0 { throw ExitCode.failure }
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Run the cells and exit 1 with a unified diff when an output differs from the stored one.")

    @Argument(help: "Notebook files (.md).")
    var files: [String]

    func run() throws {
      let makeRunner = try NotebookCommand.runnerFactory()
      var failedFiles = 0
      var cells = 0
      var skipped = 0
      var differing = 0
      for file in files {
        var runner = NotebookRunner(runner: makeRunner())
        let check = runner.checkFile(atPath: file)
        NotebookCommand.printDiagnostics(check.diagnostics)
        for diff in check.diffs { print(diff.formatted, terminator: "") }
        cells += check.cells.count
        skipped += check.skippedCount
        differing += check.diffs.count
        if !check.passed { failedFiles += 1 }
      }
      NotebookCommand.printError(
        "notebook check: \(files.count) notebooks, \(cells) cells (\(skipped) skip-check), "
          + "\(differing) outputs differ, \(failedFiles) notebooks fail")
      if differing > 0 {
        NotebookCommand.printError(
          "if the new outputs are right, store them with `baogao notebook run FILE...`")
      }
      if failedFiles > 0 { throw ExitCode.failure }
    }
  }

  struct HTML: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "html",
      abstract: "Render notebooks as HTML handouts (stored outputs; cells are not run).")

    @Argument(help: "Notebook files (.md); each handout is written beside its notebook.")
    var files: [String]

    @Option(
      name: .shortAndLong,
      help: "The HTML file to write, for one notebook (default: the notebook's name with .html).")
    var output: String?

    func validate() throws {
      if output != nil, files.count > 1 {
        throw ValidationError("--output names one file; give one notebook, or leave it out")
      }
    }

    func run() throws {
      var failed = false
      for file in files {
        let notebook: Notebook
        switch NotebookFile.read(file) {
        case .success(let read): notebook = read
        case .failure(let error):
          NotebookCommand.printError(error.diagnostic.formatted)
          failed = true
          continue
        }
        NotebookCommand.printDiagnostics(notebook.diagnostics)
        let url = URL(fileURLWithPath: file)
        let title = url.deletingPathExtension().lastPathComponent
        let html = NotebookHTML(fallbackTitle: title).render(notebook)
        let destination = output ?? (file as NSString).deletingPathExtension + ".html"
        do {
          try Data(html.utf8).write(to: URL(fileURLWithPath: destination), options: .atomic)
          NotebookCommand.printError("\(file): wrote \(destination)")
        } catch {
          NotebookCommand.printError(
            "\(destination): error: cannot write HTML: \(error.localizedDescription)")
          failed = true
        }
      }
      if failed { throw ExitCode.failure }
    }
  }
}
