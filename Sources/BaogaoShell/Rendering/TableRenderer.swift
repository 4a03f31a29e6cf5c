import BaogaoQuery
import Foundation

/// Turns a `Table` into the text of one output mode.
///
/// Every mode ends each line, the last included, with `\n`; print the result with
/// `terminator: ""`. `table` and `box` end with a row count line (`(3 rows)`, `(1 row)`,
/// `(0 rows)`) so that an empty result is visibly empty; `csv`, `tsv`, `json`, `jsonl` and
/// `markdown` carry data only, so their output can be piped or pasted as is. Empty tables
/// still print their header (an empty JSON array, `[]`, for `json`; nothing for `jsonl`).
public enum TableRenderer {
  public static func render(_ table: Table, options: RenderOptions) -> String {
    switch options.mode {
    case .table, .box:
      return AlignedTableWriter(table: table, options: options).render()
    case .markdown:
      return MarkdownWriter(table: table, options: options).render()
    case .line:
      return LineWriter(table: table, options: options).render()
    case .csv:
      return DelimitedWriter.csv(table)
    case .tsv:
      return DelimitedWriter.tsv(table)
    case .json:
      return JSONWriter.array(table)
    case .jsonl:
      return JSONWriter.lines(table)
    }
  }

  /// Indices of the columns people see: `hiddenByDefault` ones (a report's `text`) only when
  /// asked for.
  static func visibleColumns(of table: Table, options: RenderOptions) -> [Int] {
    table.schema.columns.indices.filter {
      options.showHiddenColumns || !table.schema.columns[$0].hiddenByDefault
    }
  }

  /// Cell text for aligned modes: line breaks and tabs become spaces so that a cell stays on
  /// its row (`一、\n过去一年` prints `一、 过去一年`), other control characters are dropped.
  /// Cell text for the aligned modes, a non-whole number rounded to `precision` decimals
  /// (trailing zeros dropped: 6.05 stays 6.05).
  static func cellText(_ value: Value, precision: Int) -> String {
    guard case .double(let d) = value, d.isFinite, d != d.rounded() else { return cellText(value) }
    let scale = pow(10, Double(precision))
    let rounded = (d * scale).rounded() / scale
    guard rounded.isFinite else { return cellText(value) }
    return Value.format(rounded)
  }

  static func cellText(_ value: Value) -> String {
    let text = value.text
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0D: out.append(" ")
      case 0..<0x20, 0x7F: continue
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Numbers are right-aligned; booleans and numeric-looking strings are not.
  static func isRightAligned(_ value: Value) -> Bool {
    switch value {
    case .int, .double: true
    default: false
    }
  }

  /// `(3 rows)`, `(1 row)`; names columns left out for lack of width.
  static func footer(rowCount: Int, dropped: [String]) -> String {
    var s = "(\(rowCount) \(rowCount == 1 ? "row" : "rows")"
    if !dropped.isEmpty {
      s += ", \(dropped.count) \(dropped.count == 1 ? "column" : "columns") not shown: "
      s += dropped.joined(separator: ", ")
    }
    return s + ")\n"
  }
}
