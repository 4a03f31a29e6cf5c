import BaogaoQuery

/// Writes a GitHub pipe table, padded by display width so it also reads well as plain text:
///
/// ```
/// | year | title        |
/// | ---: | ------------ |
/// | 2024 | 政府工作报告 |
/// ```
/// `|` in a cell is escaped as `\|` and a line break becomes `<br>`; cells are never cut.
struct MarkdownWriter {
  let table: Table
  let options: RenderOptions

  func render() -> String {
    let columns = TableRenderer.visibleColumns(of: table, options: options)
    guard !columns.isEmpty else { return "" }
    let wide = options.ambiguousWide
    let headers = columns.map { escape(table.schema.columns[$0].name) }
    let cells = table.rows.map { row in columns.map { escape(row[$0].text) } }
    let numeric = columns.map { table.schema.columns[$0].type.isNumeric }
    var widths = headers.map { max(3, DisplayWidth.width(of: $0, ambiguousWide: wide)) }
    for row in cells {
      for (i, cell) in row.enumerated() {
        widths[i] = max(widths[i], DisplayWidth.width(of: cell, ambiguousWide: wide))
      }
    }
    func line(_ texts: [String], right: (Int) -> Bool) -> String {
      let padded = texts.enumerated().map { i, text in
        DisplayWidth.pad(text, toWidth: widths[i], rightAligned: right(i), ambiguousWide: wide)
      }
      return "| " + padded.joined(separator: " | ") + " |\n"
    }
    var out = line(headers) { numeric[$0] }
    let rules = widths.indices.map { i in
      numeric[i]
        ? String(repeating: "-", count: widths[i] - 1) + ":"
        : String(repeating: "-", count: widths[i])
    }
    out += "| " + rules.joined(separator: " | ") + " |\n"
    for (r, row) in cells.enumerated() {
      out += line(row) { TableRenderer.isRightAligned(table.rows[r][columns[$0]]) }
    }
    return out
  }

  private func escape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == UInt8(ascii: "|") || $0 < 0x20 }) else { return s }
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "|": out += "\\|"
      case "\n": out += "<br>"
      case "\t": out += " "
      case _ where scalar.value < 0x20: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
