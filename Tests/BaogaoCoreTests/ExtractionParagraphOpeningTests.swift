import Testing

@testable import BaogaoCore

/// A paragraph's opening frames what follows it in its section (`ParagraphOpening`), on whole
/// lawtext reports: a five-year review that turns to the year just past (`刚刚过去的2021年…`,
/// `一年来，…`) gives that year's figures as that year's actuals, and a long paragraph opening
/// with a span gives its figures the span.
///
/// The first four rows are the reports the mechanism was built on; the other ten were found
/// afterwards by a regular expression over lawtext (a `过去五年`/`十三五`/`本届政府` review heading,
/// then a line opening `刚刚过去的`/`一年来`/`20XX年是`, then a new-jobs or GDP-growth figure),
/// each checked by reading the paragraph.
@Suite struct ExtractionParagraphOpeningTests {
  struct Row: Sendable, CustomTestStringConvertible {
    var file: String
    var metric: String
    var value: Double?
    var growth: Double?
    var kind: String
    var period: String
    /// Words of the sentence, where the figure comes back elsewhere in the report.
    var words: String? = nil
    var testDescription: String { "\(file) \(metric) \(value ?? growth ?? 0)" }
  }

  static let rows: [Row] = [
    // Built on.
    Row(file: "政府工作报告-省自治区/河北省/2023.md", metric: "new_urban_jobs", value: 89.7, kind: "actual", period: "2022"),
    Row(file: "政府工作报告-省自治区/安徽省/2021.md", metric: "new_urban_jobs", value: 342.9, kind: "period", period: "2016-2020"),
    Row(file: "政府工作报告-主要城市/大连市/2013.md", metric: "rural_disposable_income", growth: 93.6, kind: "period", period: "2008-2012"),
    Row(file: "政府工作报告-其他地市/鹤岗市/2021.md", metric: "foreign_trade", growth: 10.5, kind: "actual", period: "2020"),
    // Found afterwards.
    Row(file: "政府工作报告-其他地市/毕节市/2022.md", metric: "new_urban_jobs", value: 6.8, kind: "actual", period: "2021"),
    Row(file: "政府工作报告-其他地市/湛江市/2022.md", metric: "new_urban_jobs", value: 5.79, kind: "actual", period: "2021"),
    Row(file: "政府工作报告-其他地市/宿迁市/2022.md", metric: "gdp", growth: 9.1, kind: "actual", period: "2021"),
    Row(file: "政府工作报告-其他地市/亳州市/2021.md", metric: "new_urban_jobs", value: 5.9, kind: "actual", period: "2020"),
    Row(file: "政府工作报告-主要城市/西宁市/2021.md", metric: "new_urban_jobs", value: 3.2, kind: "actual", period: "2020"),
    Row(file: "政府工作报告-主要城市/南京市/2023.md", metric: "new_urban_jobs", value: 22.2, kind: "actual", period: "2022"),
    Row(file: "政府工作报告-省自治区/广东省/2023.md", metric: "new_urban_jobs", value: 132, kind: "actual", period: "2022"),
    Row(file: "政府工作报告-其他地市/淄博市/2021.md", metric: "gdp", growth: 2.5, kind: "actual", period: "2020"),
    Row(file: "政府工作报告-其他地市/永州市/2016.md", metric: "gdp", growth: 9, kind: "actual", period: "2015",
      words: "预计，地区生产总值增长9%"),
    Row(file: "政府工作报告-其他地市/克孜勒苏柯尔克孜自治州/2021.md", metric: "gdp", growth: 4, kind: "actual", period: "2020"),
    // A term of four or six years (`四年来，…`, `六年来，…`), not five: TimeCueScanner.yearsBack.
    // (淮南 2022, audit sample b's row 139, is not framed yet: its `四年来，我们主要做了以下工作。`
    // is followed by `一是…`–`五是…` lines read as headings, which end the opening's reach.)
    Row(file: "政府工作报告-其他地市/葫芦岛市/2022.md", metric: "gdp", growth: 3.2, kind: "period", period: "2018-2021"),
    Row(file: "政府工作报告-其他地市/黄山市/2022.md", metric: "new_urban_jobs", value: 9.4, kind: "period", period: "2018-2021"),
    Row(file: "政府工作报告-其他地市/朔州市/2022.md", metric: "new_urban_jobs", value: 13.92, kind: "period", period: "2016-2021"),
    // A heading that reviews the span and its last year (`一、过去五年和2017年工作`): a paragraph
    // opening with the span (`省十二届人大一次会议以来的五年，是…`, `过去的五年，是…`) frames
    // the paragraphs after it until one turns to the year (audit samples o rows 43 and 121, k
    // row 157); before it, and from `刚刚过去的2017年` or `在过去五年中，2022年是…` on, the
    // figures are the year's.
    Row(file: "政府工作报告-省自治区/安徽省/2018.md", metric: "new_urban_jobs", value: 335, kind: "period", period: "2013-2017"),
    Row(file: "政府工作报告-其他地市/连云港市/2022.md", metric: "new_urban_jobs", value: 32.5, kind: "period", period: "2017-2021"),
    Row(file: "政府工作报告-主要城市/成都市/2023.md", metric: "new_urban_jobs", value: 131.2, kind: "period", period: "2018-2022"),
    Row(file: "政府工作报告-省自治区/广东省/2021.md", metric: "new_urban_jobs", value: 700, kind: "period", period: "2016-2020"),
    Row(file: "政府工作报告-主要城市/厦门市/2017.md", metric: "gdp", value: 3737, kind: "actual", period: "2016"),
    Row(file: "政府工作报告-省自治区/宁夏回族自治区/2023.md", metric: "budget_revenue", growth: 13.7, kind: "actual", period: "2022"),
    // A total word earlier in the sentence governs the levels listed after it
    // (`累计完成社会固定资产投资20677亿元，实现消费品零售总额13651亿元`), in the 十二五 review.
    Row(file: "政府工作报告-主要城市/哈尔滨市/2016.md", metric: "retail_sales", value: 13651, kind: "period", period: "2011-2015"),
  ]

  @Test(arguments: rows) func framesTheFigure(_ row: Row) throws {
    let entry = try #require(
      LawtextCorpus.entries.first { $0.file == row.file }, "\(row.file) must be in ../shared")
    let facts = IndicatorExtractor().indicators(
      in: entry.report, structure: StructureParser.structure(of: entry.report)
    ).filter { f in
      // The same figure may come back as a goal in the report's tasks (毕节 2022 `6.8万人`).
      f.section != "targets" && f.section != "tasks" && f.metric == row.metric
        && (row.words.map { f.sentence.contains($0) } ?? true)
        && (row.value.map { f.value == $0 } ?? true)
        && (row.growth.map { f.growth == $0 } ?? true)
    }
    #expect(!facts.isEmpty, "no \(row.metric) fact with that figure")
    for f in facts {
      #expect(f.kind == row.kind && f.period == row.period, "found \(f.kind) \(f.period ?? "-")")
    }
  }
}
