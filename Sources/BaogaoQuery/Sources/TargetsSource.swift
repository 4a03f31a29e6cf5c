import BaogaoCore

/// `targets`: the goals among the facts, next year's (`target`) and the plan period's (`plan`).
public struct TargetsSource: Source {
  public init() {}

  public var name: String { "targets" }
  public var summary: String {
    "the goals among indicators: kind target (next year) or plan (several years)"
  }
  public var schema: Schema { IndicatorsSource.factSchema }

  public func table(in context: SourceContext) throws -> Table {
    let facts = context.analysis.indicators(of: context.corpus.reports).filter(\.isGoal)
    return Table(schema: schema, rows: facts.map(IndicatorsSource.row))
  }
}
