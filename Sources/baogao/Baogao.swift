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
    if let simple = SimpleArguments(arguments) {
      Foundation.exit(simple.launcher.start(file: simple.file, command: simple.command))
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

/// The usual invocations (`baogao`, `baogao FILE`, `baogao --db FILE -c '…'`, with `--mode` and
/// `--no-rc`), read without ArgumentParser: setting it up (reflection over the command's
/// properties) took a sixth of an empty session's start. Anything else (`--help`, `--set`, a
/// repeated or unknown option, a value that looks like an option, `help`) is nil and goes
/// through ArgumentParser, whose errors and help stay as they were.
struct SimpleArguments {
  var file: String?
  var command: String?
  var launcher: Launcher

  init?(_ arguments: [String]) {
    var file: String?
    var values: [String: String] = [:]
    var noRc = false
    var i = 0
    while i < arguments.count {
      let argument = arguments[i]
      switch argument {
      case "-c", "--mode", "--db":
        guard values[argument] == nil, i + 1 < arguments.count else { return nil }
        let value = arguments[i + 1]
        guard !value.hasPrefix("-") || value == "-" else { return nil }
        values[argument] = value
        i += 2
        continue
      case "--no-rc":
        guard !noRc else { return nil }
        noRc = true
      default:
        guard file == nil, !argument.hasPrefix("-"), argument != "help" else { return nil }
        file = argument
      }
      i += 1
    }
    self.file = file
    command = values["-c"]
    launcher = Launcher(
      mode: values["--mode"], parameters: [], readRC: !noRc, database: values["--db"])
  }
}
