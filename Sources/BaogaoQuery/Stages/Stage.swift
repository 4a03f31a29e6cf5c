import BaogaoCore

/// One step of a pipeline: `where`, `select`, `sort` … A table in, a table out.
///
/// `outputSchema(for:)` runs before any row is read, so a misspelt field is an error at once
/// and completion knows the fields after each stage.
public protocol Stage: Sendable {
  func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table
  /// True when the output's columns come from the data (`pivot`): stages after it are checked
  /// when the rows are there.
  var schemaDependsOnData: Bool { get }
}

extension Stage {
  public var schemaDependsOnData: Bool { false }
}

/// `where EXPR`: keeps the rows for which the expression is true.
public struct WhereStage: Stage {
  public var condition: Expression

  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  {
    _ = try CompiledExpression(condition, schema: input)
    return input
  }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    let test = try CompiledExpression(condition, schema: input.schema).evaluate
    var rows: [[Value]] = []
    for row in input.rows {
      try Cancellation.check()
      if CompiledExpression.truthy(try test(row)) { rows.append(row) }
    }
    return Table(schema: input.schema, rows: rows)
  }
}

/// `limit N` and `first N`: the first N rows.
public struct LimitStage: Stage {
  public var count: Int

  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  { input }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    Table(schema: input.schema, rows: Array(input.rows.prefix(count)))
  }
}

/// `count`: one row with the number of rows.
public struct CountStage: Stage {
  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  {
    Schema([Column("count", .int)])
  }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    Table(schema: Schema([Column("count", .int)]), rows: [[.int(input.rows.count)]])
  }
}

/// `distinct`: drops repeated rows, keeping the first of each.
public struct DistinctStage: Stage {
  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  { input }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    var seen = Set<[Value]>()
    return Table(schema: input.schema, rows: input.rows.filter { seen.insert($0).inserted })
  }
}
