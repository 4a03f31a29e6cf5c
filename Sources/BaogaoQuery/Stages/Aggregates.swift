import Foundation

/// An aggregate a `group … agg` or `count` statement applies to the values of one column.
///
/// Nulls are ignored by every function: `mean(growth)` over 5.5, null, 6.5 is 6. The one
/// exception is `count()` without a column, which counts rows (`apply(_:countingNulls:)` with
/// `true`). Values that are not numbers (text) are ignored by the numeric functions.
///
/// - `stdev` is the **sample** standard deviation (divides by n − 1, as pandas' `std()` and
///   R's `sd()`); it is null for fewer than two numbers.
/// - `median`, `p25`, `p75` interpolate linearly between closest ranks as numpy's default does
///   (see `Percentile`).
/// - `sum` keeps integers integral; `sum`, `mean`, `min`, … of no values are null, `count` is 0.
/// - `min`/`max` order values as `sort` does (numbers before text), so they also work on text.
/// - `first`/`last` are the first and last non-null values in row order.
public enum AggregateFunction: String, CaseIterable, Sendable {
  case count, sum, mean, median, min, max, stdev, p25, p75, first, last, corr

  /// How many columns the function reads: `corr(x, y)` reads two.
  public var arity: Int { self == .corr ? 2 : 1 }

  /// Pearson's correlation of the pairs where both are numbers (as pandas' `corr()`, which
  /// drops incomplete pairs); null for fewer than two pairs or a constant column.
  public static func correlation(_ pairs: [(Value, Value)]) -> Value {
    let numbers = pairs.compactMap { p -> (Double, Double)? in
      guard p.0.string == nil, p.1.string == nil, let x = p.0.number, let y = p.1.number else {
        return nil
      }
      return (x, y)
    }
    guard numbers.count >= 2 else { return .null }
    let n = Double(numbers.count)
    let mx = numbers.reduce(0) { $0 + $1.0 } / n
    let my = numbers.reduce(0) { $0 + $1.1 } / n
    var (sxy, sxx, syy) = (0.0, 0.0, 0.0)
    for (x, y) in numbers {
      sxy += (x - mx) * (y - my)
      sxx += (x - mx) * (x - mx)
      syy += (y - my) * (y - my)
    }
    guard sxx > 0, syy > 0 else { return .null }
    return .double(sxy / (sxx * syy).squareRoot())
  }

  /// Applies the function to one column's values.
  public func apply(_ values: [Value]) -> Value {
    apply(values, countingNulls: false)
  }

  /// Applies the function; with `countingNulls`, `count` counts every row (`count()`).
  public func apply(_ values: [Value], countingNulls: Bool) -> Value {
    let present = values.filter { !$0.isNull }
    switch self {
    case .count:
      return .int(countingNulls ? values.count : present.count)
    case .first:
      return present.first ?? .null
    case .last:
      return present.last ?? .null
    case .min:
      return present.min() ?? .null
    case .max:
      return present.max() ?? .null
    case .sum:
      let numbers = present.filter { $0.number != nil }
      guard !numbers.isEmpty else { return .null }
      if numbers.allSatisfy({ if case .int = $0 { true } else { false } }) {
        var total = 0
        for case .int(let i) in numbers {
          let (result, overflow) = total.addingReportingOverflow(i)
          if overflow { return .double(numbers.compactMap(\.number).reduce(0, +)) }
          total = result
        }
        return .int(total)
      }
      return .double(numbers.compactMap(\.number).reduce(0, +))
    case .mean, .median, .stdev, .p25, .p75:
      return Self.numeric(self, present.compactMap(\.number))
    case .corr:
      return .null  // needs two columns: `correlation(_:)`
    }
  }

  private static func numeric(_ function: AggregateFunction, _ numbers: [Double]) -> Value {
    guard !numbers.isEmpty else { return .null }
    switch function {
    case .mean:
      return .double(numbers.reduce(0, +) / Double(numbers.count))
    case .median:
      return Value(Percentile.of(numbers, 0.5))
    case .p25:
      return Value(Percentile.of(numbers, 0.25))
    case .p75:
      return Value(Percentile.of(numbers, 0.75))
    case .stdev:
      guard numbers.count >= 2 else { return .null }
      let mean = numbers.reduce(0, +) / Double(numbers.count)
      let squares = numbers.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
      return .double((squares / Double(numbers.count - 1)).squareRoot())
    default:
      return .null
    }
  }

  /// The type of the result for an input column of type `input`, for the planner's schema.
  public func resultType(for input: ValueType) -> ValueType {
    switch self {
    case .count: .int
    case .sum: input == .int ? .int : .double
    case .mean, .median, .stdev, .p25, .p75, .corr: .double
    case .min, .max, .first, .last: input
    }
  }

  /// One line for `.help` and completion.
  public var summary: String {
    switch self {
    case .count: "number of non-null values; count() counts rows"
    case .sum: "sum of the numbers"
    case .mean: "arithmetic mean"
    case .median: "median (linear interpolation, as numpy)"
    case .min: "smallest value"
    case .max: "largest value"
    case .stdev: "sample standard deviation (n − 1)"
    case .p25: "25th percentile (linear interpolation, as numpy)"
    case .p75: "75th percentile (linear interpolation, as numpy)"
    case .first: "first non-null value in row order"
    case .last: "last non-null value in row order"
    case .corr: "corr(x, y): Pearson correlation of the rows where both are numbers"
    }
  }
}
