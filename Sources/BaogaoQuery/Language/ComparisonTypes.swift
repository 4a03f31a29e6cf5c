/// Text compared with a number is a planning error, not a silent `false` for every row:
/// `where period == 2023` (period is text) and `where year == "2024"` (year is a number) used
/// to return no rows. The hint says what to write instead.
enum ComparisonTypes {
  static let operators: Set<String> = ["==", "!=", "<", "<=", ">", ">="]

  static func check(
    _ a: Expression, _ aType: ValueType, _ b: Expression, _ bType: ValueType
  ) throws(QueryError) {
    let (aText, bText) = (aType == .string, bType == .string)
    guard (aText && bType.isNumeric) || (bText && aType.isNumeric) else { return }
    // Describe the side whose type the writer may not know (a field), and fix the other.
    let (typed, typedText, other) = a.isLiteral && !b.isLiteral ? (b, bText, a) : (a, aText, b)
    let subject = typed.fieldName ?? (typed == a ? "the left side" : "the right side")
    var message = "text compared with a number never matches: \(subject) is "
    message += typedText ? "text" : "a number"
    if case .literal(let v, _) = other, typedText || Double(v.text) != nil {
      message += ": write " + (typedText ? Value.jsonQuoted(v.text) : v.text)
    } else if let name = other.fieldName {
      message += " and \(name) is " + (typedText ? "a number" : "text")
    }
    throw QueryError(message, at: a.range.lowerBound..<b.range.upperBound)
  }
}

extension Expression {
  var isLiteral: Bool { if case .literal = self { true } else { false } }
  var fieldName: String? { if case .field(let name, _) = self { name } else { nil } }
}
