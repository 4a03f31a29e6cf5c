import Testing

@testable import BaogaoCore

/// Whose figure a clause gives, and when, on whole lawtext reports: the mechanisms sample e's
/// wrong rows (18, 20, 73, 89, 151, 154, 197) were cases of, each with cases found afterwards by
/// comparing the extractor's output over all of lawtext before and after it.
///
/// - **A growth clause's lead.** `，增长5.5%` continues the subject before it only when the words
///   before the verb name no subject: a comparison (`同口径比1987年`), a way of counting
///   (`扣除留抵退税因素后`, `自然口径`), adverbs and years (`growthLeadWords`). `粮食产量1373万吨，
///   水果增长13.2%` is the fruit's growth.
/// - **A bare percent with a predicate of its own** (`一般公共预算收入八成以上用于民生`) is a
///   share, not a growth; `保持10%以上增长` is a growth.
/// - **A change's end.** `由70万人增加到120万人`: the level reached is the one after `到`.
/// - **A change's start year.** `从2017年的2099.8亿元增长至2021年的…，年均增长9.2%` in a 2022
///   report: the yearly growth covers 2018–2021, as after `比2017年`.
/// - **A census** (`第七次全国人口普查结果显示`) counts its own year.
/// - **`接近`** (`人均GDP接近6万元`) is a level reached, about that figure.
/// - **A rate held to one figure** in a review's span (`城镇登记失业率控制在3.9%`) is where it
///   stood at the span's end.
/// - **Struck wording.** In a list of edits (`“…增长7.7%左右”改为“…增长7.7%”`) the quotation
///   before `改为` is not the report's.
@Suite struct ExtractionClauseTests {
  typealias Row = ExtractionTimeFrameTests.Row

  static let rows: [Row] = [
    // A growth clause's lead. Found after sample e's row 18:
    Row(file: "政府工作报告-其他地市/宿迁市/2023.md", metric: "budget_revenue", value: 271.78, growth: 1.5,
      kind: "actual", period: "2022", words: "自然增长1.5%"),
    Row(file: "政府工作报告-其他地市/邵阳市/2025.md", metric: "gdp", value: 2910, growth: 5.5, kind: "actual",
      period: "2024", words: "（预计数，下同）、增长5.5%"),
    Row(file: "政府工作报告-省自治区/甘肃省/1993.md", metric: "fiscal_revenue", value: 39.2, growth: 68.7,
      kind: "period", period: "1988-1992", words: "同口径比1987年增长68.7%"),
    Row(file: "政府工作报告-其他地市/鞍山市/2016.md", metric: "budget_revenue", value: 128.8, growth: -4.4,
      kind: "actual", period: "2015", words: "按照可比口径下降4.4%"),
    // A bare percent followed by its growth word:
    Row(file: "政府工作报告-其他地市/丹东市/2020.md", metric: "foreign_investment", growth: 10, kind: "target",
      period: "2020", words: "保持10%以上增长"),
    // A change's end. Built on sample e's row 89:
    Row(file: "政府工作报告-其他地市/阜阳市/2016.md", metric: "population", value: 120, kind: "actual",
      period: "2015", words: "由70万人增加到120万人"),
    // Found afterwards:
    Row(file: "政府工作报告-主要城市/无锡市/2021.md", metric: "budget_revenue", value: 1075.7, kind: "actual",
      period: "2020", words: "由830亿元增至1075.7亿元"),
    Row(file: "政府工作报告-其他地市/六安市/2016.md", metric: "loans", value: 1082, growth: 17.5, kind: "period",
      period: "2011-2015", words: "贷款余额由484亿元增至1082亿元"),
    // A change's start year. Built on sample e's row 154:
    Row(file: "政府工作报告-其他地市/曲靖市/2022.md", metric: "gdp", value: 3393.9, growth: 9.2, kind: "period",
      period: "2018-2021", words: "从2017年的2099.8亿元"),
    // A census. Built on sample e's row 73:
    Row(file: "政府工作报告-省自治区/青海省/2022.md", metric: "urbanization_rate", value: 60, kind: "actual",
      period: "2020", qualifier: "at_least", words: "第七次全国人口普查结果显示"),
    // 接近. Built on sample e's row 151:
    Row(file: "政府工作报告-其他地市/十堰市/2021.md", metric: "gdp_per_capita", value: 6, kind: "actual",
      period: "2020", qualifier: "about", words: "人均GDP接近6万元"),
    // A rate held to one figure. Built on sample c's row 91:
    Row(file: "政府工作报告-其他地市/白山市/2016.md", metric: "registered_unemployment", value: 3.9,
      kind: "actual", period: "2015", qualifier: "at_most", words: "城镇登记失业率控制在3.9%"),
    // Found afterwards:
    Row(file: "政府工作报告-其他地市/徐州市/2016.md", metric: "registered_unemployment", value: 1.9,
      kind: "actual", period: "2015", qualifier: "at_most", words: "城镇登记失业率控制在1.9%"),
  ]

