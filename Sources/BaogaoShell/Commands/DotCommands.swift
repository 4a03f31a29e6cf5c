import BaogaoQuery
import Foundation

/// The dot-commands that control the session (`.mode`, `.output`, `.set` …).
extension Session {
  /// Every dot-command with a one-line summary, for `.help` and completion.
  public static let dotCommands: [(name: String, usage: String)] = [
    ("ambiguous", ".ambiguous narrow|wide   display width of “”—…① (East Asian Ambiguous)"),
    ("cd", ".cd [DIR]                change the current folder (alone: home)"),
    ("bail", ".bail on|off             stop a script at the first error (on by default)"),
    (
      "dict",
      ".dict [load FILE|show NAME]  dictionaries; load adds words to the segmenter (jieba's userdict)"
    ),
    ("echo", ".echo on|off             print each statement before its output"),
    ("help", ".help [TOPIC]            this list, or help on a command, source or stage"),
    ("history", ".history                statements run in this session"),
    ("import", ".import FILE.csv [as NAME]  your own table as $NAME, to join (numbers typed)"),
    (
      "metrics",
      ".metrics [add ID NAME...|load FILE]  the indicator lexicon; add names for a metric"
    ),
    ("mode", ".mode MODE               table, box, line, csv, tsv, json, jsonl, markdown"),
    ("once", ".once FILE               send the next result to FILE"),
    ("open", ".open FILE               open or create a store (SQLite); load writes to it"),
    ("output", ".output [FILE]           send results to FILE; alone: back to the screen"),
    ("pager", ".pager [on|off|CMD]      page results longer than the screen ($PAGER, less -FRX)"),
    ("params", ".params                  parameters set with .set or --set"),
    ("pwd", ".pwd                     print the current folder"),
    (
      "precision",
      ".precision [N]           decimals shown in table, box and line (4; csv/json: all)"
    ),
    ("quit", ".quit                    leave the shell (also .exit, Ctrl-D)"),
    ("read", ".read FILE               run the statements in FILE"),
    ("reindex", ".reindex                 structure and facts again for every stored report"),
    ("save", ".save FILE               write this session's statements as a script"),
    ("set", ".set NAME VALUE          set a parameter, used as $NAME"),
    ("shell", ".shell CMD               run CMD with /bin/sh and show its output"),
    ("tables", ".tables                  sources, and tables kept with let or .import"),
    ("timer", ".timer on|off            print how long each statement took"),
    ("width", ".width auto|N            the widest a table may be"),
  ]

