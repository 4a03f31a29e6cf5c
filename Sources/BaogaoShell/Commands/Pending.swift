import BaogaoQuery
// TEMPORARY (lead's working copy): replaced when structure/extraction/charts land.
extension Session {
  func runShow(_ args: [String], range: Range<Int>) throws { throw QueryError("show: pending", at: range) }
  func runSourceCommand(_ args: [String], range: Range<Int>) throws { throw QueryError("source: pending", at: range) }
  func runMetricsCommand(_ args: [String], range: Range<Int>) throws { throw QueryError("metrics: pending", at: range) }
  func runSink(_ sink: Sink, table: Table, origin: Origin) throws { throw QueryError("sink: pending", at: sink.range) }
}

extension Session {
  /// Metric ids for completion inside quotes (`metric == "gd<Tab>`).
  var metricIDs: [String] { [] }
}
