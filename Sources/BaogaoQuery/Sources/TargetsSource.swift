import BaogaoCore

/// `targets`: the goals among the facts, next year's (`target`) and the plan period's (`plan`).
public struct TargetsSource: FilteringSource {
  public init() {}

  public var name: String { "targets" }
  public var summary: String {
    "the goals among indicators: kind target (next year) or plan (several years)"
  }
  public var schema: Schema { IndicatorsSource.factSchema }

  public func table(in context: SourceContext, request: SourceRequest) throws -> Table {
    // Goals are the facts of these kinds: a store reads no other.
    var request = request
    request.columns?.insert("kind")
    request.filters.append(
      ColumnFilter(
        column: "kind", test: .among([FactKind.target, .plan].map { .string($0.rawValue) })))
    let facts = context.analysis.indicators(of: context.corpus.reports, request: request)
      .filter(\.isGoal)
    return Table(schema: schema, rows: facts.map(IndicatorsSource.row))
  }
}
