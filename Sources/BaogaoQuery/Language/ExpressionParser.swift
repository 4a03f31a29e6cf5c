/// Precedence climbing over a stage's tokens:
/// `or` < `and` < `not` < comparison (`== != < <= > >= ~ !~ in is`) < `+ -` < `* / %` < unary `-`.
extension TokenStream {
  static let reserved: Set<String> = [
    "and", "or", "not", "in", "is", "null", "true", "false", "as", "desc", "asc", "by", "agg",
  ]

  /// Deeper nesting than this is an error rather than a stack overflow (8,000 parentheses used
  /// to crash the shell); far beyond anything written by hand.
  static let maxNesting = 200
  /// More operators than this in one stage is an error: a 40,000-term sum used to overflow the
  /// compiler's stack.
  static let maxOperators = 2_000

  public mutating func expression() throws(QueryError) -> Expression {
    try nested { (s: inout TokenStream) throws(QueryError) in try s.orExpression() }
  }

  /// Runs one level of recursive descent, failing cleanly past `maxNesting`.
  private mutating func nested(
    _ body: (inout TokenStream) throws(QueryError) -> Expression
  ) throws(QueryError) -> Expression {
    guard nesting < Self.maxNesting else {
      throw QueryError(
        "expression nested more than \(Self.maxNesting) levels deep",
        at: peek?.range ?? endRange)
    }
    nesting += 1
    defer { nesting -= 1 }
    return try body(&self)
  }

  /// Counts an operator about to be read, failing cleanly past `maxOperators`.
  private mutating func countOperator(at range: Range<Int>) throws(QueryError) {
    operators += 1
    guard operators <= Self.maxOperators else {
      throw QueryError(
        "more than \(Self.maxOperators) operators in one stage; split the expression "
          + "(select … as a name, then use the name)", at: range)
    }
  }

  private mutating func orExpression() throws(QueryError) -> Expression {
    var lhs = try andExpression()
    while let token = peek, accept(keyword: "or") {
      try countOperator(at: token.range)
      let rhs = try andExpression()
      lhs = .binary("or", lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    return lhs
  }

  private mutating func andExpression() throws(QueryError) -> Expression {
    var lhs = try notExpression()
    while let token = peek, accept(keyword: "and") {
      try countOperator(at: token.range)
      let rhs = try notExpression()
      lhs = .binary("and", lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    return lhs
  }

  private mutating func notExpression() throws(QueryError) -> Expression {
    if let token = peek, token.isKeyword("not") {
      position += 1
      try countOperator(at: token.range)
      let inner = try nested { (s: inout TokenStream) throws(QueryError) in try s.notExpression() }
      return .unary("not", inner, token.range.lowerBound..<inner.range.upperBound)
    }
    return try comparison()
  }

  private mutating func comparison() throws(QueryError) -> Expression {
    let lhs = try additive()
    for op in ["==", "!=", "<=", ">=", "<", ">", "~", "!~"] where accept(symbol: op) {
      try countOperator(at: tokens[position - 1].range)
      let rhs = try additive()
      return .binary(op, lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    if peek?.isSymbol("=") == true {
      throw QueryError("use '==' to compare", at: peek!.range)
    }
    var negated = false
    if peek?.isKeyword("not") == true, position + 1 < tokens.count,
      tokens[position + 1].isKeyword("in")
    {
      position += 1
      negated = true
    }
    if accept(keyword: "in") {
      try expect(symbol: "[", "after 'in'")
      var items: [Expression] = []
      if !accept(symbol: "]") {
        repeat { items.append(try additive()) } while accept(symbol: ",")
        try expect(symbol: "]", "to close the list")
      }
      let end = tokens[position - 1].range.upperBound
      return .member(lhs, items, negated: negated, lhs.range.lowerBound..<end)
    }
    if accept(keyword: "is") {
      let not = accept(keyword: "not")
      guard accept(keyword: "null") else {
        throw QueryError("expected 'null' after 'is'", at: peek?.range ?? endRange)
      }
      return .isNull(
        lhs, negated: not, lhs.range.lowerBound..<tokens[position - 1].range.upperBound)
    }
    return lhs
  }

  private mutating func additive() throws(QueryError) -> Expression {
    var lhs = try multiplicative()
    while let op = ["+", "-"].first(where: { peek?.isSymbol($0) == true }) {
      try countOperator(at: tokens[position].range)
      position += 1
      let rhs = try multiplicative()
      lhs = .binary(op, lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    return lhs
  }

  private mutating func multiplicative() throws(QueryError) -> Expression {
    var lhs = try unary()
    while let op = ["*", "/", "%"].first(where: { peek?.isSymbol($0) == true }) {
      try countOperator(at: tokens[position].range)
      position += 1
      let rhs = try unary()
      lhs = .binary(op, lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    return lhs
  }

  private mutating func unary() throws(QueryError) -> Expression {
    if let token = peek, token.isSymbol("-") {
      position += 1
      try countOperator(at: token.range)
      let inner = try nested { (s: inout TokenStream) throws(QueryError) in try s.unary() }
      if case .literal = inner { operators -= 1 }  // `-5` is a number, not an operation
      if case .literal(.int(let i), let r) = inner {
        return .literal(.int(-i), token.range.lowerBound..<r.upperBound)
      }
      if case .literal(.double(let d), let r) = inner {
        return .literal(.double(-d), token.range.lowerBound..<r.upperBound)
      }
      return .unary("-", inner, token.range.lowerBound..<inner.range.upperBound)
    }
    return try primary()
  }

  private mutating func primary() throws(QueryError) -> Expression {
    guard let token = next(), token.kind != .end else {
      throw QueryError("expected an expression, found end of statement", at: endRange)
    }
    switch token.kind {
    case .number(let d, let isInteger):
      return .literal(isInteger && abs(d) < 9e15 ? .int(Int(d)) : .double(d), token.range)
    case .string(let s):
      return .literal(.string(s), token.range)
    case .identifier(let name):
      switch name.lowercased() {
      case "null": return .literal(.null, token.range)
      case "true": return .literal(.bool(true), token.range)
      case "false": return .literal(.bool(false), token.range)
      default: break
      }
      if accept(symbol: "(") {
        var args: [Expression] = []
        var partition: [Expression] = []
        var order: [Expression] = []
        let isWindow = Window.functions.contains(name.lowercased())
        if !accept(symbol: ")") {
          repeat { args.append(try expression()) } while accept(symbol: ",")
          if isWindow, accept(keyword: "by") {
            repeat { partition.append(try expression()) } while accept(symbol: ",")
          }
          if isWindow, accept(keyword: "order") {
            repeat { order.append(try expression()) } while accept(symbol: ",")
          }
          try expect(symbol: ")", "to close \(name)(")
        }
        let range = token.range.lowerBound..<tokens[position - 1].range.upperBound
        if isWindow {
          return .window(name.lowercased(), args, partition: partition, order: order, range)
        }
        return .call(name, args, range)
      }
      if TokenStream.reserved.contains(name.lowercased()) {
        throw QueryError("expected an expression, found '\(name)'", at: token.range)
      }
      return .field(name, token.range)
    case .symbol("("):
      let inner = try expression()
      try expect(symbol: ")", "to close '('")
      return inner
    default:
      throw QueryError("expected an expression, found \(token.description)", at: token.range)
    }
  }
}
