import BaogaoCore

/// `indicators`: one row per economic fact, with its provenance (sentence, offsets).
public struct IndicatorsSource: FilteringSource {
  public init() {}

  public var name: String { "indicators" }
  public var summary: String {
    "one row per economic fact: metric, kind, period, value, growth … and its sentence"
  }
  public var schema: Schema { Self.factSchema }

  /// The columns of `indicators` and `targets`; names match the gold schema of the scorer.
  static let factSchema = Schema([
    Column("id", .string, help: "fact id: r3.f5"),
    Column("report_id", .string, help: "the report's id in the session"),
    Column("doc", .string, help: "the file as loaded"),
    Column("report", .int, help: "1-based position of the report in its file"),
    Column("region", .string),
    Column("level", .string),
    Column("year", .int, help: "the report's own year"),
    Column(
      "section", .string,
      help: "kind of the section: review, targets, tasks, government, notes, other"),
    Column("metric", .string, help: "canonical metric id: gdp, budget_revenue, fixed_investment …"),
    Column("metric_text", .string, help: "the metric's name as written"),
    Column(
      "kind", .string,
      help:
        "actual (one year), target (one year ahead), period (several years back), plan (several ahead)"
    ),
    Column("period", .string, help: "the year(s) the figure is about: 2020, 2016-2020"),
    Column("value", .double, help: "the level as written, in unit"),
    Column("unit", .string, help: "亿元, 万元, 元, 亿美元, 万吨, % …"),
    Column(
      "value_base", .double,
      help: "the level in base_unit, so 5.2万亿元 and 52000亿元 compare: 5.2e12"),
    Column(
      "base_unit", .string,
      help: "yuan, usd, persons, person_times, tonnes, mu, percent: one unit per dimension"),
    Column("growth", .double, help: "percent change; negative for 下降"),
    Column("growth_high", .double, help: "upper end of a range (6-7% → 7)"),
    Column(
      "qualifier", .string,
      help:
        "about (左右), at_least (以上, 突破), at_most (以内), range; goals with no number: in_step (与经济增长同步), positive (正增长), above_national (高于全国平均水平), stable (保持合理水平), none_set (no target set)"
    ),
    Column("strength", .string, help: "wording: 确保, 力争, 争取, 左右, 以上 …"),
    Column("rank", .int, help: "全省第3位 → 3"),
    Column("rank_scope", .string, help: "全省第3位 → 全省"),
    Column("masked", .bool, help: "an anonymised figure (XX亿元)"),
    Column("estimated", .bool, help: "marked 预计"),
    Column("sentence_id", .string, help: "the sentence the fact is read from: r3.s17"),
    Column("start", .int, help: "offset of the figure in the cleaned text"),
    Column("end", .int, help: "offset just past the figure"),
    Column("sentence", .string, hidden: true, help: "the sentence's text"),
  ])

  static func row(_ f: Indicator) -> [Value] {
    [
      .string(f.id), .string(f.reportID), .string(f.doc), .int(f.report), Value(f.region),
      Value(f.level?.rawValue),
      Value(f.year), Value(f.section), .string(f.metric), .string(f.metricText), .string(f.kind),
      Value(f.period), Value(f.value), Value(f.unit), Value(f.valueBase), Value(f.baseUnit),
      Value(f.growth), Value(f.growthHigh),
      Value(f.qualifier), Value(f.strength), Value(f.rank), Value(f.rankScope), .bool(f.masked),
      .bool(f.estimated), .string(f.sentenceID), .int(f.start), .int(f.end), .string(f.sentence),
    ]
  }

  public func table(in context: SourceContext, request: SourceRequest) throws -> Table {
    let facts = context.analysis.indicators(of: context.corpus.reports, request: request)
    return Table(schema: schema, rows: facts.map(Self.row))
  }
}
