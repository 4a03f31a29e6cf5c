import Foundation
import BaogaoCore

/// A fact as a dictionary of raw strings, read by reflection, so that the tables of issue 9
/// compile both before and after `kind`/`qualifier` become enums and `value_base`/`base_unit`
/// exist: an enum field gives its raw value, a field that does not exist (yet) gives no entry.
enum FactFields {
  /// `growth_high` → `growthHigh`: the tables use the JSON names of the gold.
  static func label(_ name: String) -> String {
    let parts = name.split(separator: "_")
    guard let first = parts.first else { return name }
    return ([String(first)] + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() })
      .joined()
  }

  /// Every stored property of `fact`, keyed by its Swift name; nil values become `-`.
  static func of(_ fact: Indicator) -> [String: String] {
    var fields: [String: String] = [:]
    for child in Mirror(reflecting: fact).children {
      guard let name = child.label else { continue }
      fields[name] = text(of: child.value)
    }
    return fields
  }

  /// Unwraps optionals and enums with raw values; numbers keep Swift's description (`7.0`).
  static func text(of value: Any) -> String {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
      guard let wrapped = mirror.children.first?.value else { return "-" }
      return text(of: wrapped)
    }
    if let raw = value as? any RawRepresentable { return "\(raw.rawValue)" }
    return "\(value)"
  }
}

/// One expected field of a fact, `growth=7` or `kind=period|plan`: the fact's field (by its
/// JSON name) must equal one of the alternatives; numbers compare as numbers, `-` means none.
struct FieldExpectation: Sendable, Hashable, CustomStringConvertible {
  var field: String
  var alternatives: [String]

  var description: String { field + "=" + alternatives.joined(separator: "|") }

  func holds(for fields: [String: String]) -> Bool {
    guard let actual = fields[FactFields.label(field)] else { return false }
    return alternatives.contains { Self.same(actual, $0) }
  }

  static func same(_ actual: String, _ expected: String) -> Bool {
    if actual == expected { return true }
    guard let a = Double(actual), let e = Double(expected) else { return false }
    return abs(a - e) <= 1e-9 * max(1, abs(e))
  }
}

/// `growth=7,qualifier=about` (some fact of the metric has all these fields) or, with a leading
/// `!`, `!growth=-4` (no fact of the metric has them). `none` alone: no fact of the metric.
struct FactPattern: Sendable, Hashable, CustomStringConvertible {
  var negated: Bool
  var fields: [FieldExpectation]

  var description: String {
    fields.isEmpty && negated ? "none" : (negated ? "!" : "") + fields.map(\.description).joined(separator: ",")
  }

  /// Parses `a=1,b=x|y;!c=2` into its patterns; `none` is a negated pattern with no field.
  static func parseList(_ text: String) -> [FactPattern] {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty || trimmed == "-" { return [] }
    return trimmed.split(separator: ";").map { raw in
      var body = raw.trimmingCharacters(in: .whitespaces)
      if body == "none" { return FactPattern(negated: true, fields: []) }
      let negated = body.hasPrefix("!")
      if negated { body.removeFirst() }
      let fields = body.split(separator: ",").map { pair -> FieldExpectation in
        let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
        return FieldExpectation(
          field: kv[0].trimmingCharacters(in: .whitespaces),
          alternatives: (kv.count > 1 ? kv[1] : "").split(separator: "|").map(String.init))
      }
      return FactPattern(negated: negated, fields: fields)
    }
  }

  /// Whether the facts of one metric satisfy this pattern.
  func holds(for facts: [[String: String]]) -> Bool {
    let matching = facts.contains { f in fields.allSatisfy { $0.holds(for: f) } }
    return negated ? !matching : matching
  }
}
