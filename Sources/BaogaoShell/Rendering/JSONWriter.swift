import BaogaoQuery

/// Writes `json` (an array of objects, one per line) and `jsonl` (one object per line), keys
/// in schema order, every column included, numbers exact (`Value.jsonText`: `1002.18`).
enum JSONWriter {
  static func array(_ table: Table) -> String {
    guard !table.rows.isEmpty else { return "[]\n" }
    let objects = table.rows.map { object($0, names: table.schema.names) }
    return "[\n" + objects.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
  }

  static func lines(_ table: Table) -> String {
    table.rows.map { object($0, names: table.schema.names) + "\n" }.joined()
  }

  /// `{"year":2024,"title":"政府工作报告"}`: Chinese stays as is, not `\u` escaped.
  static func object(_ row: [Value], names: [String]) -> String {
    let fields = zip(names, row).map { Value.jsonQuoted($0) + ":" + $1.jsonText }
    return "{" + fields.joined(separator: ",") + "}"
  }
}