  func runDotCommand(_ name: String, _ args: [String], range: Range<Int>, origin: Origin) throws
    -> Outcome
  {
    func onOff() throws -> Bool {
      guard args.count == 1, let v = ["on": true, "off": false][args[0].lowercased()] else {
        throw QueryError(".\(name) takes on or off", at: range)
      }
      return v
    }
    switch name {
    case "quit", "exit":
      return .quit
    case "help":
      try emit(Help.text(for: args.first, session: self))
    case "pager":
      // `.pager less -S`: the words after .pager are the command, as typed.
      switch args.joined(separator: " ") {
      case "":
        let shown =
          switch settings.pager {
          case .off: "off"
          case .on: "on (\(Pager.defaultCommand() ?? "no pager installed"))"
          case .command(let command): command
          }
        note("pager: \(shown); results longer than the screen page in the interactive shell")
      case "on": settings.pager = .on
      case "off": settings.pager = .off
      case let command: settings.pager = .command(command)
      }
    case "precision":
      guard let first = args.first else {
        note("precision: \(settings.precision) decimals in table, box and line modes")
        return .done
      }
      guard args.count == 1, let n = Int(first), (0...15).contains(n) else {
        throw QueryError(".precision takes a number of decimals from 0 to 15", at: range)
      }
      settings.precision = n
    case "pwd":
      try emit(FileManager.default.currentDirectoryPath + "\n")
    case "cd":
      let target = args.first.map { resolve($0, origin: origin) } ?? NSHomeDirectory()
      guard FileManager.default.changeCurrentDirectoryPath(target) else {
        throw QueryError(
          "no such folder '\(target)' (current folder: \(FileManager.default.currentDirectoryPath))",
          at: range)
      }
    case "shell":
      guard !args.isEmpty else { throw QueryError(".shell takes a command: .shell ls", at: range) }
      try runShell(args.joined(separator: " "), range: range)
    case "mode":
      guard args.count == 1, let mode = OutputMode(rawValue: args[0].lowercased()) else {
        if args.count > 1 {
          throw QueryError(
            ".mode takes one mode, not \(args.count) words: .mode \(args[0]) (comments start with #)",
            at: range)
        }
        if let bad = args.first {
          throw QueryError.unknown(
            "mode", bad, among: OutputMode.allCases.map(\.rawValue), at: range)
        }
        let modes = OutputMode.allCases.map(\.rawValue).joined(separator: ", ")
        note("current mode: \(settings.mode.rawValue) (one of \(modes))")
        return .done
      }
      settings.mode = mode
    case "output":
      try redirect?.close()
      redirect = nil
      if let path = args.first {
        let resolved = resolve(path, origin: origin)
        guard FileManager.default.createFile(atPath: resolved, contents: nil),
          let handle = FileHandle(forWritingAtPath: resolved)
        else { throw QueryError("cannot write '\(path)'", at: range) }
        redirect = handle
      }
    case "once":
      guard let path = args.first else { throw QueryError(".once takes a file name", at: range) }
      once = resolve(path, origin: origin)
    case "read":
      guard let path = args.first else { throw QueryError(".read takes a file name", at: range) }
      try readScript(resolveExisting(path, origin: origin), shownAs: path, range: range)
    case "save":
      guard let path = args.first else { throw QueryError(".save takes a file name", at: range) }
      let target = resolve(path, origin: origin)
      let text = SavedScript(entries: saved).text(savedTo: target)
      do { try AtomicFile.write(Data(text.utf8), to: target) } catch {
        throw QueryError("cannot write '\(path)'", at: range)
      }
      note("saved \(transcript.count) statement\(transcript.count == 1 ? "" : "s") to \(path)")
    case "history":
      try emit(transcript.enumerated().map { "\($0.offset + 1)  \($0.element)\n" }.joined())
    case "timer": settings.timer = try onOff()
    case "echo": settings.echo = try onOff()
    case "bail": settings.bail = try onOff()
    case "set":
      guard args.count >= 2 else {
        throw QueryError(".set takes a name and a value: .set year 2024", at: range)
      }
      guard Session.isParameterName(args[0]) else {
        throw QueryError("'\(args[0])' is not a parameter name (letters, digits, _)", at: range)
      }
      settings.variables[args[0]] = args.dropFirst().joined(separator: " ")
    case "params":
      // In csv/tsv/json modes parameters are notes about the run, not data: standard error, so
      // that a script's stdout is tables only (see `runPipeline`).
      let echo = settings.variables.sorted { $0.key < $1.key }.map { "$\($0.key) = \($0.value)\n" }
      if Session.dataModes.contains(settings.mode) {
        output.writeError(echo.joined())
      } else {
        try emit(echo.joined())
      }
    case "width":
      guard args.count == 1 else {
        throw QueryError(".width takes auto or a number of columns", at: range)
      }
      if args[0] == "auto" {
        settings.width = nil
      } else if let n = Int(args[0]), n >= 10 {
        settings.width = n
      } else {
        throw QueryError(".width takes auto or a number of columns of at least 10", at: range)
      }
    case "ambiguous":
      guard args.count == 1, ["narrow", "wide"].contains(args[0]) else {
        throw QueryError(".ambiguous takes narrow or wide", at: range)
      }
      settings.ambiguousWide = args[0] == "wide"
    case "tables":
      let sources =
        catalog.sources.values.map { ($0.name, $0.summary) }
        + catalog.parameterized.values.map { ($0.usage, $0.summary) }
      var text = sources.sorted { $0.0 < $1.0 }.map { "\($0.0)  —  \($0.1)\n" }.joined()
      for (name, table) in catalog.tables.sorted(by: { $0.key < $1.key }) {
        let origin =
          catalog.provenance[name].map { "kept with let, from \($0.reportsDescription)" }
          ?? "imported"
        text +=
          "$\(name)  —  \(origin): \(table.rows.count) rows (\(table.schema.names.joined(separator: ", ")))\n"
      }
      try emit(text)
    case "import":
      try runImport(args, range: range, origin: origin)
    case "metrics":
      try runMetricsCommand(args, range: range, origin: origin)
    case "dict":
      try runDictCommand(args, range: range, origin: origin)
    case "open", "reindex":
      try runStoreCommand(name, args, range: range, origin: origin)
    default:
      throw QueryError.unknown(
        "command", "." + name, among: Session.dotCommands.map { "." + $0.name }, at: range)
    }
    return .done
  }

  static func isParameterName(_ s: String) -> Bool {
    !s.isEmpty
      && s.unicodeScalars.allSatisfy {
        $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)
      }
  }

  /// Runs a script file in this session; its relative paths resolve against its own folder.
  func readScript(_ path: String, shownAs: String, range: Range<Int>) throws {
    guard readDepth < 16 else {
      throw QueryError(".read nested too deeply (does '\(shownAs)' read itself?)", at: range)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw QueryError(
        "\(exists ? "cannot read" : "no such file") '\(shownAs)' (current folder: "
          + "\(FileManager.default.currentDirectoryPath))", at: range)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw QueryError("'\(shownAs)' is not UTF-8 text", at: range)
    }
    readDepth += 1
    defer { readDepth -= 1 }
    let inner = Origin(file: shownAs, directory: (path as NSString).deletingLastPathComponent)
    if run(text, origin: inner) == .failed { throw ScriptFailed() }
  }
}

/// A script read with `.read` stopped at an error it already reported.
struct ScriptFailed: Error {}

extension Session {
  /// `.shell CMD`: runs CMD with `/bin/sh -c` in the current folder; its output is a result
  /// (so `.output` and notebooks see it), its errors and a failing status are reported.
  func runShell(_ command: String, range: Range<Int>) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let (out, err) = (Pipe(), Pipe())
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch {
      throw QueryError("cannot run /bin/sh: \(error.localizedDescription)", at: range)
    }
    let printed = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try emit(String(decoding: printed, as: UTF8.self))
    if !errors.isEmpty { output.writeError(String(decoding: errors, as: UTF8.self)) }
    if process.terminationStatus != 0 {
      throw QueryError("'\(command)' exited with status \(process.terminationStatus)", at: range)
    }
  }
}
