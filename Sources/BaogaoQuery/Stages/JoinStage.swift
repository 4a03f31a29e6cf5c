/// `join SOURCE on region, year [left]`: adds the other table's columns to each row whose key
/// fields are equal. Columns of the other table whose names clash get a `_2` suffix; `left`
/// keeps rows without a match, with nulls. Keys compare as values: `2023` read as a whole number
/// from a CSV meets `2023` of an `int` column and `2023.0` of a `double` one; a key that is a
/// number on one side and text on the other is an error, since it would match nothing.
public struct JoinStage: Stage {
  public var source: String
  public var sourceRange: Range<Int>
  public var keys: [String]
  public var keyRanges: [Range<Int>]
  public var left: Bool

  private func other(in context: QueryContext) throws(QueryError) -> any Source {
    try context.catalog.resolve(
      SourceCall(name: source, nameRange: sourceRange, arguments: []), in: context.sources)
  }

  private func plan(_ input: Schema, _ right: Schema) throws(QueryError) -> (
    Schema, [Int], [Int], [Int]
  ) {
    var leftKeys: [Int] = []
    var rightKeys: [Int] = []
    for (key, range) in zip(keys, keyRanges) {
      guard let l = input.index(of: key) else {
        throw .unknown("field", key, among: input.names, at: range)
      }
      guard let r = right.index(of: key) else {
        throw QueryError("'\(source)' has no field '\(key)' to join on", at: range)
      }
      let (a, b) = (input.columns[l].type, right.columns[r].type)
      if (a.isNumeric && b == .string) || (a == .string && b.isNumeric) {
        throw QueryError(
          "'\(key)' is \(a.isNumeric ? "a number" : "text") here and \(b.isNumeric ? "a number" : "text") in '\(source)': the join would match nothing",
          at: range)
      }
      leftKeys.append(l)
      rightKeys.append(r)
    }
    let kept = right.columns.indices.filter { !rightKeys.contains($0) }
    let names = Set(input.names)
    let added = kept.map { i -> Column in
      var column = right.columns[i]
      if names.contains(column.name) { column.name += "_2" }
      return column
    }
    return (Schema(input.columns + added), leftKeys, rightKeys, kept)
  }

  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  {
    try plan(input, try other(in: context).schema).0
  }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    let right: Table
    do { right = try other(in: context).table(in: context.sources) } catch let e as QueryError {
      throw e
    } catch {
      throw QueryError("\(error)", at: sourceRange)
    }
    let (schema, leftKeys, rightKeys, kept) = try plan(input.schema, right.schema)
    var index: [[Value]: [[Value]]] = [:]
    for row in right.rows { index[rightKeys.map { Self.key(row[$0]) }, default: []].append(row) }
    var rows: [[Value]] = []
    for row in input.rows {
      let matches = index[leftKeys.map { Self.key(row[$0]) }] ?? []
      for match in matches { rows.append(row + kept.map { match[$0] }) }
      if matches.isEmpty, left { rows.append(row + kept.map { _ in .null }) }
    }
    return Table(schema: schema, rows: rows)
  }

  /// A key value as compared: numbers as doubles, so `.int(2023)` meets `.double(2023)`.
  private static func key(_ value: Value) -> Value {
    switch value {
    case .int(let i): .double(Double(i))
    default: value
    }
  }
}
