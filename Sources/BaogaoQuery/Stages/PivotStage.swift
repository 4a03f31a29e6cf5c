/// `pivot region year growth [agg mean]`: one row per `region`, one column per `year`, cells
/// `growth`. Columns are sorted as `sort` orders values.
///
/// Without an aggregate a cell holds one value: two rows for the same cell (the target and the
/// actual of `retail_sales` for one region and period) are an error naming the cell and the
/// column that tells them apart, never a silent pick of the first. With `agg FUNC` (or a bare
/// `FUNC`, the older form) the cell is `FUNC` of its values.
public struct PivotStage: Stage {
  public var row: (String, Range<Int>)
  public var column: (String, Range<Int>)
  public var value: (String, Range<Int>)
  /// nil: one value per cell, several are an error.
  public var function: AggregateFunction?

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
    /// Row numbers of the input in each cell.
    var cells: [Value: [Value: [Int]]] = [:]
    for (n, row) in input.rows.enumerated() {
      if seenRows.insert(row[r]).inserted { rowKeys.append(row[r]) }
      columnKeys.insert(row[c])
      cells[row[r], default: [:]][row[c], default: []].append(n)
    }
    let columns = columnKeys.sorted()
    let valueType = (function ?? .first).resultType(for: input.schema.columns[v].type)
    let schema = Schema(
      [input.schema.columns[r]] + columns.map { Column($0.isNull ? "null" : $0.text, valueType) })
    var rows: [[Value]] = []
    for key in rowKeys {
      var out = [key]
      for col in columns {
        guard let members = cells[key]?[col] else { out.append(.null); continue }
        let values = members.map { input.rows[$0][v] }
        if let function {
          out.append(function.apply(values))
        } else if members.count == 1 {
          out.append(values[0])
        } else {
          throw collision(input, members, rowKey: key, columnKey: col, (r, c, v))
        }
      }
      rows.append(out)
    }
    return Table(schema: schema, rows: rows)
  }

  /// `pivot: the cell (region 样本市, period 2023) has 2 values of growth (7, 1.2); 'kind'
  /// tells them apart (target, actual): …`.
  private func collision(
    _ input: Table, _ members: [Int], rowKey: Value, columnKey: Value, _ used: (Int, Int, Int)
  ) -> QueryError {
    let names = input.schema.names
    let values = members.map { input.rows[$0][used.2] }
    let shown = values.prefix(5).map { $0.isNull ? "null" : $0.text }.joined(separator: ", ")
    var message =
      "pivot: the cell (\(names[used.0]) \(rowKey.text), \(names[used.1]) \(columnKey.text)) "
      + "has \(members.count) values of \(names[used.2]) (\(shown)\(values.count > 5 ? ", …" : ""))"
    let telling = PivotStage.distinguishingColumns(input, members, excluding: [used.0, used.1, used.2])
    if let first = telling.first {
      let shownColumns = telling.prefix(2).map { i -> String in
        let kinds = members.map { input.rows[$0][i] }
        let distinct = kinds.reduce(into: [Value]()) { if !$0.contains($1) { $0.append($1) } }
        return "'\(names[i])' (\(distinct.prefix(5).map(\.text).joined(separator: ", ")))"
      }
      message +=
        "; \(shownColumns.joined(separator: " or ")) tell\(shownColumns.count == 1 ? "s" : "") them apart"
        + ": keep one with where \(names[first]) == …, or"
    } else {
      message += ":"
    }
    message += " give an aggregate: pivot \(row.0) \(column.0) \(value.0) agg mean"
    return QueryError(message, at: row.1.lowerBound..<value.1.upperBound)
  }

  /// The columns whose values differ among the rows of one cell, best first: those that set
  /// every row apart before those that do not, then those with the fewest distinct values over
  /// the whole table, so a category such as `kind` (target, actual) comes before a row id.
  static func distinguishingColumns(_ input: Table, _ members: [Int], excluding: Set<Int>) -> [Int] {
    var found: [(column: Int, separatesAll: Bool, cardinality: Int)] = []
    for i in input.schema.columns.indices where !excluding.contains(i) {
      let values = members.map { input.rows[$0][i] }
      let distinct = Set(values).count
      guard distinct > 1 else { continue }
      let cardinality = Set(input.rows.lazy.map { $0[i] }).count
      found.append((i, distinct == values.count, cardinality))
    }
    return found.sorted {
      $0.separatesAll != $1.separatesAll
        ? $0.separatesAll : ($0.cardinality, $0.column) < ($1.cardinality, $1.column)
    }.map(\.column)
  }
}
