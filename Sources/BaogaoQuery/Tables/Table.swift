/// Rows of values under a schema: what every source produces and every stage transforms.
public struct Table: Sendable, Hashable {
  public var schema: Schema
  public var rows: [[Value]]

  public init(schema: Schema, rows: [[Value]] = []) {
    self.schema = schema
    self.rows = rows
  }

  public var columnCount: Int { schema.columns.count }

  /// The column named `name`, as values.
  public func column(_ name: String) -> [Value]? {
    guard let i = schema.index(of: name) else { return nil }
    return rows.map { $0[i] }
  }

  /// Rows as field-name → value records (for tests and JSON).
  public var records: [[String: Value]] {
    rows.map { row in
      Dictionary(uniqueKeysWithValues: zip(schema.names, row))
    }
  }
}
