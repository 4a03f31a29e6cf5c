/// Parses the words after a stage's name into a `Stage`.
enum StageParser {
  static func parse(_ name: String, nameRange: Range<Int>, _ s: inout TokenStream)
    throws(QueryError) -> any Stage
  {
    switch name {
    case "where":
      return WhereStage(condition: try s.expression())
    case "select":
      var items: [SelectStage.Item] = []
      repeat {
        let e = try s.expression()
        var alias: String?
        if s.accept(keyword: "as") { alias = try s.identifier("a column name after 'as'").0 }
        items.append(.init(expression: e, name: alias))
      } while s.accept(symbol: ",")
      return SelectStage(items: items)
    case "sort":
      var keys: [SortStage.Key] = []
      repeat {
        let e = try s.expression()
        let descending = s.accept(keyword: "desc")
        if !descending { _ = s.accept(keyword: "asc") }
        keys.append(.init(expression: e, descending: descending))
      } while s.accept(symbol: ",")
      return SortStage(keys: keys)
    case "limit", "first":
      return LimitStage(count: try s.integer("a row count after '\(name)'"))
    case "count":
      return CountStage()
    case "distinct":
      if s.atEnd { return DistinctStage() }
      var items: [SelectStage.Item] = []
      repeat { items.append(.init(expression: try s.expression())) } while s.accept(symbol: ",")
      return ChainStage(stages: [SelectStage(items: items), DistinctStage()])
    case "top":
      let n = try s.integer("a row count after 'top'")
      guard s.accept(keyword: "by") else {
        throw QueryError("expected 'by FIELD' after 'top \(n)'", at: s.peek?.range ?? s.endRange)
      }
      return TopStage(count: n, key: try s.expression())
    case "group":
      return try parseGroup(&s)
    case "pivot":
      let row = try s.identifier("the row field after 'pivot'")
      let column = try s.identifier("the column field")
      let value = try s.identifier("the value field")
      var function: AggregateFunction?
      let spelledAgg = s.accept(keyword: "agg")
      if spelledAgg || s.peek?.identifier != nil {
        let (aggName, range) = try s.identifier("an aggregate after 'agg' (mean, sum, count …)")
        guard let f = AggregateFunction(rawValue: aggName.lowercased()) else {
          throw .unknown(
            "aggregate", aggName, among: AggregateFunction.allCases.map(\.rawValue), at: range)
        }
        guard f.arity == 1 else {
          throw QueryError(
            "\(aggName) reads two fields; use group … agg \(aggName)(x, y)", at: range)
        }
        function = f
      }
      return PivotStage(row: row, column: column, value: value, function: function)
    case "join":
      guard let token = s.next(), token.kind != .end else {
        throw QueryError("expected a source after 'join'", at: s.endRange)
      }
      let source: String
      switch token.kind {
      case .identifier(let n): source = n
      case .variable(let n, _): source = "$" + n
      default:
        throw QueryError(
          "expected a source after 'join', found \(token.description)", at: token.range)
      }
      guard s.accept(keyword: "on") else {
        throw QueryError(
          "expected 'on FIELD, …' after 'join \(source)'", at: s.peek?.range ?? s.endRange)
      }
      var keys: [(String, Range<Int>)] = []
      repeat { keys.append(try s.identifier("a field to join on")) } while s.accept(symbol: ",")
      let left = s.accept(keyword: "left")
      return JoinStage(
        source: source, sourceRange: token.range, keys: keys.map(\.0), keyRanges: keys.map(\.1),
        left: left)
    default:
      throw .unknown(
        "stage", name, among: Parser.stageNames + Array(Parser.sinkNames), at: nameRange)
    }
  }

  /// `group region, year agg count(), mean(growth) as g`
  private static func parseGroup(_ s: inout TokenStream) throws(QueryError) -> any Stage {
    var keys: [Expression] = []
    if !(s.peek?.isKeyword("agg") ?? false) && !s.atEnd {
      repeat { keys.append(try s.expression()) } while s.accept(symbol: ",")
    }
    var aggregates: [GroupStage.Aggregate] = []
    if s.accept(keyword: "agg") {
      repeat {
        let (fname, range) = try s.identifier("an aggregate such as count() or mean(x)")
        guard let function = AggregateFunction(rawValue: fname.lowercased()) else {
          throw .unknown(
            "aggregate", fname, among: AggregateFunction.allCases.map(\.rawValue), at: range)
        }
        try s.expect(symbol: "(", "after '\(fname)'")
        var argument: Expression?
        var second: Expression?
        if !s.accept(symbol: ")") {
          argument = try s.expression()
          if function.arity == 2 {
            try s.expect(symbol: ",", "and a second field in \(fname)(x, y)")
            second = try s.expression()
          }
          try s.expect(symbol: ")", "to close \(fname)(")
        }
        if argument == nil, function != .count {
          throw QueryError("\(fname)() needs a field, e.g. \(fname)(value)", at: range)
        }
        var alias: String?
        if s.accept(keyword: "as") { alias = try s.identifier("a column name after 'as'").0 }
        let defaultName =
          argument.map {
            "\(fname.lowercased())_\($0.defaultName)" + (second.map { "_" + $0.defaultName } ?? "")
          } ?? fname.lowercased()
        aggregates.append(
          .init(function: function, argument: argument, second: second, name: alias ?? defaultName))
      } while s.accept(symbol: ",")
    }
    if aggregates.isEmpty { aggregates = [.init(function: .count, argument: nil, name: "count")] }
    return GroupStage(keys: keys, aggregates: aggregates)
  }
}

/// Several stages written as one (`distinct region` = `select region | distinct`).
struct ChainStage: Stage {
  var stages: [any Stage]

  func outputSchema(for input: Schema, in context: QueryContext) throws(QueryError) -> Schema {
    var schema = input
    for stage in stages { schema = try stage.outputSchema(for: schema, in: context) }
    return schema
  }

  func apply(_ input: Table, in context: QueryContext) throws(QueryError) -> Table {
    var table = input
    for stage in stages { table = try stage.apply(table, in: context) }
    return table
  }
}
