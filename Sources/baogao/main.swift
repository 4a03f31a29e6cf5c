import ArgumentParser
import BaogaoShell
import Foundation

/// `baogao` — the shell, a script (`baogao FILE`), statements (`baogao -c '…'`), or notebooks.
@main
struct Baogao: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "baogao",
    abstract: "A workbench for Chinese government work reports (政府工作报告).",
    discussion: "Without a FILE or -c, starts the interactive shell (after running ~/.baogaorc).",
    subcommands: [])

  @Argument(help: "A script of statements to run (.bg).")
  var file: String?

  @Option(name: .customShort("c"), help: "Run these statements and exit.")
  var command: String?

  @Option(help: "Output mode: table, box, csv, tsv, json, jsonl, markdown.")
  var mode: String?

  @Option(name: .customLong("set"), help: "Set a parameter, read as $NAME (repeatable).")
  var parameters: [String] = []

  @Flag(help: "Do not run ~/.baogaorc at interactive start-up.")
  var noRc = false

  mutating func run() throws {
    let launcher = Launcher(mode: mode, parameters: parameters, readRC: !noRc)
    let status = launcher.start(file: file, command: command)
    throw ExitCode(status)
  }
}
