import BaogaoQuery
import Foundation

/// Runs a pipeline and shows its table in the current mode, or hands it to its sink.
///
/// A script's standard output carries tables only (load notes, progress and, in the data modes,
/// `.params` go to standard error), so `baogao --mode csv FILE.bg > out.csv` is one CSV when the script prints one
/// table. When a script prints a second table in csv, tsv, json or jsonl mode, a blank line
/// separates the tables and standard error warns, once, that the output holds several.
extension Session {
  func runPipeline(_ pipeline: Pipeline, origin: Origin) throws {
    let table = try evaluate(pipeline, origin: origin)
    if let sink = pipeline.sink {
      try runSink(sink, table: table, origin: origin)
      return
    }
    let text = render(table)
    if isDataOutput(origin: origin) {
      dataTablesWritten += 1
      if dataTablesWritten == 2 {
        output.writeError(
          "warning: the output holds several \(settings.mode.rawValue) tables, separated by a blank "
            + "line; print one table per script (or use `| export FILE`) for one file\n")
      }
      if dataTablesWritten > 1 { output.write("\n") }
    }
    try emit(text)
  }

  /// The modes a program reads, where standard output must hold tables only.
  static let dataModes: Set<OutputMode> = [.csv, .tsv, .json, .jsonl]

  /// True when a script file's table goes to standard output in a data mode (not the prompt,
  /// not `-c`, not `.output`/`.once`, not a notebook).
  private func isDataOutput(origin: Origin) -> Bool {
    guard origin.file != nil, !origin.interactive, redirect == nil, once == nil,
      output is StandardOutput
    else { return false }
    return Self.dataModes.contains(settings.mode)
  }

  /// The table as text in the session's mode and width.
  public func render(_ table: Table) -> String {
    let width: Int? = settings.width ?? (redirect == nil && once == nil ? terminalWidth : nil)
    let options = RenderOptions(
      mode: settings.mode, maxWidth: width, ambiguousWide: settings.ambiguousWide,
      showHiddenColumns: false, precision: settings.precision)
    return TableRenderer.render(table, options: options)
  }

  func runCommand(_ name: String, _ args: [String], range: Range<Int>, origin: Origin) throws {
    switch name {
    case "load": try runLoad(args, range: range, origin: origin)
    case "show": try runShow(args, range: range)
    case "source": try runSourceCommand(args, range: range)
    default: throw QueryError("unknown command '\(name)'", at: range)
    }
  }
}
