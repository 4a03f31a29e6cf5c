import BaogaoCore

/// `diagnostics`: every cleaning action and warning of the loaded reports, and the problems
/// `load` met in files (kept by the session).
public struct DiagnosticsSource: Source {
  /// File-level diagnostics from `load` (unreadable files, skipped rows), kept by the session.
  public var fileDiagnostics: [Diagnostic]
  /// The reports of a store just opened, whose file diagnostics come first (read when asked).
  public var stored: (any StoredReportList)?

  public init(fileDiagnostics: [Diagnostic] = [], stored: (any StoredReportList)? = nil) {
    self.fileDiagnostics = fileDiagnostics
    self.stored = stored
  }

  public var name: String { "diagnostics" }
  public var summary: String {
    "what cleaning did and every warning: report_id, severity, kind, count, positions"
  }

  public var schema: Schema {
    Schema([
      Column("report_id", .string),
      Column("severity", .string, help: "note (an action taken), warning, error"),
      Column("kind", .string, help: "e.g. traditional_converted, pinyin_gloss_removed, mojibake"),
      Column("count", .int),
      Column("positions", .string, help: "first character offsets"),
      Column("file", .string),
      Column("line", .int),
      Column("message", .string),
    ])
  }

  public func table(in context: SourceContext) throws -> Table {
    let all = (stored?.fileDiagnostics ?? []) + fileDiagnostics + context.corpus.diagnostics
    return Table(
      schema: schema,
      rows: all.map { d in
        [
          Value(d.reportID), .string(d.severity.rawValue), .string(d.kind), .int(d.count),
          .string(d.positions.map(String.init).joined(separator: ",")), Value(d.file),
          Value(d.line),
          .string(d.message),
        ]
      })
  }
}
