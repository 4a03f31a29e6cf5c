import BaogaoQuery

/// `.mode line`: one field per line, names right-aligned, a blank line between rows (sqlite3's
/// `.mode line`, psql's `\x`), for rows too wide for a table.
///
///     region = 样本市
///       year = 2024
struct LineWriter {
  var table: Table
  var options: RenderOptions

  func render() -> String {
    let columns = TableRenderer.visibleColumns(of: table, options: options)
    let names = columns.map { table.schema.columns[$0].name }
    let width = names.map { DisplayWidth.width(of: $0, ambiguousWide: options.ambiguousWide) }
      .max() ?? 0
    // An empty result says so, as the aligned modes do, rather than print nothing.
    if table.rows.isEmpty { return TableRenderer.footer(rowCount: 0, dropped: []) }
    var out = ""
    for (n, row) in table.rows.enumerated() {
      if n > 0 { out += "\n" }
      for (name, i) in zip(names, columns) {
        let pad = width - DisplayWidth.width(of: name, ambiguousWide: options.ambiguousWide)
        out += String(repeating: " ", count: pad) + name + " = "
          + TableRenderer.cellText(row[i], precision: options.precision) + "\n"
      }
    }
    return out
  }
}
