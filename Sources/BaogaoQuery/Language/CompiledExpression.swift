import BaogaoCore
import Foundation

/// An expression checked against a schema and turned into a function of a row.
///
/// Checking happens before any row is read: an unknown field or function is an error with the
/// place it was written, so `where yaer > 2000` fails at once.
public struct CompiledExpression: Sendable {
  public var type: ValueType
  public var evaluate: Evaluator

  public init(_ expression: Expression, schema: Schema) throws(QueryError) {
    (type, evaluate) = try Self.compile(expression, schema)
  }

  /// Functions usable in expressions, for help and completion.
  public static let functionNames = [
    "abs", "coalesce", "contains", "if", "lag", "lead", "length", "lower", "round", "substr", "upper", "year",
  ]

  /// A row in, a value out; a value no whole number can hold (`round(1e19)`) is an error at the
  /// call's place.
  public typealias Evaluator = @Sendable ([Value]) throws(QueryError) -> Value
  private typealias Compiled = (ValueType, Evaluator)

  private static func compile(_ e: Expression, _ schema: Schema) throws(QueryError) -> Compiled {
    switch e {
    case .literal(let v, _):
      return (type(of: v), { _ throws(QueryError) in v })
    case .field(let name, let range):
      guard let i = schema.index(of: name) else {
        throw .unknown("field", name, among: schema.names, at: range)
      }
      return (schema.columns[i].type, { row throws(QueryError) in row[i] })
    case .unary(let op, let inner, _):
      let (_, f) = try compile(inner, schema)
      if op == "not" { return (.bool, { row throws(QueryError) in .bool(!truthy(try f(row))) }) }
      return (
        .double, { row throws(QueryError) in try f(row).number.map { .double(-$0) } ?? .null }
      )
    case .binary(let op, let a, let b, let range):
      let (ca, cb) = (try compile(a, schema), try compile(b, schema))
      if ComparisonTypes.operators.contains(op) {
        try ComparisonTypes.check(a, ca.0, b, cb.0)
      }
      return try binary(op, ca, cb, b, range)
    case .member(let inner, let list, let negated, _):
      let (innerType, f) = try compile(inner, schema)
      var items: [Evaluator] = []
      for item in list {
        let (itemType, g) = try compile(item, schema)
        try ComparisonTypes.check(inner, innerType, item, itemType)
        items.append(g)
      }
      let fs = items
      return (
        .bool,
        { row throws(QueryError) in
          let v = try f(row)
          for f in fs where equal(v, try f(row)) { return .bool(!negated) }
          return .bool(negated)
        }
      )
    case .isNull(let inner, let negated, _):
      let (_, f) = try compile(inner, schema)
      return (.bool, { row throws(QueryError) in .bool(try f(row).isNull != negated) })
    case .window(let name, let args, let partition, let order, let range):
      // Checked here; the values come from `Window.columns`, which `select` computes first.
      let type = try Window.check(name, args, partition + order, range, schema) {
        e throws(QueryError) in try compile(e, schema).0
      }
      return (
        type,
        { _ throws(QueryError) in
          throw QueryError(
            "\(name)() works in select: select …, \(name)(x by GROUP order TIME) as NAME, "
              + "then use NAME", at: range)
        }
      )
    case .call(let name, let args, let range):
      var compiled: [Compiled] = []
      for arg in args { compiled.append(try compile(arg, schema)) }
      return try call(name.lowercased(), compiled, range)
    }
  }

  private static func type(of v: Value) -> ValueType {
    switch v {
    case .null: .any
    case .bool: .bool
    case .int: .int
    case .double: .double
    case .string: .string
    case .list: .list
    }
  }

  static func truthy(_ v: Value) -> Bool {
    switch v {
    case .bool(let b): b
    case .null: false
    case .int(let i): i != 0
    case .double(let d): d != 0
    case .string(let s): !s.isEmpty
    case .list(let l): !l.isEmpty
    }
  }

