/// `group region, year agg count(), mean(growth) as g`: one row per distinct key, in the order
/// keys first appear, with the aggregates after the keys.
public struct GroupStage: Stage {
  public struct Aggregate: Sendable {
    public var function: AggregateFunction
    /// nil for `count()`, which counts rows.
    public var argument: Expression?
    /// The second column of a two-column aggregate: `y` in `corr(x, y)`.
    public var second: Expression? = nil
    public var name: String
  }

  public var keys: [Expression]
  public var aggregates: [Aggregate]

  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  {
    var columns: [Column] = []
    for key in keys {
      let compiled = try CompiledExpression(key, schema: input)
      columns.append(Column(key.defaultName, compiled.type))
    }
    for aggregate in aggregates {
      if let second = aggregate.second { _ = try CompiledExpression(second, schema: input) }
      let type =
        try aggregate.argument.map { e throws(QueryError) in
          try CompiledExpression(e, schema: input).type
        } ?? .int
      columns.append(Column(aggregate.name, aggregate.function.resultType(for: type)))
    }
    return Schema(columns)
  }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    let schema = try outputSchema(for: input.schema, in: context)
    var keyFns: [CompiledExpression.Evaluator] = []
    for key in keys { keyFns.append(try CompiledExpression(key, schema: input.schema).evaluate) }
    var argFns: [CompiledExpression.Evaluator?] = []
    var secondFns: [CompiledExpression.Evaluator?] = []
    for aggregate in aggregates {
      argFns.append(
        try aggregate.argument.map { e throws(QueryError) in
          try CompiledExpression(e, schema: input.schema).evaluate
        })
      secondFns.append(
        try aggregate.second.map { e throws(QueryError) in
          try CompiledExpression(e, schema: input.schema).evaluate
        })
    }
    var order: [[Value]] = []
    var groups: [[Value]: [[Value]]] = [:]
    let keyOf = keyFns.each
    for row in input.rows {
      let key = try keyOf(row)
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(row)
    }
    if keys.isEmpty, order.isEmpty { order = [[]]; groups[[]] = [] }
    var rows: [[Value]] = []
    for key in order {
      let members = groups[key] ?? []
      var row = key
      for a in aggregates.indices {
        guard let f = argFns[a] else {
          row.append(aggregates[a].function.apply(members.map { _ in .null }, countingNulls: true))
          continue
        }
        if let g = secondFns[a] {
          var pairs: [(Value, Value)] = []
          for member in members { pairs.append((try f(member), try g(member))) }
          row.append(AggregateFunction.correlation(pairs))
          continue
        }
        var values: [Value] = []
        for member in members { values.append(try f(member)) }
        row.append(aggregates[a].function.apply(values))
      }
      rows.append(row)
    }
    return Table(schema: schema, rows: rows)
  }
}
