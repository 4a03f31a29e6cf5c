import BaogaoCore

/// The research analyses as sources: `attainment`, `escalation`, `strength` and `compare A B`.
/// Indicators come from the context's `CorpusAnalysis`, so extraction is shared with
/// `indicators` and never repeated.
public enum ResearchSources {
  public static let sources: [any Source] =
    [
      ComputedSource(
        name: "attainment", schema: Attainment.schema,
        summary: "each target beside the actual reported later, met or missed by its wording",
        compute: { Attainment.table(for: $0.analysis.indicators(of: $0.corpus.reports)) }),
      ComputedSource(
        name: "escalation", schema: Escalation.schema,
        summary: "each target beside the target of the level above, same year",
        compute: {
          Escalation.table(
            for: $0.analysis.indicators(of: $0.corpus.reports), reports: $0.corpus.reports)
        }),
      ComputedSource(
        name: "strength", schema: TargetStrength.schema,
        summary: "share of targets worded hard (确保, 以上) or soft (左右, 力争), by level and year",
        compute: { TargetStrength.table(for: $0.analysis.indicators(of: $0.corpus.reports)) }),
    ]

  public static let parameterized: [any ParameterizedSource] = [CompareSource()]
}

/// `compare r1 r2`: two reports side by side.
struct CompareSource: ParameterizedSource {
  var name: String { "compare" }
  var summary: String { "two reports side by side: targets, term rates, section headings" }
  var usage: String { "compare ID ID" }

  func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source {
    let ids = try AnalysisArguments(arguments, usage: usage).words()
    guard ids.count == 2 else {
      throw QueryError("compare takes two report ids; usage: \(usage)", at: arguments.first?.range)
    }
    var reports: [Report] = []
    for (id, token) in zip(ids, arguments) {
      guard let report = context.corpus.report(id: id) else {
        throw .unknown("report", id, among: context.corpus.reports.map(\.id), at: token.range)
      }
      reports.append(report)
    }
    let (left, right) = (reports[0], reports[1])
    return ComputedSource(
      name: "compare", schema: ReportComparison.schema, summary: summary,
      compute: { context in
        let analysis = context.analysis
        func side(_ r: Report) -> ReportComparison.Side {
          let headings = analysis.structure(of: r).sections.filter { $0.depth == 1 }.map(\.heading)
          return ReportComparison.Side(
            report: r, indicators: analysis.indicators(of: r), headings: headings)
        }
        return ReportComparison.table(side(left), side(right))
      })
  }
}
