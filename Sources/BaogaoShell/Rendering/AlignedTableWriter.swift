import BaogaoQuery

/// Writes `table` and `box` modes: columns aligned by display width, numbers right-aligned,
/// over-wide cells cut with `…`, and a `(3 rows)` line at the end.
///
/// ```
/// year  title         growth      ┌──────┬──────────────┬────────┐
/// ----  ------------  ------      │ year │ title        │ growth │
/// 2024  政府工作报告     5.2      ├──────┼──────────────┼────────┤
/// (1 row)                         │ 2024 │ 政府工作报告 │    5.2 │
///                                 └──────┴──────────────┴────────┘
/// ```
struct AlignedTableWriter {
  let table: Table
  let options: RenderOptions

  private var isBox: Bool { options.mode == .box }
  private var wide: Bool { options.ambiguousWide }

  func render() -> String {
    let columns = TableRenderer.visibleColumns(of: table, options: options)
    let headers = columns.map { TableRenderer.cellText(.string(table.schema.columns[$0].name)) }
    let cells = table.rows.map { row in
      columns.map { TableRenderer.cellText(row[$0], precision: options.precision) }
    }
    let rightAligned = table.rows.map { row in columns.map { TableRenderer.isRightAligned(row[$0]) }
    }
    let numericHeader = columns.map { table.schema.columns[$0].type.isNumeric }

    var natural = headers.map { DisplayWidth.width(of: $0, ambiguousWide: wide) }
    for row in cells {
      for (i, cell) in row.enumerated() {
        natural[i] = max(natural[i], DisplayWidth.width(of: cell, ambiguousWide: wide))
      }
    }
    // Box lines are East Asian Ambiguous: on a terminal that draws them two columns wide, every
    // cell (plus its two spaces) must span an even number of columns for the borders to meet.
    if isBox, wide { natural = natural.map { $0 % 2 == 0 ? $0 : $0 + 1 } }
    let shrinkable = columns.map { !table.schema.columns[$0].type.isNumeric }
    var layout = ColumnLayout.fit(
      natural: natural, shrinkable: shrinkable, maxWidth: options.maxWidth, chrome: chrome)
    if isBox, wide { layout.widths = layout.widths.map { $0 % 2 == 0 ? $0 : $0 - 1 } }

    var out = ""
    let keepsEnd = columns.map { table.schema.columns[$0].keepsEnd }
    func line(_ texts: [String], right: [Bool], header: Bool = false) {
      let padded = layout.shown.enumerated().map { k, i in
        let cut =
          keepsEnd[i] && !header
          ? DisplayWidth.truncateStart(texts[i], toWidth: layout.widths[k], ambiguousWide: wide)
          : DisplayWidth.truncate(texts[i], toWidth: layout.widths[k], ambiguousWide: wide)
        // A column cut at its start stays flush against the column after it (kwic's keyword).
        return DisplayWidth.pad(
          cut, toWidth: layout.widths[k], rightAligned: right[i] || (keepsEnd[i] && !header),
          ambiguousWide: wide)
      }
      if isBox {
        out += "│ " + padded.joined(separator: " │ ") + " │\n"
      } else {
        out += trimmedRight(padded.joined(separator: "  ")) + "\n"
      }
    }

    if isBox { out += rule("┌", "┬", "┐", layout.widths) }
    line(headers, right: numericHeader, header: true)
    if isBox {
      out += rule("├", "┼", "┤", layout.widths)
    } else {
      out += layout.widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    }
    for (r, row) in cells.enumerated() { line(row, right: rightAligned[r]) }
    if isBox { out += rule("└", "┴", "┘", layout.widths) }
    let dropped = layout.dropped.map { headers[$0] }
    return out + TableRenderer.footer(rowCount: table.rows.count, dropped: dropped)
  }

  /// Columns taken by gaps and borders around `n` columns.
  private func chrome(_ n: Int) -> Int {
    guard n > 0 else { return 0 }
    // `│ ` + ` │ ` between cells + ` │`; the bars count two columns on an ambiguous-wide terminal.
    guard isBox else { return 2 * (n - 1) }
    return wide ? 4 * (n - 1) + 6 : 3 * (n - 1) + 4
  }

  /// A horizontal border: `┌──────┬──────┐` around cells of `widths`.
  private func rule(_ left: String, _ middle: String, _ right: String, _ widths: [Int]) -> String {
    // A two-column-wide `─` covers two columns of cell on an ambiguous-wide terminal.
    let step = wide ? 2 : 1
    let parts = widths.map { String(repeating: "─", count: ($0 + 2) / step) }
    return left + parts.joined(separator: middle) + right + "\n"
  }

  private func trimmedRight(_ s: String) -> String {
    var s = Substring(s)
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
