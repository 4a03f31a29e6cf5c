import BaogaoCore
import BaogaoQuery
import Foundation

/// Writes a table to a file for `export FILE.csv|.tsv|.json|.jsonl|.md|.xlsx`.
///
/// Text formats are the renderer's own (`TableRenderer`), so `export t.csv` and `.mode csv`
/// print the same bytes; every column is written, hidden ones (a report's `text`) included.
/// `.xlsx` goes through libxlsxwriter (`XlsxWriter`). Problems come back as diagnostics naming
/// the file; nothing is thrown.
public enum Exporter {
  /// Writes `table` to `path` in the format its extension names; returns what went wrong, if
  /// anything (an error means no file, or an incomplete one, was written).
  @discardableResult
  public static func export(
    _ table: Table, to path: String, options: ExportOptions = .init()
  ) -> [Diagnostic] {
    guard let format = ExportFormat(path: path) else {
      return [
        Diagnostic(
          severity: .error, kind: "unknown_export_format",
          message:
            "cannot tell the format of '\(path)': use one of .\(ExportFormat.extensions.joined(separator: ", ."))",
          file: path)
      ]
    }
    if format == .xlsx { return XlsxWriter.write(table, to: path, sheetName: options.sheetName) }
    let data = text(table, format: format, options: options)
    do {
      try AtomicFile.write(Data(data.utf8), to: path)
      return []
    } catch {
      return [
        Diagnostic(
          severity: .error, kind: "export_failed",
          message: "cannot write '\(path)': \(error.localizedDescription)", file: path)
      ]
    }
  }

  /// The file text of a text format (not `.xlsx`), BOM included when asked for.
  public static func text(_ table: Table, format: ExportFormat, options: ExportOptions = .init())
    -> String
  {
    let mode: OutputMode =
      switch format {
      case .csv: .csv
      case .tsv: .tsv
      case .json: .json
      case .jsonl: .jsonl
      case .markdown, .xlsx: .markdown
      }
    let body = TableRenderer.render(
      table, options: RenderOptions(mode: mode, showHiddenColumns: true))
    let bom = options.byteOrderMark && (format == .csv || format == .tsv)
    return (bom ? "\u{FEFF}" : "") + body
  }
}
