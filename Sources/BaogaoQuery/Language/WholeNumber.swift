/// The one way a number from a statement or a row becomes an `Int`: checked, so that
/// `round(1e19)`, `substr(title, -9223372036854775808)` or `ngrams 1e19` is an error at the
/// token that wrote it, never a trap that ends the session.
public enum WholeNumber {
  /// `value` as an Int when it is finite and within `bounds`; otherwise an error saying which
  /// number, what it was for and what is allowed.
  public static func from(
    _ value: Double, for what: String, within bounds: ClosedRange<Int> = -limit...limit,
    at range: Range<Int>?
  ) throws(QueryError) -> Int {
    guard value.isFinite, value >= Double(bounds.lowerBound), value <= Double(bounds.upperBound)
    else {
      throw QueryError(
        "\(Value.format(value)) is out of range for \(what) (\(describe(bounds)))", at: range)
    }
    return Int(value.rounded(.towardZero))
  }

  /// 2⁵³: every whole number up to it is exact in a Double, and sums of a few of them still fit
  /// in an Int.
  public static let limit = 1 << 53

  private static func describe(_ bounds: ClosedRange<Int>) -> String {
    if bounds == -limit...limit { return "a whole number within ±2^53" }
    return "\(bounds.lowerBound)–\(bounds.upperBound)"
  }
}
