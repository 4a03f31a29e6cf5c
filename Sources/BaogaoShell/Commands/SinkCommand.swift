import BaogaoCore
import BaogaoQuery
import Foundation

/// The ends of a pipeline that send its table somewhere other than the screen's table:
/// `export FILE [--bom]`, `chart bar|line|scatter X Y [by G] [title "…"] [to FILE.svg]`, `sparkline X Y [by G]`.
extension Session {
  func runSink(_ sink: Sink, table: Table, origin: Origin) throws {
    switch sink.name {
    case "export":
      try export(table, sink.arguments, range: sink.range, origin: origin)
    case "chart":
      guard let kindName = sink.arguments.first else {
        throw QueryError(
          "chart takes a kind: chart bar X Y, chart line X Y [by G], chart scatter X Y",
          at: sink.range)
      }
      guard let kind = ChartSpec.Kind(rawValue: kindName) else {
        throw QueryError.unknown(
          "chart kind", kindName, among: ChartSpec.Kind.allCases.map(\.rawValue), at: sink.range)
      }
      try chart(
        table, kind: kind, Array(sink.arguments.dropFirst()), range: sink.range, origin: origin)
    case "sparkline":
      try chart(table, kind: .sparkline, sink.arguments, range: sink.range, origin: origin)
    default:
      throw QueryError("unknown sink '\(sink.name)'", at: sink.range)
    }
  }

  private func export(_ table: Table, _ args: [String], range: Range<Int>, origin: Origin) throws {
    var options = ExportOptions()
    var path: String?
    var i = 0
    while i < args.count {
      switch args[i] {
      case "--bom": options.byteOrderMark = true
      case "--sheet":
        guard i + 1 < args.count else { throw QueryError("--sheet takes a name", at: range) }
        options.sheetName = args[i + 1]
        i += 1
      default:
        guard path == nil else { throw QueryError("export takes one file name", at: range) }
        path = args[i]
      }
      i += 1
    }
    guard let path else {
      throw QueryError("export takes a file name: export results.csv", at: range)
    }
    let problems = Exporter.export(table, to: resolve(path, origin: origin), options: options)
    if let error = problems.first(where: { $0.severity == .error }) {
      throw QueryError(error.message, at: range)
    }
    for p in problems { note(p.formatted) }
    note("exported \(table.rows.count) row\(table.rows.count == 1 ? "" : "s") to \(path)")
  }

  /// `X Y [by G] [title "…"] [xlabel "…"] [ylabel "…"] [log y] [to FILE.svg]`
  private func chart(
    _ table: Table, kind: ChartSpec.Kind, _ args: [String], range: Range<Int>, origin: Origin
  ) throws {
    let spec: ChartSpec
    let file: String?
    do { (spec, file) = try ChartSpec.parse(kind: kind, args) } catch {
      throw QueryError(error.message, at: range)
    }
    for field in [spec.x, spec.y] + (spec.group.map { [$0] } ?? [])
    where table.schema.index(of: field) == nil {
      throw QueryError.unknown("field", field, among: table.schema.names, at: range)
    }
    do {
      if let file {
        guard file.lowercased().hasSuffix(".svg") else {
          throw QueryError("charts are written as .svg files", at: range)
        }
        let svg = try drawn(at: range) { () throws(ChartError) in
          try SVGChart.render(table, spec: spec)
        }
        do { try AtomicFile.write(Data(svg.utf8), to: resolve(file, origin: origin)) } catch {
          throw QueryError("cannot write '\(file)'", at: range)
        }
        note("wrote \(file)")
      } else {
        let width = settings.width ?? terminalWidth ?? 72
        let ambiguousWide = settings.ambiguousWide
        try emit(
          try drawn(at: range) { () throws(ChartError) in
            try TerminalChart.render(table, spec: spec, width: width, ambiguousWide: ambiguousWide)
          })
      }
    } catch let error as ChartError {
      throw QueryError(error.message, at: range)
    }
  }

  /// Draws a chart on the worker thread, so that Ctrl-C returns to the prompt at once.
  private func drawn(
    at range: Range<Int>, _ draw: @escaping @Sendable () throws(ChartError) -> String
  ) throws(QueryError) -> String {
    try Background.run { () throws(QueryError) -> String in
      do throws(ChartError) { return try draw() } catch {
        throw QueryError(error.message, at: range)
      }
    }
  }
}
