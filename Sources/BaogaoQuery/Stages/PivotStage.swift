/// `pivot region year growth [mean]`: one row per `region`, one column per `year`, cells the
/// aggregate (default `first`) of `growth`. Columns are sorted as `sort` orders values.
public struct PivotStage: Stage {
  public var row: (String, Range<Int>)
  public var column: (String, Range<Int>)
  public var value: (String, Range<Int>)
  public var function: AggregateFunction

  private func indices(_ schema: Schema) throws(QueryError) -> (Int, Int, Int) {
    func find(_ f: (String, Range<Int>)) throws(QueryError) -> Int {
      guard let i = schema.index(of: f.0) else {
        throw .unknown("field", f.0, among: schema.names, at: f.1)
      }
      return i
    }
    return (try find(row), try find(column), try find(value))
  }

  public var schemaDependsOnData: Bool { true }

  /// The column headers can only be known from the data; the planner sees the row field alone.
  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  {
    let (r, _, _) = try indices(input)
    return Schema([input.columns[r]])
  }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    let (r, c, v) = try indices(input.schema)
    var rowKeys: [Value] = []
    var seenRows = Set<Value>()
    var columnKeys = Set<Value>()
    var cells: [Value: [Value: [Value]]] = [:]
    for row in input.rows {
      if seenRows.insert(row[r]).inserted { rowKeys.append(row[r]) }
      columnKeys.insert(row[c])
      cells[row[r], default: [:]][row[c], default: []].append(row[v])
    }
    let columns = columnKeys.sorted()
    let valueType = function.resultType(for: input.schema.columns[v].type)
    let schema = Schema(
      [input.schema.columns[r]] + columns.map { Column($0.isNull ? "null" : $0.text, valueType) })
    let rows = rowKeys.map { key in
      [key] + columns.map { col in cells[key]?[col].map { function.apply($0) } ?? .null }
    }
    return Table(schema: schema, rows: rows)
  }
}
