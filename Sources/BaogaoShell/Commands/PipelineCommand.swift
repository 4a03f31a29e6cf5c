import BaogaoQuery
import Foundation

/// Runs a pipeline and shows its table in the current mode, or hands it to its sink.
extension Session {
  func runPipeline(_ pipeline: Pipeline, origin: Origin) throws {
    let table = try evaluate(pipeline, origin: origin)
    if let sink = pipeline.sink {
      try runSink(sink, table: table, origin: origin)
      return
    }
    try emit(render(table))
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
