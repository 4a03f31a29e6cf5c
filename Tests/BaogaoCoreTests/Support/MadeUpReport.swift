import BaogaoCore

/// Shared by the table-driven extraction tests: facts of one sentence (or a few lines) placed in
/// a report, and the gold metrics of `../shared/gold/README.md`.
enum MadeUpReport {
  /// The ten metrics the gold annotates.
  static let goldMetrics: Set<String> = [
    "gdp", "gnp", "budget_revenue", "fixed_investment", "retail_sales", "industrial_value_added",
    "disposable_income", "urban_disposable_income", "rural_disposable_income", "foreign_trade",
  ]

  /// Every fact the extractor finds in `text`, read as a report of `year` given by `region`
  /// (at `level`, when the test says).
  static func facts(_ text: String, year: Int, region: String? = nil, level: Level? = nil)
    -> [Indicator]
  {
    let report = Report(
      id: "r1", doc: "made-up.txt", region: region, level: level, year: year, text: text)
    return IndicatorExtractor().indicators(
      in: report, structure: StructureParser.structure(of: report))
  }

  /// `metric kind period value unit growth [qualifier]`, `-` for nil: one line per fact, so a
  /// table of expected facts reads like the gold.
  static func described(_ f: Indicator, withQualifier: Bool) -> String {
    func n(_ d: Double?) -> String { d.map { "\($0)" } ?? "-" }
    var parts = [f.metric, f.kind, f.period ?? "-", n(f.value), f.unit ?? "-", n(f.growth)]
    if withQualifier { parts.append(f.qualifier ?? "-") }
    return parts.joined(separator: " ")
  }
}
