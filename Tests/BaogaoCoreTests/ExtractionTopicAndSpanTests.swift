import Testing

@testable import BaogaoCore

/// Whose a figure is and which years it covers, on whole lawtext reports: the mechanisms sample
/// j's wrong rows (3, 70, 115, 119, 120, 135, 151) were cases of, each with the cases found
/// afterwards by comparing the extractor's output over all of lawtext before and after it.
///
/// - **A part as a clause's subject** (`开发区发挥主力军作用，规上工业增加值增长13%`, `县域经济
///   呈现积极变化，一般公共预算收入…分别增长15.6%…`): a clause that has a zone or a part of the
///   territory for its subject (`partPredicates`: 发挥, 实现, 呈现, 要 …) and states no figure is
///   the subject of the clause after it when that clause opens with the metric's name. A part
///   followed by a noun (`县域商业体系建设全面加速`) or a run ending in a zone suffix after a verb
///   (`列入浙江自贸区联动创新区`) is not, nor is a clause opening with the whole (`全年进出口总值`).
/// - **`与` introduces a base** (`出口总额与2016年持平；城镇居民人均可支配收入增长9%左右`), as
///   `比` and `同` do: the year compared with frames no item after it.
/// - **A yearly average takes its paragraph's span** (`四年来，…实际利用外资9.1亿美元、年均增长
///   10%` → 2018-2021) before the default five years.
/// - **A meeting in the year's last quarter plans the next year** (西宁, 25 November 2016: its
///   `五年来` is 2012-2016 and `预计今年` 2016), as a December one does.
/// - **An estimate in a review's span is of its last year** (`这五年，…预计实现地区生产总值2200
///   亿元，…社会消费品零售总额1227亿元` → 2021), unless a total word or the span itself is named
///   in the sentence (`预计“十二五”期间，实际直接利用外资54.5亿美元`).
@Suite struct ExtractionTopicAndSpanTests {
  typealias Row = ExtractionTimeFrameTests.Row
  typealias Absent = ExtractionClauseTests.Absent

