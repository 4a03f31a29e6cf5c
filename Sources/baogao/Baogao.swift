import ArgumentParser
import BaogaoShell
import Foundation

/// `baogao` — the shell, a script (`baogao FILE`), statements (`baogao -c '…'`), or notebooks.
@main
struct Baogao: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "baogao",
    abstract: "A workbench for Chinese government work reports (政府工作报告).",
    discussion: """
      Without a FILE or -c, starts the interactive shell (after running ~/.baogaorc).
      Notebooks: baogao notebook run|check|html FILE.md (see baogao notebook --help).
      """)

  @Argument(help: "A script of statements to run (.bg), or a store (.db) to open.")
  var file: String?

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run these statements and exit.", valueName: "statements"))
  var command: String?

  @Option(help: "Output mode: table, box, csv, tsv, json, jsonl, markdown.")
  var mode: String?

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp("Set a parameter, read as $NAME (repeatable).", valueName: "name=value"))
  var parameters: [String] = []

  @Option(
    name: .customLong("db"),
    help: ArgumentHelp(
      "Open (or create) a store: an SQLite file that keeps loaded reports and their facts.",
      valueName: "file"))
  var database: String?

  @Flag(help: "Do not run ~/.baogaorc at interactive start-up.")
  var noRc = false

  /// Sets up the notebook command's session factory, then parses and runs as usual.
  static func main() {
    NotebookCommand.makeRunner = { SessionCellRunner() }
    // `notebook` is dispatched by hand: a root command with an optional FILE argument would
    // otherwise take the word as a script name.
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "notebook" {
      NotebookCommand.main(Array(arguments.dropFirst()))
      return
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: error)
    }
  }

  mutating func run() throws {
    let launcher = Launcher(
      mode: mode, parameters: parameters, readRC: !noRc, database: database)
    let status = launcher.start(file: file, command: command)
    throw ExitCode(status)
  }
}
