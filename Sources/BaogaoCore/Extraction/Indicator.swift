/// One economic fact from a report, traceable to its sentence: `地区生产总值增长7%左右` in the
/// targets of the 2021 report of 云浮市 → gdp, target, 2021, growth 7, about.
public struct Indicator: Sendable, Hashable {
  /// `r3.f5`: report id, then the 1-based fact number.
  public var id: String
  public var reportID: String
  public var doc: String
  /// 1-based position of the report in its file.
  public var report: Int
  public var region: String?
  public var level: Level?
  /// The report's own year.
  public var year: Int?
  /// Kind of the section the fact is in (`review`, `targets` …).
  public var section: String?
  public var metric: String
  /// The metric's name as written: `本地生产总值`, `社消零`.
  public var metricText: String
  /// `actual`, `target`, `period` or `plan`.
  public var kind: String
  /// The year or years the figure is about: `2020`, `2016-2020`.
  public var period: String?
  public var value: Double?
  public var unit: String?
  /// The level in its dimension's base unit (`UnitScale`): 5.2万亿元 → 5.2e12.
  public var valueBase: Double?
  /// The base unit of `valueBase`: `yuan`, `usd`, `persons`, `person_times`, `tonnes`, `mu`,
  /// `percent`; a unit outside these stays as written.
  public var baseUnit: String?
  /// Percent change; negative for 下降.
  public var growth: Double?
  public var growthHigh: Double?
  /// `about`, `at_least`, `at_most`, `range`.
  public var qualifier: String?
  /// The wording of commitment or hedge: 确保, 力争, 争取, 左右, 以上 …
  public var strength: String?
  /// `全省第3位` → 3.
  public var rank: Int?
  /// `全省第3位` → 全省.
  public var rankScope: String?
  public var masked: Bool
  /// Marked 预计: an estimate of last year's result.
  public var estimated: Bool
  public var sentenceID: String
  /// Unicode-scalar offsets of the figure(s) in the cleaned text.
  public var start: Int
  public var end: Int
  public var sentence: String

  public init(
    id: String = "", reportID: String, doc: String, report: Int, region: String? = nil,
    level: Level? = nil, year: Int? = nil, section: String? = nil, metric: String,
    metricText: String, kind: String, period: String?, value: Double? = nil, unit: String? = nil,
    growth: Double? = nil, growthHigh: Double? = nil, qualifier: String? = nil,
    strength: String? = nil, rank: Int? = nil, rankScope: String? = nil, masked: Bool = false,
    estimated: Bool = false, sentenceID: String, start: Int, end: Int, sentence: String
  ) {
    self.id = id
    self.reportID = reportID
    self.doc = doc
    self.report = report
    self.region = region
    self.level = level
    self.year = year
    self.section = section
    self.metric = metric
    self.metricText = metricText
    self.kind = kind
    self.period = period
    self.value = value
    self.unit = unit
    self.growth = growth
    self.growthHigh = growthHigh
    self.qualifier = qualifier
    self.strength = strength
    self.rank = rank
    self.rankScope = rankScope
    self.masked = masked
    self.estimated = estimated
    self.sentenceID = sentenceID
    self.start = start
    self.end = end
    self.sentence = sentence
  }

  /// Does the fact carry a figure (a level, a growth or a masked one), rather than a goal
  /// without a number (`与经济增长同步`)?
  public var hasNumber: Bool { value != nil || growth != nil || masked }

  /// Is this a goal (`target` for next year, `plan` for several)?
  public var isGoal: Bool { kind == FactKind.target.rawValue || kind == FactKind.plan.rawValue }
}

/// What a fact says about its period: `actual`, `target` (one year ahead), `period` (several
/// years looked back on) or `plan` (several years ahead). The raw values are the column's text.
public enum FactKind: String, Sendable, Hashable, CaseIterable {
  case actual, target, period, plan
}

/// How a figure is hedged or bounded, or what a goal without a number asks for. The raw values
/// are the `qualifier` column's text.
public enum Qualifier: String, Sendable, Hashable, CaseIterable, Decodable {
  /// `左右`, `上下`.
  case about
  /// `以上`, `不低于`, and a threshold crossed (`突破1000亿元`).
  case atLeast = "at_least"
  /// `以内`, `不超过`, `控制在`.
  case atMost = "at_most"
  /// `6-7%`.
  case range
  /// `与经济增长同步`: a goal of growing in step with the economy.
  case inStep = "in_step"
  /// `正增长`: a goal of growing at all.
  case positive
  /// `高于全国平均水平`.
  case aboveNational = "above_national"
  /// `保持合理水平`, `基本稳定`.
  case stable
  /// The report says it sets no such target (national 2020).
  case noneSet = "none_set"
}