  /// Equality that treats 2021 and 2021.0 as equal.
  static func equal(_ a: Value, _ b: Value) -> Bool {
    if let x = a.number, let y = b.number, a.string == nil, b.string == nil { return x == y }
    return a == b
  }

  private static func binary(
    _ op: String, _ a: Compiled, _ b: Compiled, _ rhs: Expression, _ range: Range<Int>
  ) throws(QueryError) -> Compiled {
    let (fa, fb) = (a.1, b.1)
    switch op {
    case "and":
      return (
        .bool,
        { row throws(QueryError) in
          guard truthy(try fa(row)) else { return .bool(false) }
          return .bool(truthy(try fb(row)))
        }
      )
    case "or":
      return (
        .bool,
        { row throws(QueryError) in
          if truthy(try fa(row)) { return .bool(true) }
          return .bool(truthy(try fb(row)))
        }
      )
    case "==": return (.bool, { row throws(QueryError) in .bool(equal(try fa(row), try fb(row))) })
    case "!=": return (.bool, { row throws(QueryError) in .bool(!equal(try fa(row), try fb(row))) })
    case "<", "<=", ">", ">=":
      return (
        .bool,
        { row throws(QueryError) in
          let (x, y) = (try fa(row), try fb(row))
          if x.isNull || y.isNull { return .bool(false) }
          switch op {
          case "<": return .bool(x < y)
          case "<=": return .bool(!(y < x))
          case ">": return .bool(y < x)
          default: return .bool(!(x < y))
          }
        }
      )
    case "~", "!~":
      let negate = op == "!~"
      if case .literal(.string(let source), let r) = rhs {
        let pattern = try Pattern(source, at: r)
        return (
          .bool,
          { row throws(QueryError) in
            let v = try fa(row)
            if v.isNull { return .bool(false) }
            return .bool(try pattern.matches(v.string ?? v.text) != negate)
          }
        )
      }
      let rhsRange = rhs.range
      return (
        .bool,
        { row throws(QueryError) in
          guard let s = try fa(row).string, let p = try fb(row).string else { return .bool(false) }
          return .bool(try Pattern(p, at: rhsRange).matches(s) != negate)
        }
      )
    case "+", "-", "*", "/", "%":
      if op == "+", a.0 == .string || b.0 == .string {
        return (
          .string,
          { row throws(QueryError) in
            let (x, y) = (try fa(row), try fb(row))
            if x.isNull || y.isNull { return .null }
            return .string(x.text + y.text)
          }
        )
      }
      let isInt = a.0 == .int && b.0 == .int && op != "/"
      return (
        isInt ? .int : .double,
        { row throws(QueryError) in
          guard let x = try fa(row).number, let y = try fb(row).number else { return .null }
          let r: Double
          switch op {
          case "+": r = x + y
          case "-": r = x - y
          case "*": r = x * y
          case "/": if y == 0 { return .null }; r = x / y
          default: if y == 0 { return .null }; r = x.truncatingRemainder(dividingBy: y)
          }
          return isInt && abs(r) < 9e15 ? .int(Int(r)) : .double(r)
        }
      )
    default:
      throw QueryError("unknown operator '\(op)'", at: range)
    }
  }

