import BaogaoCore

/// How a target's wording decides whether an actual figure met it, shown in the `rule` column so a
/// reader can check (or dispute) every met/missed.
///
/// - `6%以上`, `不低于6%` (at least): met when actual ≥ 6; 5.9 is missed.
/// - `6%左右` (about): met when actual ≥ 6 − 0.5; 5.9 is met, 5.4 is missed. Half a point is our
///   convention for "about" in growth targets, not an official one.
/// - `6%—6.5%` (range): met when actual ≥ the lower bound.
/// - no qualifier: met when actual ≥ target.
/// - Ceilings: for prices (CPI 3%左右, 零售物价 before 1994), unemployment rates and energy intensity (下降3%, stored as
///   −3), and any `以内`/`不超过` target, the inequality turns: met when actual ≤ target (+ 0.5
///   for about).
public struct TargetRule: Sendable, Hashable {
  /// Metrics whose targets are upper limits.
  public static let ceilingMetrics: Set<String> = [
    "cpi", "retail_prices", "registered_unemployment", "surveyed_unemployment", "energy_intensity",
  ]
  /// The tolerance for `左右`, in percentage points.
  public static let aboutTolerance = 0.5

  public var ceiling: Bool
  public var tolerance: Double
  public var description: String

  public init(metric: String, qualifier: String?) {
    ceiling = Self.ceilingMetrics.contains(metric) || qualifier == "at_most"
    tolerance = qualifier == "about" ? Self.aboutTolerance : 0
    let bound: String =
      switch qualifier {
      case "about": ceiling ? "target + 0.5 (左右)" : "target − 0.5 (左右)"
      case "at_least": "target (以上)"
      case "at_most": "target (以内)"
      case "range": ceiling ? "upper bound (range)" : "lower bound (range)"
      default: "target"
      }
    description = "actual " + (ceiling ? "≤ " : "≥ ") + bound
  }

  /// Whether `actual` meets a target of `low`…`high` (`high` only for ranges).
  public func met(actual: Double, low: Double, high: Double?) -> Bool {
    if ceiling { return actual <= (high ?? low) + tolerance + 1e-9 }
    return actual >= low - tolerance - 1e-9
  }
}
