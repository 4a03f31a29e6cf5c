import BaogaoQuery
import BaogaoStore
import Foundation

/// What the `baogao` executable does with its arguments: set up a session, then run a script,
/// `-c` statements, standard input, or the interactive shell. Returns the exit status.
public struct Launcher {
  public var mode: String?
  public var parameters: [String]
  public var readRC: Bool
  /// `--db FILE`: the store to open (created when missing) before anything runs.
  public var database: String?

  public init(mode: String?, parameters: [String], readRC: Bool, database: String? = nil) {
    self.mode = mode
    self.parameters = parameters
    self.readRC = readRC
    self.database = database
  }

  public func start(file: String?, command: String?) -> Int32 {
    let session = Session()
    var file = file
    var database = database
    // `baogao corpus.db`: a database given as FILE is a store to open, not a script.
    if database == nil, let f = file, ReportStore.isDatabase(atPath: f) {
      database = f
      file = nil
    }
    let cwd = FileManager.default.currentDirectoryPath
    if let mode {
      guard let m = OutputMode(rawValue: mode) else {
        let modes = OutputMode.allCases.map(\.rawValue).joined(separator: ", ")
        session.output.writeError("baogao: unknown mode '\(mode)' (one of \(modes))\n")
        return 2
      }
      session.settings.mode = m
    }
    for parameter in parameters {
      guard let eq = parameter.firstIndex(of: "="),
        Session.isParameterName(String(parameter[..<eq]))
      else {
        session.output.writeError("baogao: --set takes NAME=VALUE, not '\(parameter)'\n")
        return 2
      }
      session.settings.variables[String(parameter[..<eq])] = String(
        parameter[parameter.index(after: eq)...])
    }
    defer { session.closeOutput() }
    if let database {
      do { try session.open(store: database) } catch {
        session.output.writeError("baogao: \(error.message)\n")
        return 2
      }
    }

    if let command {
      if let problem = unusedParameter(in: command, script: "-c") {
        session.output.writeError("baogao: \(problem)\n")
        return 2
      }
      return status(session.run(command, origin: Origin(directory: cwd)))
    }
    if let file {
      guard let data = FileManager.default.contents(atPath: file),
        let text = String(data: data, encoding: .utf8)
      else {
        let exists = FileManager.default.fileExists(atPath: file)
        session.output.writeError(
          "baogao: \(exists ? "cannot read" : "no such file") '\(file)' (current folder: \(cwd))\n")
        return 2
      }
      let directory = (file as NSString).deletingLastPathComponent
      if let problem = unusedParameter(in: text, script: file) {
        session.output.writeError("baogao: \(problem)\n")
        return 2
      }
      return status(
        session.run(
          text, origin: Origin(file: file, directory: directory.isEmpty ? cwd : directory)))
    }
    if isatty(STDIN_FILENO) == 0 {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      let text = String(decoding: data, as: UTF8.self)
      return status(session.run(text, origin: Origin(file: "<stdin>", directory: cwd)))
    }
    if readRC {
      let rc = NSHomeDirectory() + "/.baogaorc"
      if let data = FileManager.default.contents(atPath: rc) {
        session.run(
          String(decoding: data, as: UTF8.self),
          origin: Origin(file: rc, directory: NSHomeDirectory(), interactive: true))
      }
    }
    session.settings.bail = false
    InteractiveShell(session: session, historyPath: LineEditor.defaultHistoryPath()).run()
    return 0
  }

  /// A `--set NAME` that the script never uses: a misspelling would otherwise run silently
  /// with the default. A script that `.read`s another may use its parameters there, so such a
  /// script is not checked.
  private func unusedParameter(in text: String, script: String) -> String? {
    if text.contains(".read") { return nil }
    let uses = ParameterUse.names(in: text)
    for parameter in parameters {
      let name = String(parameter.prefix { $0 != "=" })
      if let problem = ParameterUse.unused(name, script: script, uses: uses) { return problem }
    }
    return nil
  }

  private func status(_ s: RunStatus) -> Int32 { s == .failed ? 1 : 0 }
}

extension Session {
  /// Closes a file opened with `.output`.
  public func closeOutput() {
    try? redirect?.close()
    redirect = nil
  }
}