  private static func call(_ name: String, _ args: [Compiled], _ range: Range<Int>)
    throws(QueryError) -> Compiled
  {
    func arity(_ n: ClosedRange<Int>) throws(QueryError) {
      guard n.contains(args.count) else {
        let want =
          n.lowerBound == n.upperBound ? "\(n.lowerBound)" : "\(n.lowerBound)–\(n.upperBound)"
        throw QueryError(
          "\(name)() takes \(want) argument\(n.upperBound == 1 ? "" : "s"), not \(args.count)",
          at: range)
      }
    }
    let fs = args.map(\.1)
    switch name {
    case "length":
      try arity(1...1)
      return (
        .int,
        { row throws(QueryError) in
          let v = try fs[0](row)
          return v.isNull ? .null : .int(v.text.unicodeScalars.count)
        }
      )
    case "lower", "upper":
      try arity(1...1)
      let up = name == "upper"
      return (
        .string,
        { row throws(QueryError) in
          let v = try fs[0](row)
          return v.isNull ? .null : .string(up ? v.text.uppercased() : v.text.lowercased())
        }
      )
    case "abs":
      try arity(1...1)
      return (
        args[0].0 == .int ? .int : .double,
        { row throws(QueryError) in
          switch try fs[0](row) {
          case .int(let i): .int(abs(i))
          case let v: v.number.map { .double(abs($0)) } ?? .null
          }
        }
      )
    case "round":
      try arity(1...2)
      return (
        .double,
        { row throws(QueryError) in
          guard let x = try fs[0](row).number else { return .null }
          let digits =
            fs.count > 1
            ? try WholeNumber.from(
              try fs[1](row).number ?? 0, for: "round()'s digits", within: -308...308, at: range)
            : 0
          let scale = pow(10, Double(digits))
          let r = (x * scale).rounded() / scale
          guard digits <= 0 else { return .double(r.isFinite ? r : x) }
          return .int(try WholeNumber.from(r, for: "round()'s result", at: range))
        }
      )
    case "if":
      // `if(growth > target, "met", "missed")`: only the chosen branch is evaluated.
      try arity(3...3)
      let type = args[1].0 == .any ? args[2].0 : args[1].0
      return (
        args[1].0 == args[2].0 || args[2].0 == .any ? type : (args[1].0 == .any ? type : .any),
        { row throws(QueryError) in
          truthy(try fs[0](row)) ? try fs[1](row) : try fs[2](row)
        }
      )
    case "coalesce":
      try arity(1...16)
      return (
        args.first { $0.0 != .any }?.0 ?? .any,
        { row throws(QueryError) in
          for f in fs { let v = try f(row); if !v.isNull { return v } }
          return .null
        }
      )
    case "contains":
      try arity(2...2)
      return (
        .bool,
        { row throws(QueryError) in
          let (s, sub) = (try fs[0](row), try fs[1](row))
          if s.isNull || sub.isNull { return .bool(false) }
          return .bool(s.text.contains(sub.text))
        }
      )
    case "substr":
      try arity(2...3)
      return (
        .string,
        { row throws(QueryError) in
          let s = try fs[0](row)
          guard !s.isNull, let from = try fs[1](row).number else { return .null }
          let scalars = Array(s.text.unicodeScalars)
          let first = try WholeNumber.from(from, for: "substr()'s start", at: range)
          let start = max(0, min(scalars.count, first - 1))
          let length =
            fs.count > 2
            ? try WholeNumber.from(try fs[2](row).number ?? 0, for: "substr()'s length", at: range)
            : scalars.count
          let end = max(start, min(scalars.count, start + max(0, length)))
          return .string(String(String.UnicodeScalarView(scalars[start..<end])))
        }
      )
    case "year":
      try arity(1...1)
      return (
        .int,
        { row throws(QueryError) in
          let s = try fs[0](row).text
          guard s.unicodeScalars.count >= 4, let y = Int(String(s.unicodeScalars.prefix(4))) else {
            return .null
          }
          return .int(y)
        }
      )
    default:
      throw .unknown("function", name, among: functionNames, at: range)
    }
  }
}

extension Array where Element == CompiledExpression.Evaluator {
  /// One function applying every evaluator to a row, in order: the columns of `select`, the keys
  /// of `sort` and `group`.
  var each: @Sendable ([Value]) throws(QueryError) -> [Value] {
    let fns = self
    return { row throws(QueryError) in
      try Cancellation.check()
      var out: [Value] = []
      out.reserveCapacity(fns.count)
      for f in fns { out.append(try f(row)) }
      return out
    }
  }
}
