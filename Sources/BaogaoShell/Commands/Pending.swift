import BaogaoQuery
// TEMPORARY (lead's working copy): replaced when structure/extraction/charts land.
extension Session {
  func runShow(_ args: [String], range: Range<Int>) throws { throw QueryError("show: pending", at: range) }
  func runSourceCommand(_ args: [String], range: Range<Int>) throws { throw QueryError("source: pending", at: range) }
  func runMetricsCommand(_ args: [String], range: Range<Int>) throws { throw QueryError("metrics: pending", at: range) }
}

extension Session {
  /// Metric ids for completion inside quotes (`metric == "gd<Tab>`).
  var metricIDs: [String] { [] }
}