  @Test(arguments: rows) func readsTheClause(_ row: Row) throws {
    try ExtractionTimeFrameTests.check(row)
  }

  /// A figure that is another subject's, or no figure of the metric at all.
  struct Absent: Sendable, CustomTestStringConvertible {
    var file: String
    var metric: String
    var value: Double? = nil
    var growth: Double? = nil
    var words: String
    var testDescription: String { "\(file) \(metric) \(words)" }
  }

  static let absent: [Absent] = [
    // Built on sample e's row 18: the fruit's growth.
    Absent(file: "政府工作报告-省自治区/广西壮族自治区/2019.md", metric: "grain_output", growth: 13.2,
      words: "水果增长13.2%"),
    // Found afterwards: graduates', hogs', a trade category's growth.
    Absent(file: "政府工作报告-主要城市/沈阳市/2023.md", metric: "new_urban_jobs", growth: 21.6,
      words: "来沈留沈高校毕业生增长21.6%"),
    Absent(file: "政府工作报告-其他地市/鞍山市/2021.md", metric: "grain_output", growth: 32.7,
      words: "生猪存栏量增长32.7%"),
    Absent(file: "政府工作报告-主要城市/西安市/2023.md", metric: "foreign_trade", growth: 33.3,
      words: "一般贸易增长33.3%"),
    // Built on sample e's row 197: a share of revenue, spent.
    Absent(file: "政府工作报告-其他地市/晋中市/2023.md", metric: "budget_revenue", growth: 80,
      words: "八成以上用于民生"),
    // Found afterwards:
    Absent(file: "政府工作报告-省自治区/海南省/2022.md", metric: "budget_expenditure", growth: 72.9,
      words: "72.9%用于民生保障"),
    // Built on sample e's row 89: the start of the change.
    Absent(file: "政府工作报告-其他地市/阜阳市/2016.md", metric: "population", value: 70,
      words: "由70万人增加到120万人"),
  ]

  /// Checks an absent row: its report gives no fact of the metric with those words and figures.
  static func check(_ row: Absent) throws {
    try LawtextCorpus.require()
    let facts = try ExtractionTimeFrameTests.facts(
      of: row.file, metric: row.metric, words: row.words, value: row.value, growth: row.growth)
    #expect(facts.isEmpty, "found \(facts.map { "\($0.kind) \($0.period ?? "-")" })")
  }

  @Test(arguments: absent) func givesNoSuchFact(_ row: Absent) throws {
    try Self.check(row)
  }

  /// 上海 2014's list of edits: `“预计全市生产总值比上年增长7.7%左右”改为“全市生产总值比上年增长
  /// 7.7%”`. The report's 2013 growth is 7.7%, with no 左右 (sample e's row 20).
  @Test func struckWordingGivesNoFact() throws {
    try LawtextCorpus.require()
    let facts = try ExtractionTimeFrameTests.facts(of: "政府工作报告-主要城市/上海市/2014.md").filter {
      $0.metric == "gdp" && $0.growth == 7.7
    }
    #expect(!facts.isEmpty)
    #expect(facts.allSatisfy { $0.qualifier == nil }, "\(facts.map { $0.qualifier ?? "-" })")
  }
}
