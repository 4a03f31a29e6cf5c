import BaogaoCore
import BaogaoQuery
import CXlsxWriter
import Foundation

/// Writes a table as an Excel workbook with libxlsxwriter: a bold header row frozen at the top,
/// numbers as numbers (so Excel can sum a `per_10k` column), booleans as booleans, nulls as
/// empty cells, columns sized to their content by display width.
enum XlsxWriter {
  /// Excel's limits: 32,767 characters in a cell, 1,048,576 rows in a sheet.
  static let maxCellCharacters = 32_767
  static let maxRows = 1_048_576

  static func write(_ table: Table, to path: String, sheetName: String) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    // libxlsxwriter reports a bad path on stderr at close; check first so nothing is printed.
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    guard FileManager.default.isWritableFile(atPath: folder) else {
      return [
        Diagnostic(
          severity: .error, kind: "export_failed",
          message: "cannot write '\(path)': folder '\(folder)' does not exist or is not writable",
          file: path)
      ]
    }
    // Written beside the target and renamed over it: a kill or a crash during the export
    // leaves the previous file as it was (libxlsxwriter opened the target itself, truncating it).
    do {
      try AtomicFile.write(to: path) { file in
        diagnostics += workbook(table, file: file, shownAs: path, sheetName: sheetName)
        if diagnostics.contains(where: { $0.severity == .error }) {
          throw CocoaError(.fileWriteUnknown)
        }
      }
    } catch {
      if !diagnostics.contains(where: { $0.severity == .error }) {
        diagnostics.append(
          Diagnostic(
            severity: .error, kind: "export_failed", message: "cannot write '\(path)'", file: path))
      }
    }
    return diagnostics
  }

  private static func workbook(
    _ table: Table, file: String, shownAs path: String, sheetName: String
  )
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    guard let workbook = workbook_new(file) else {
      return [
        Diagnostic(
          severity: .error, kind: "export_failed", message: "cannot create '\(path)'", file: path)
      ]
    }
    let sheet = workbook_add_worksheet(workbook, sanitized(sheetName))
    let bold = workbook_add_format(workbook)
    format_set_bold(bold)
    for (c, name) in table.schema.names.enumerated() {
      worksheet_write_string(sheet, 0, lxw_col_t(c), name, bold)
    }
    var truncated = 0
    let rows = table.rows.prefix(maxRows - 1)
    for (r, row) in rows.enumerated() {
      let excelRow = lxw_row_t(r + 1)
      for (c, value) in row.enumerated() {
        let col = lxw_col_t(c)
        switch value {
        case .null: continue
        case .int, .double:
          if let d = value.number, d.isFinite {
            worksheet_write_number(sheet, excelRow, col, d, nil)
          }
        case .bool(let b): worksheet_write_boolean(sheet, excelRow, col, b ? 1 : 0, nil)
        case .string, .list:
          var text = value.text
          if text.count > maxCellCharacters {
            text = String(text.prefix(maxCellCharacters))
            truncated += 1
          }
          worksheet_write_string(sheet, excelRow, col, text, nil)
        }
      }
    }
    for (c, width) in columnWidths(table).enumerated() {
      worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nil)
    }
    worksheet_freeze_panes(sheet, 1, 0)
    if truncated > 0 {
      diagnostics.append(
        Diagnostic(
          severity: .warning, kind: "xlsx_cell_truncated",
          message: "\(truncated) cells longer than Excel's 32,767 characters were cut", file: path,
          count: truncated))
    }
    if table.rows.count > rows.count {
      diagnostics.append(
        Diagnostic(
          severity: .warning, kind: "xlsx_rows_dropped",
          message: "only the first \(rows.count) of \(table.rows.count) rows fit in an Excel sheet",
          file: path))
    }
    let status = workbook_close(workbook)
    if status != LXW_NO_ERROR {
      let reason = lxw_strerror(status).map { String(cString: $0) } ?? "error \(status.rawValue)"
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "export_failed", message: "cannot write '\(path)': \(reason)",
          file: path))
    }
    return diagnostics
  }

  /// Excel column widths (in characters, a Chinese character counting two), 8 to 60.
  static func columnWidths(_ table: Table) -> [Double] {
    table.schema.names.enumerated().map { c, name in
      var widest = DisplayWidth.width(of: name, ambiguousWide: false)
      for row in table.rows.prefix(200) {
        widest = max(widest, DisplayWidth.width(of: row[c].text, ambiguousWide: false))
        if widest >= 60 { break }
      }
      return Double(min(max(widest + 2, 8), 60))
    }
  }

  /// A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, not empty.
  static func sanitized(_ name: String) -> String {
    let cleaned = String(name.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    return cleaned.isEmpty ? "baogao" : cleaned
  }
}
