/// `select region, year, value * 1e8 as yuan`: chosen and computed columns, in order.
public struct SelectStage: Stage {
  public struct Item: Sendable, Equatable {
    public var expression: Expression
    public var name: String?

    public init(expression: Expression, name: String? = nil) {
      self.expression = expression
      self.name = name
    }
  }

  public var items: [Item]

  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  {
    var columns: [Column] = []
    for item in items {
      let compiled = try CompiledExpression(item.expression, schema: input)
      if case .field(let name, _) = item.expression, let column = input[name] {
        // A selected column is shown even when it is hidden by default (a report's `text`).
        columns.append(
          Column(item.name ?? name, column.type, help: column.help, keepsEnd: column.keepsEnd))
      } else {
        columns.append(Column(item.name ?? item.expression.defaultName, compiled.type))
      }
    }
    return Schema(columns)
  }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    let schema = try outputSchema(for: input.schema, in: context)
    // `lag`/`lead` read other rows: their values become columns first, read by name.
    let (table, expressions) = try Window.columns(items.map(\.expression), over: input)
    var fns: [CompiledExpression.Evaluator] = []
    for expression in expressions {
      fns.append(try CompiledExpression(expression, schema: table.schema).evaluate)
    }
    return Table(schema: schema, rows: try table.rows.map(fns.each))
  }
}

/// `sort year desc, region`: a stable sort on one or more keys; nulls sort first ascending.
public struct SortStage: Stage {
  public struct Key: Sendable, Equatable {
    public var expression: Expression
    public var descending: Bool
  }

  public var keys: [Key]

  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  {
    for key in keys { _ = try CompiledExpression(key.expression, schema: input) }
    return input
  }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    var fns: [(CompiledExpression.Evaluator, Bool)] = []
    for key in keys {
      fns.append(
        (try CompiledExpression(key.expression, schema: input.schema).evaluate, key.descending))
    }
    let keysOf = fns.map(\.0).each
    var decorated: [(Int, [Value], [Value])] = []
    for (index, row) in input.rows.enumerated() { decorated.append((index, try keysOf(row), row)) }
    let sorted = decorated.sorted { a, b in
      for (k, (_, descending)) in fns.enumerated() where a.1[k] != b.1[k] {
        if CompiledExpression.equal(a.1[k], b.1[k]) { continue }
        return descending ? b.1[k] < a.1[k] : a.1[k] < b.1[k]
      }
      return a.0 < b.0
    }
    return Table(schema: input.schema, rows: sorted.map(\.2))
  }
}

/// `top N by FIELD`: the N rows with the largest values (ties keep their order).
public struct TopStage: Stage {
  public var count: Int
  public var key: Expression

  public func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema
  {
    try SortStage(keys: [.init(expression: key, descending: true)]).outputSchema(
      for: input, in: context)
  }

  public func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    let sorted = try SortStage(keys: [.init(expression: key, descending: true)]).apply(
      input, in: context)
    return Table(schema: sorted.schema, rows: Array(sorted.rows.prefix(count)))
  }
}
