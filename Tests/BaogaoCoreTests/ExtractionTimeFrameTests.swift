import Testing

@testable import BaogaoCore

/// When a figure is about, on whole lawtext reports: the mechanisms that read a figure's time
/// from where and how the report says it, each on reports it was built on and on reports found
/// afterwards by comparing the extractor's output over all of lawtext before and after it.
///
/// - **Speech time.** A report given in December plans the next year: its `今年` is the year
///   under review (`今年以来，…。预计，全年地区生产总值增长4.5%` in 银川's report of 2022-12-16),
///   its `去年` the year before that, its `明年` the year planned; `与去年持平` compares and does
///   not look back.
/// - **A commitment's reach.** `力争`/`确保` whose own clause commits to no figure (`在确保疫情
///   防控转段平稳有序的基础上，…全市生产总值增长4.8%`) does not make a later clause's figure a goal.
/// - **Notes.** A glossary note at a report's end is read where the body uses its term
///   (`NoteAnchor`): a shortfall the review names looks back, a slogan among the goals ahead.
/// - **A goal phrase's reach.** `今年全市经济发展的预期目标为生产总值增长9%`: the subject starts after
///   `预期目标为`, as after a colon.
/// - **Thresholds.** `地区生产总值突破1万亿元，增长10%`: the threshold bounds the level alone;
///   the growth keeps its own hedge (none).
/// - **Restatements.** `经济增长目标确定为7%` after `地区生产总值增长7%左右`: one target, as set.
@Suite struct ExtractionTimeFrameTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var file: String
    var metric: String
    var value: Double? = nil
    var growth: Double? = nil
    var kind: String
    var period: String
    /// The qualifier the fact must have; `-` for none, nil for any.
    var qualifier: String? = nil
    /// Words of the sentence, where the figure comes back elsewhere in the report.
    var words: String
    var testDescription: String { "\(file) \(metric) \(words)" }
  }

  // The 海口 note's figure (`[16]部分经济指标未达预期：地区生产总值增长1.3%`) is the review's own,
  // which the report also states in its body: every such fact is 2022's, none a 2023 target.
  static let rows: [Row] = [
    // Speech time. Built on:
    Row(file: "政府工作报告-主要城市/银川市/2023.md", metric: "gdp", growth: 4.5, kind: "actual", period: "2022",
      words: "预计，全年地区生产总值增长4.5%"),
    Row(file: "政府工作报告-其他地市/天水市/2023.md", metric: "gdp", value: 800, kind: "actual", period: "2022",
      words: "预计实现生产总值800亿元"),
    Row(file: "政府工作报告-其他地市/永州市/2023.md", metric: "gdp", growth: 5.5, kind: "actual", period: "2022",
      words: "预计今年地区生产总值增长5.5%左右"),
    Row(file: "政府工作报告-其他地市/景德镇市/2023.md", metric: "gdp", growth: 5.6, kind: "actual", period: "2022",
      words: "预计全年GDP同比增长5.6%"),
    Row(file: "政府工作报告-其他地市/张家界市/2025.md", metric: "gdp", growth: 3.5, kind: "actual", period: "2024",
      words: "（预计数，下同）"),
    // Found afterwards:
    Row(file: "政府工作报告-其他地市/固原市/2022.md", metric: "gdp", value: 377, kind: "actual", period: "2021",
      words: "预计今年地区生产总值达到377亿元"),
    Row(file: "政府工作报告-其他地市/张掖市/2022.md", metric: "gdp", value: 520, kind: "actual", period: "2021",
      words: "预计今年全市生产总值可达520亿元"),
    Row(file: "政府工作报告-其他地市/酒泉市/2022.md", metric: "gdp", growth: 10.4, kind: "actual",
      period: "2021-01..09", words: "今年前三季度地区生产总值增长10.4%"),
    Row(file: "政府工作报告-其他地市/酒泉市/2023.md", metric: "fixed_investment", growth: 16.4, kind: "actual",
      period: "2022-01..10", words: "1-10月固定资产投资增长16.4%"),
    Row(file: "政府工作报告-其他地市/绥化市/2018.md", metric: "retail_sales", value: 620.6, kind: "actual",
      period: "2017", words: "预计实现地区生产总值1382亿元"),
    // `与上年持平` compares (found through the speech-time change, in a goals list of 2020):
    Row(file: "政府工作报告-主要城市/上海市/2020.md", metric: "cpi", growth: nil, kind: "target", period: "2020",
      words: "建议今年全市经济社会发展的主要预期目标是"),
    // A commitment's reach. Built on:
    Row(file: "政府工作报告-主要城市/泉州市/2024.md", metric: "gdp", growth: 4.8, kind: "actual", period: "2023",
      words: "我们在确保疫情防控转段平稳有序的基础上"),
    Row(file: "政府工作报告-主要城市/西安市/2016.md", metric: "gdp", value: 5810.03, kind: "actual", period: "2015",
      words: "确保经济平稳运行在合理区间"),
    // Found afterwards:
    Row(file: "政府工作报告-其他地市/河源市/2021.md", metric: "agricultural_output", value: 216.53, kind: "actual",
      period: "2020", words: "确保贫困户如期实现脱贫"),
    // Notes. Built on:
    Row(file: "政府工作报告-主要城市/海口市/2023.md", metric: "gdp", growth: 1.3, kind: "actual", period: "2022",
      words: ""),
    Row(file: "政府工作报告-其他地市/株洲市/2023.md", metric: "gdp", value: 5000, kind: "target", period: "2023",
      qualifier: "at_least", words: "一突破、两进位、三覆盖、六倍增："),
    // (昭通 2023's `“双百”城市：中心城市…常住人口超过100万人` was a row here; the population is the
    // central city's, so it is no fact of 昭通's now: `ExtractionFigureScopeTests.absent`.)
    // A goal phrase's reach:
    Row(file: "政府工作报告-其他地市/江门市/2016.md", metric: "gdp", growth: 9, kind: "target", period: "2016",
      qualifier: "-", words: "今年全市经济发展的预期目标为生产总值增长9%"),
    // Thresholds: the growth beside a threshold level has no hedge of its own.
    Row(file: "政府工作报告-主要城市/武汉市/2014.md", metric: "gdp", growth: 10, kind: "target", period: "2014",
      qualifier: "-", words: "突破1万亿元"),
    Row(file: "政府工作报告-主要城市/武汉市/2014.md", metric: "gdp", value: 1, kind: "target", period: "2014",
      qualifier: "at_least", words: "突破1万亿元"),
    // A paragraph's frame (`ContextClassifier.ParagraphFrame`): its opening clause and the
    // clauses introducing its lists frame its later sentences; a single time anywhere in it ends
    // a span. Built on sample d's rows 4 and 178:
    Row(file: "政府工作报告-省自治区/浙江省/1986.md", metric: "fiscal_revenue", value: 85, kind: "plan",
      period: "1986-1990", words: "财政收入八十五亿元"),
    Row(file: "政府工作报告-其他地市/定西市/2021.md", metric: "surveyed_unemployment", value: 6, kind: "plan",
      period: "2021-2025", words: "居民人均可支配收入年均增长7.5%"),
    // Found afterwards:
    Row(file: "政府工作报告-其他地市/鹤壁市/2021.md", metric: "urbanization_rate", value: 65, kind: "plan",
      period: "2021-2025", words: "常住人口城镇化率超过65%"),
    Row(file: "政府工作报告-主要城市/青岛市/2017.md", metric: "gdp", growth: 8, kind: "target", period: "2017",
      words: "主要预期目标是：全市生产总值增长8%左右"),
    Row(file: "政府工作报告-主要城市/青岛市/2016.md", metric: "gdp", growth: 7.5, kind: "target", period: "2016",
      words: "主要预期目标是：全市生产总值增长7.5%"),
    // A plan's full name (`第十四个五年规划`) is a span; a year in a title (`《…二〇三五年远景目标
    // …》`) is no horizon. Built on sample d's row 177:
    Row(file: "政府工作报告-其他地市/定西市/2021.md", metric: "gdp", value: 600, kind: "plan",
      period: "2021-2025", words: "经济总量超过600亿元"),
    // A span opening ahead (`今后五年的主要奋斗目标是：`) frames its paragraph; a span looked back on,
    // the `——` items after it. Built on sample d's rows 112 and 56:
    Row(file: "政府工作报告-主要城市/合肥市/2016.md", metric: "foreign_investment", value: 180, kind: "plan",
      period: "2016-2020", words: "利用外资180亿美元"),
    Row(file: "政府工作报告-省自治区/广西壮族自治区/2021.md", metric: "new_urban_jobs", value: 200, kind: "period",
      period: "2016-2020", words: "城镇新增就业超过200万人"),
    // Found afterwards (`城镇新增就业` counts additions: a span's figure is its sum):
    Row(file: "政府工作报告-主要城市/合肥市/2021.md", metric: "new_urban_jobs", value: 110, kind: "period",
      period: "2016-2020", words: "新增城镇就业超过110万人"),
    Row(file: "政府工作报告-其他地市/恩施土家族苗族自治州/2016.md", metric: "surveyed_unemployment", value: 5,
      kind: "plan", period: "2016-2020", words: "城镇调查失业率控制在5%以内"),
    // `比上年增长` makes a figure one year's under a span's frame:
    Row(file: "政府工作报告-主要城市/沈阳市/2013.md", metric: "fixed_investment", value: 5600, kind: "actual",
      period: "2012", words: "固定资产投资完成5600亿元"),
    // The year a multiple is of (`是2012年的1.4倍`) is a base, not the figure's year. Built on
    // sample d's row 39:
    Row(file: "政府工作报告-省自治区/海南省/2018.md", metric: "gdp_per_capita", value: 7179, kind: "actual",
      period: "2017", words: "人均地区生产总值达7179美元"),
    // Found afterwards:
    Row(file: "政府工作报告-主要城市/银川市/2013.md", metric: "retail_sales", value: 316.02, kind: "actual",
      period: "2012", words: "是2007年的2.5倍"),
    Row(file: "政府工作报告-其他地市/德州市/2016.md", metric: "exports", value: 22.1, kind: "actual",
      period: "2015", words: "分别是2010年的2倍"),
  ]

  static func facts(of file: String) throws -> [Indicator] {
    let entry = try #require(
      LawtextCorpus.entries.first { $0.file == file }, "\(file) must be in ../shared")
    return IndicatorExtractor().indicators(
      in: entry.report, structure: StructureParser.structure(of: entry.report))
  }

  /// The facts of `file` for the metric with the row's words and figures.
  static func facts(
    of file: String, metric: String, words: String, value: Double?, growth: Double?
  ) throws -> [Indicator] {
    try facts(of: file).filter { f in
      f.metric == metric && f.sentence.contains(words)
        && (value.map { f.value == $0 } ?? true)
        && (growth.map { f.growth == $0 } ?? true)
    }
  }

  /// Checks a row: its fact is given, with the row's kind, period and qualifier.
  static func check(_ row: Row) throws {
    try LawtextCorpus.require()
    let facts = try facts(
      of: row.file, metric: row.metric, words: row.words, value: row.value, growth: row.growth)
    #expect(!facts.isEmpty, "no \(row.metric) fact with that figure")
    for f in facts {
      #expect(f.kind == row.kind && f.period == row.period, "found \(f.kind) \(f.period ?? "-")")
      if let q = row.qualifier {
        #expect((f.qualifier ?? "-") == q, "qualifier \(f.qualifier ?? "-")")
      }
    }
  }

  @Test(arguments: rows) func readsTheFiguresTime(_ row: Row) throws {
    try Self.check(row)
  }

  /// `经济增长目标确定为7%，充分考虑了优势和潜能…` restates the target set as `地区生产总值增长7%
  /// 左右`: the report has one GDP target for 2022, as set.
  @Test func aRestatedTargetIsTheTargetSet() throws {
    try LawtextCorpus.require()
    let targets = try Self.facts(of: "政府工作报告-其他地市/鄂尔多斯市/2022.md").filter {
      $0.metric == "gdp" && $0.kind == "target" && $0.period == "2022" && $0.growth != nil
    }
    #expect(targets.map(\.growth) == [7])
    #expect(targets.map(\.qualifier) == ["about"])
  }
}
