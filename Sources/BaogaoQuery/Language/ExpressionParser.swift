/// Precedence climbing over a stage's tokens:
/// `or` < `and` < `not` < comparison (`== != < <= > >= ~ !~ in is`) < `+ -` < `* / %` < unary `-`.
extension TokenStream {
  static let reserved: Set<String> = [
    "and", "or", "not", "in", "is", "null", "true", "false", "as", "desc", "asc", "by", "agg",
  ]

  public mutating func expression() throws(QueryError) -> Expression { try orExpression() }

  private mutating func orExpression() throws(QueryError) -> Expression {
    var lhs = try andExpression()
    while accept(keyword: "or") {
      let rhs = try andExpression()
      lhs = .binary("or", lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    return lhs
  }

  private mutating func andExpression() throws(QueryError) -> Expression {
    var lhs = try notExpression()
    while accept(keyword: "and") {
      let rhs = try notExpression()
      lhs = .binary("and", lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    return lhs
  }

  private mutating func notExpression() throws(QueryError) -> Expression {
    if let token = peek, token.isKeyword("not") {
      position += 1
      let inner = try notExpression()
      return .unary("not", inner, token.range.lowerBound..<inner.range.upperBound)
    }
    return try comparison()
  }

  private mutating func comparison() throws(QueryError) -> Expression {
    let lhs = try additive()
    for op in ["==", "!=", "<=", ">=", "<", ">", "~", "!~"] where accept(symbol: op) {
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
      position += 1
      let rhs = try multiplicative()
      lhs = .binary(op, lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    return lhs
  }

  private mutating func multiplicative() throws(QueryError) -> Expression {
    var lhs = try unary()
    while let op = ["*", "/", "%"].first(where: { peek?.isSymbol($0) == true }) {
      position += 1
      let rhs = try unary()
      lhs = .binary(op, lhs, rhs, lhs.range.lowerBound..<rhs.range.upperBound)
    }
    return lhs
  }

  private mutating func unary() throws(QueryError) -> Expression {
    if let token = peek, token.isSymbol("-") {
      position += 1
      let inner = try unary()
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
        if !accept(symbol: ")") {
          repeat { args.append(try expression()) } while accept(symbol: ",")
          try expect(symbol: ")", "to close \(name)(")
        }
        return .call(name, args, token.range.lowerBound..<tokens[position - 1].range.upperBound)
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