  static let rows: [Row] = [
    // A clause's own whole keeps the figure the region's (found afterwards):
    Row(
      file: "政府工作报告-主要城市/西安市/2025.md", metric: "foreign_trade", value: 4117.99,
      kind: "actual", period: "2024", words: "全年进出口总值4117.99亿元"),
    Row(
      file: "政府工作报告-省自治区/陕西省/2022.md", metric: "retail_sales", growth: 6.7, kind: "actual",
      period: "2021", words: "县域商业体系建设全面加速，社会消费品零售总额增长6.7%"),
    Row(
      file: "政府工作报告-主要城市/西宁市/2025.md", metric: "industrial_value_added", growth: 3.8,
      kind: "actual", period: "2024", words: "沉底式服务重点园区、重点企业，规上工业增加值增长3.8%"),
    Row(
      file: "政府工作报告-其他地市/嘉兴市/2020.md", metric: "foreign_investment", value: 41.3,
      kind: "actual", period: "2019", words: "列入浙江自贸区联动创新区，实际利用外资41.3亿美元"),
    // 与 introduces a base. Built on sample j's row 115:
    Row(
      file: "政府工作报告-主要城市/南昌市/2017.md", metric: "urban_disposable_income", growth: 9,
      kind: "target", period: "2017", words: "城镇居民人均可支配收入增长9%左右"),
    // Found afterwards:
    Row(
      file: "政府工作报告-主要城市/南昌市/2017.md", metric: "rural_disposable_income", growth: 9.5,
      kind: "target", period: "2017", words: "农村居民人均可支配收入增长9.5%左右"),
    Row(
      file: "政府工作报告-其他地市/巴中市/2021.md", metric: "urban_disposable_income", growth: 50.2,
      kind: "period", period: "2016-2020", words: "与2015年比，城乡居民人均可支配收入分别提高50.2%"),
    Row(
      file: "政府工作报告-其他地市/湘潭市/2022.md", metric: "energy_intensity", growth: -18.5,
      kind: "period", period: "2017-2021", words: "与2016年末相比"),
    // A yearly average takes its paragraph's span. Built on sample j's row 135:
    Row(
      file: "政府工作报告-其他地市/黄山市/2022.md", metric: "foreign_investment", value: 9.1,
      kind: "period", period: "2018-2021", words: "实际利用外资9.1亿美元、年均增长10%"),
    // Found afterwards:
    Row(
      file: "政府工作报告-其他地市/乌兰察布市/2022.md", metric: "urban_disposable_income", growth: 5.7,
      kind: "period", period: "2018-2021", words: "我们全力以赴保障和改善民生"),
    Row(
      file: "政府工作报告-其他地市/盐城市/2012.md", metric: "gdp", growth: 13.2, kind: "period",
      period: "2008-2011", words: "全市地区生产总值从2007年1371亿元增加到2011年2771亿元"),
    // A meeting in the last quarter. Built on sample j's rows 119 and 120:
    Row(
      file: "政府工作报告-主要城市/西宁市/2016-11.md", metric: "gdp", growth: 12.7, kind: "period",
      period: "2012-2016", words: "年均增速12.7%、22%"),
    Row(
      file: "政府工作报告-主要城市/西宁市/2016-11.md", metric: "fixed_investment", growth: 22,
      kind: "period", period: "2012-2016", words: "年均增速12.7%、22%"),
    // Found afterwards:
    Row(
      file: "政府工作报告-主要城市/西宁市/2016-11.md", metric: "retail_sales", value: 512,
      kind: "actual", period: "2016", words: "预计今年社会消费品零售总额512亿元"),
    Row(
      file: "政府工作报告-其他地市/张掖市/2017.md", metric: "gdp", growth: 8, kind: "target",
      period: "2017", words: "主要预期目标是：生产总值增长8%"),
    Row(
      file: "政府工作报告-其他地市/张掖市/2017.md", metric: "gdp", value: 396, kind: "actual",
      period: "2016", words: "预计2016年实现生产总值396亿元"),
    Row(
      file: "政府工作报告-主要城市/南昌市/2021-10.md", metric: "gdp", growth: 7.5, kind: "plan",
      period: "2022-2026", words: "力争地区生产总值年均增长7.5%左右"),
    // An estimate in a review's span. Built on sample j's row 151:
    Row(
      file: "政府工作报告-其他地市/十堰市/2022.md", metric: "retail_sales", value: 1227, kind: "actual",
      period: "2021", words: "社会消费品零售总额1227亿元"),
    // Found afterwards (sample e's row 151 among them):
    Row(
      file: "政府工作报告-其他地市/十堰市/2022.md", metric: "gdp", value: 2200, kind: "actual",
      period: "2021", words: "预计实现地区生产总值2200亿元"),
    Row(
      file: "政府工作报告-其他地市/十堰市/2021.md", metric: "gdp", value: 1950, kind: "actual",
      period: "2020", words: "预计实现地区生产总值1950亿元"),
    Row(
      file: "政府工作报告-其他地市/咸宁市/2021.md", metric: "urbanization_rate", value: 56,
      kind: "actual", period: "2020", words: "预计常住人口城镇化率56%左右"),
    // An estimate naming the span keeps it:
    Row(
      file: "政府工作报告-其他地市/鞍山市/2016.md", metric: "foreign_investment", value: 54.5,
      kind: "period", period: "2011-2015", words: "预计“十二五”期间，实际直接利用外资54.5亿美元"),
  ]

  @Test(arguments: rows) func readsTheFigure(_ row: Row) throws {
    try ExtractionTimeFrameTests.check(row)
  }

  static let absent: [Absent] = [
    // A part as a clause's subject. Built on sample j's rows 3 and 70:
    Absent(
      file: "政府工作报告-主要城市/西宁市/2017.md", metric: "industrial_value_added", growth: 13,
      words: "开发区发挥主力军作用"),
    Absent(
      file: "政府工作报告-主要城市/沈阳市/2019.md", metric: "budget_revenue", growth: 15.6,
      words: "县域经济呈现积极变化"),
    // Found afterwards:
    Absent(
      file: "政府工作报告-主要城市/沈阳市/2019.md", metric: "fixed_investment", growth: 18.4,
      words: "县域经济呈现积极变化"),
    Absent(
      file: "政府工作报告-主要城市/南宁市/2025.md", metric: "industrial_value_added", growth: 26.9,
      words: "三大国家级开发区实现"),
    Absent(
      file: "政府工作报告-主要城市/沈阳市/2018.md", metric: "industrial_value_added", growth: 9,
      words: "各开发区（园区）要完成产业项目引进任务"),
  ]

  @Test(arguments: absent) func givesNoSuchFact(_ row: Absent) throws {
    try ExtractionClauseTests.check(row)
  }
}
