/// An expression in `where`, `select`, `sort`, `top … by` and aggregates.
public indirect enum Expression: Sendable, Equatable {
  case literal(Value, Range<Int>)
  case field(String, Range<Int>)
  case unary(String, Expression, Range<Int>)
  case binary(String, Expression, Expression, Range<Int>)
  /// `x in [a, b]`
  case member(Expression, [Expression], negated: Bool, Range<Int>)
  /// `x is null`, `x is not null`
  case isNull(Expression, negated: Bool, Range<Int>)
  case call(String, [Expression], Range<Int>)
  /// `lag(growth by region order year)`, `lead(x, 2 by g order t)`: a value from another row of
  /// the same group, in the given order. Computed by `select` over the whole table.
  case window(String, [Expression], partition: [Expression], order: [Expression], Range<Int>)

  public var range: Range<Int> {
    switch self {
    case .literal(_, let r), .field(_, let r), .unary(_, _, let r), .binary(_, _, _, let r),
      .member(_, _, _, let r), .isNull(_, _, let r), .call(_, _, let r), .window(_, _, _, _, let r):
      r
    }
  }

  /// The name a `select` gives this expression when it has no `as`: a field keeps its name.
  public var defaultName: String {
    switch self {
    case .field(let name, _): name
    case .call(let name, let args, _):
      "\(name)(" + args.map(\.defaultName).joined(separator: ",") + ")"
    case .window(let name, let args, _, _, _):
      "\(name)(" + args.map(\.defaultName).joined(separator: ",") + ")"
    case .literal(let v, _): v.text
    default: "expr"
    }
  }

  /// Field names the expression reads.
  public var fields: [String] {
    switch self {
    case .literal: []
    case .field(let n, _): [n]
    case .unary(_, let e, _), .isNull(let e, _, _): e.fields
    case .binary(_, let a, let b, _): a.fields + b.fields
    case .member(let e, let list, _, _): e.fields + list.flatMap(\.fields)
    case .call(_, let args, _): args.flatMap(\.fields)
    case .window(_, let args, let partition, let order, _):
      (args + partition + order).flatMap(\.fields)
    }
  }
}
