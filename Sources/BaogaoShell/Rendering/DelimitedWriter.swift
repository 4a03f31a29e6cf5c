import BaogaoQuery

/// Writes `csv` and `tsv`: a header row of field names, then one line per row, every column
/// (hidden ones included), numbers as `Value.text` prints them (`1002.18`), null as empty.
enum DelimitedWriter {
  /// RFC 4180 quoting: a field with `,` `"` CR or LF is quoted and its `"` doubled, so
  /// `他说："好"` stays one field. Lines end with `\n`, as on a terminal.
  static func csv(_ table: Table) -> String {
    var out = table.schema.names.map(csvField).joined(separator: ",") + "\n"
    for row in table.rows {
      out += row.map { csvField($0.text) }.joined(separator: ",") + "\n"
    }
    return out
  }

  /// Tab-separated; tabs, line breaks and backslashes inside a field are escaped (`\t` `\n` `\r`
  /// `\\`) so that each row stays one line of exactly as many fields as the header.
  static func tsv(_ table: Table) -> String {
    var out = table.schema.names.map(tsvField).joined(separator: "\t") + "\n"
    for row in table.rows {
      out += row.map { tsvField($0.text) }.joined(separator: "\t") + "\n"
    }
    return out
  }

  static func csvField(_ s: String) -> String {
    let needsQuotes = s.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    guard needsQuotes else { return s }
    var out = "\""
    for scalar in s.unicodeScalars {
      if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
    }
    return out + "\""
  }

  static func tsvField(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C }) else {
      return s
    }
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\\": out += "\\\\"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
