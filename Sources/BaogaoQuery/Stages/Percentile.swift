/// Percentiles by linear interpolation between closest ranks, as numpy's default
/// (`numpy.percentile(..., method="linear")`) and R's type 7 compute them.
///
/// For sorted values `x[0] … x[n-1]` and a fraction `p`, the position is `h = (n - 1) * p`; the
/// result is `x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)])`. So the median of
/// `[1, 2, 3, 4]` is 2.5 and its 25th percentile is 1.75.
public enum Percentile {
  /// The `p`-th fraction (0…1) of `sorted`, which must be in ascending order; nil when empty.
  public static func linear(_ sorted: [Double], _ p: Double) -> Double? {
    guard !sorted.isEmpty else { return nil }
    let p = min(max(p, 0), 1)
    let h = Double(sorted.count - 1) * p
    let lo = Int(h.rounded(.down))
    let hi = min(lo + 1, sorted.count - 1)
    let fraction = h - Double(lo)
    return sorted[lo] + fraction * (sorted[hi] - sorted[lo])
  }

  /// The `p`-th fraction of `values` in any order.
  public static func of(_ values: [Double], _ p: Double) -> Double? {
    linear(values.sorted(), p)
  }
}
