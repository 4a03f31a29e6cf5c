import Foundation

/// One cell of a table. Numbers are `Double`s printed exactly as a person wrote them
/// (`1002.18`, never `1002.1800000000001`).
public enum Value: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case list([Value])

  public var isNull: Bool { if case .null = self { true } else { false } }

  /// The number this value holds, if it is one.
  public var number: Double? {
    switch self {
    case .int(let i): Double(i)
    case .double(let d): d
    case .bool(let b): b ? 1 : 0
    default: nil
    }
  }

  public var string: String? { if case .string(let s) = self { s } else { nil } }

  /// Text for a table cell or CSV field: no quotes, `null` as empty.
  public var text: String {
    switch self {
    case .null: ""
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .double(let d): Value.format(d)
    case .string(let s): s
    case .list(let items): "[" + items.map(\.jsonText).joined(separator: ",") + "]"
    }
  }

  /// JSON text of the value.
  public var jsonText: String {
    switch self {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .double(let d): d.isFinite ? Value.format(d) : "null"
    case .string(let s): Value.jsonQuoted(s)
    case .list(let items): "[" + items.map(\.jsonText).joined(separator: ",") + "]"
    }
  }

  /// Shortest decimal that reads back as `d` after rounding away binary noise at 12 significant
  /// digits: `0.1 + 0.2` prints `0.3`, `1002.18` prints `1002.18`, `3.0` prints `3`.
  public static func format(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    let rounded = Double(String(format: "%.12g", d)) ?? d
    var s = "\(rounded)"
    if s.hasSuffix(".0") { s.removeLast(2) }
    return s
  }

  public static func jsonQuoted(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

extension Value: Comparable {
  /// Orders nulls first, then numbers, then strings; used by `sort` and aggregates.
  public static func < (a: Value, b: Value) -> Bool {
    switch (a, b) {
    case (.null, .null): return false
    case (.null, _): return true
    case (_, .null): return false
    default: break
    }
    if let x = a.number, let y = b.number { return x < y }
    if let x = a.string, let y = b.string { return x < y }
    if a.number != nil { return true }
    if b.number != nil { return false }
    return a.text < b.text
  }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
  ExpressibleByNilLiteral, ExpressibleByBooleanLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(floatLiteral value: Double) { self = .double(value) }
  public init(nilLiteral: ()) { self = .null }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension Value {
  public init(_ s: String?) { self = s.map(Value.string) ?? .null }
  public init(_ i: Int?) { self = i.map(Value.int) ?? .null }
  public init(_ d: Double?) { self = d.map(Value.double) ?? .null }
  public init(_ b: Bool?) { self = b.map(Value.bool) ?? .null }
}
