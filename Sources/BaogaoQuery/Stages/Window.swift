/// `lag(x[, n] by GROUP, … order TIME, …)` and `lead(…)`: the value of `x` n rows before (after)
/// in the same group, rows ordered by TIME (ascending, stable; the table's order without
/// `order`). For panels: `select region, year, growth, lag(growth by region order year) as prev`.
enum Window {
  static let functions: Set<String> = ["lag", "lead"]

  /// Checks a window call against the schema and gives its type (the type of `x`).
  static func check(
    _ name: String, _ args: [Expression], _ keys: [Expression], _ range: Range<Int>,
    _ schema: Schema, typeOf: (Expression) throws(QueryError) -> ValueType
  ) throws(QueryError) -> ValueType {
    guard (1...2).contains(args.count) else {
      throw QueryError(
        "\(name)() takes 1–2 arguments, not \(args.count): \(name)(x[, n] by GROUP order TIME)",
        at: range)
    }
    if args.count == 2 { _ = try steps(args[1], name) }
    for key in keys { _ = try typeOf(key) }
    return try typeOf(args[0])
  }

  private static func steps(_ e: Expression, _ name: String) throws(QueryError) -> Int {
    guard case .literal(.int(let n), _) = e, n >= 0 else {
      throw QueryError("\(name)()'s second argument is a whole number of rows", at: e.range)
    }
    return n
  }

  /// Computes every window call in `expressions` as a column of `input`, and gives the
  /// expressions with each call replaced by that column's name.
  static func columns(_ expressions: [Expression], over input: Table) throws(QueryError)
    -> (Table, [Expression])
  {
    var table = input
    var count = 0
    func rewrite(_ e: Expression) throws(QueryError) -> Expression {
      switch e {
      case .window(let name, let args, let partition, let order, let range):
        let column = "\u{1}\(name)#\(count)"
        let values = try evaluate(
          name, args, partition: partition, order: order, range: range, over: input)
        table.schema.columns.append(Column(column, .any))
        for i in table.rows.indices { table.rows[i].append(values[i]) }
        count += 1
        return .field(column, range)
      case .unary(let op, let inner, let r): return .unary(op, try rewrite(inner), r)
      case .binary(let op, let a, let b, let r): return .binary(op, try rewrite(a), try rewrite(b), r)
      case .member(let inner, let list, let negated, let r):
        var items: [Expression] = []
        for item in list { items.append(try rewrite(item)) }
        return .member(try rewrite(inner), items, negated: negated, r)
      case .isNull(let inner, let negated, let r): return .isNull(try rewrite(inner), negated: negated, r)
      case .call(let name, let args, let r):
        var out: [Expression] = []
        for arg in args { out.append(try rewrite(arg)) }
        return .call(name, out, r)
      case .literal, .field: return e
      }
    }
    var out: [Expression] = []
    for e in expressions { out.append(try rewrite(e)) }
    return (table, out)
  }

  private static func evaluate(
    _ name: String, _ args: [Expression], partition: [Expression], order: [Expression],
    range: Range<Int>, over input: Table
  ) throws(QueryError) -> [Value] {
    let n = args.count == 2 ? try steps(args[1], name) : 1
    let x = try CompiledExpression(args[0], schema: input.schema).evaluate
    var groupFns: [CompiledExpression.Evaluator] = []
    for p in partition { groupFns.append(try CompiledExpression(p, schema: input.schema).evaluate) }
    var orderFns: [CompiledExpression.Evaluator] = []
    for o in order { orderFns.append(try CompiledExpression(o, schema: input.schema).evaluate) }
    let (groupOf, orderOf) = (groupFns.each, orderFns.each)
    var groups: [[Value]: [Int]] = [:]
    var sortKeys: [[Value]] = []
    for (i, row) in input.rows.enumerated() {
      groups[try groupOf(row), default: []].append(i)
      sortKeys.append(try orderOf(row))
    }
    var values = [Value](repeating: .null, count: input.rows.count)
    for (_, members) in groups {
      let ordered = members.enumerated().sorted { a, b in
        let (ka, kb) = (sortKeys[a.element], sortKeys[b.element])
        return ka != kb && ka.lexicographicallyPrecedes(kb) || (ka == kb && a.offset < b.offset)
      }.map(\.element)
      for (position, row) in ordered.enumerated() {
        let other = name == "lag" ? position - n : position + n
        if ordered.indices.contains(other) { values[row] = try x(input.rows[ordered[other]]) }
      }
    }
    return values
  }
}
