import Testing

@testable import BaogaoCore

/// What a figure measures, when and whose, on whole lawtext reports: the mechanisms sample f's
/// wrong rows (11, 41, 72, 89, 96, 107, 109, 143) and e's row 95 were cases of, each with cases
/// found afterwards by comparing the extractor's output over all of lawtext before and after it.
///
/// - **`约`** before a figure (`约3.38万元`) hedges it as `about`, as `左右` does after one;
///   `节约`, `签约` are words of their own.
/// - **A bound on a class being counted** (`10亿元以上的县市达46个`) describes the counties, not
///   the region.
/// - **A list item's own words** (`实际利用内资、直接利用外资分别增长16%和9%`): the item reaches
///   back from the metric's name to the list's joiner, so `直接利用外资` is the second item.
/// - **A balance at a month's end** (`11月末`, `截至11月底`) is the year so far, `2022-01..11`.
/// - **A price base** (`（2010年不变价）`, `按1995年价格计算`) is no time of the figure.
/// - **A commitment past its horizon** (`力争到2025年建成1500万亩高标准农田示范区`) continues the
///   metric before it only with the metric's own verbs (`达到`, `突破` …); `亿亩` is a unit.
/// - **Starts listed after `由/从`** (`由2015年的23841元、8341元预计分别提高到35424元、13881元`) are
///   starts too: each income takes the level it reached.
/// - **A plan's period** (`“十三五”期`) frames a span; `“十二五”期末` in a review is its last year.
/// - **A place opening the sentence** (`过去的一年，枞阳县经济社会发展取得长足进步，生产总值达到195
///   亿元`), a unit of the code table other than the report's region, is the subject of its clause
///   and the two after it, and of a `；` clause that opens with the figure's verb or name.
/// - **A zone opening the paragraph or the sentence** (`雄安新区建设取得新进展。…全年固定资产投资
///   增长16%`) is the subject of its figures that do not name the region again; rates stay the
///   region's. **A part of the city** leading an item with a figure (`中心城区建成区面积达到120
///   平方公里，常住人口达到120万人`) is the subject of the population right after it.
/// - From sample g: a figure set off by a space in a one-line report stays in its sentence; a
///   hedge word may stand before a space (`突破 100亿元`); a coordinated name with one figure per
///   part distributes without `分别`; a `分别` after `其中` is the parts'; `保持上年水平`
///   compares; a year after `继` is a milestone passed, not the time of what follows.
@Suite struct ExtractionFigureScopeTests {
  typealias Row = ExtractionTimeFrameTests.Row
  typealias Absent = ExtractionClauseTests.Absent

  static let rows: [Row] = [
    // 约. Built on sample f's row 107:
    Row(
      file: "政府工作报告-其他地市/惠州市/2019.md", metric: "disposable_income", value: 3.38, growth: 9,
      kind: "actual", period: "2018", qualifier: "about", words: "全体居民人均可支配收入约3.38万元"),
    // A list item's own words. Built on sample f's row 96:
    Row(
      file: "政府工作报告-主要城市/长春市/2019.md", metric: "foreign_investment", growth: 9, kind: "actual",
      period: "2018", words: "实际利用内资、直接利用外资分别增长16%和9%"),
    // Found afterwards:
    Row(
      file: "政府工作报告-主要城市/哈尔滨市/2020.md", metric: "foreign_investment", value: 3.4, growth: 8.8,
      kind: "actual", period: "2019", words: "直接利用外资3.4亿美元，分别增长10.2%和8.8%"),
    Row(
      file: "政府工作报告-其他地市/双鸭山市/2024.md", metric: "foreign_investment", growth: 10,
      kind: "target", period: "2024", words: "直接利用外资分别增长15%、10%以上"),
    Row(
      file: "政府工作报告-主要城市/东莞市/2017.md", metric: "deposits", value: 11500, kind: "actual",
      period: "2016", words: "金融机构各项存款余额分别达1569亿元、545亿元和11500亿元"),
    Row(
      file: "政府工作报告-主要城市/南宁市/2018.md", metric: "industrial_output", growth: 14, kind: "actual",
      period: "2017", words: "全部工业总产值均突破4000亿元，分别增长8%、12%和14%"),
    // A month's end. Built on sample f's row 41:
    Row(
      file: "政府工作报告-省自治区/吉林省/2023.md", metric: "deposits", growth: 10.3, kind: "actual",
      period: "2022-01..11", words: "存款余额增长10.3%"),
    // Found afterwards:
    Row(
      file: "政府工作报告-其他地市/鸡西市/2020.md", metric: "loans", value: 852, kind: "actual",
      period: "2019-01..11", words: "截至11月末，全市金融机构贷款余额852亿元"),
    Row(
      file: "政府工作报告-主要城市/哈尔滨市/2018.md", metric: "retail_sales", value: 3560.9, growth: 7.8,
      kind: "actual", period: "2017-01..11", words: "截至11月底"),
    Row(
      file: "政府工作报告-省自治区/浙江省/1985.md", metric: "fiscal_revenue", value: 25.9, growth: 29.1,
      kind: "actual", period: "1985-01..05", words: "到五月底，全省财政收入二五点九亿元"),
    // A price base. Built on sample f's row 89:
    Row(
      file: "政府工作报告-其他地市/韶关市/2016.md", metric: "gdp_per_capita", value: 6, kind: "plan",
      period: "2016-2020", words: "人均生产总值 6万元"),
    // Found afterwards:
    Row(
      file: "政府工作报告-其他地市/衡阳市/2016.md", metric: "gdp_per_capita", value: 8500, kind: "plan",
      period: "2016-2020", words: "（按2015年可比价计算），人均GDP超过8500美元"),
    Row(
      file: "政府工作报告-省自治区/浙江省/1996.md", metric: "gdp", value: 5500, kind: "plan",
      period: "1996-2000", words: "国内生产总值按1995年价格计算，达到5500亿元左右"),
    // A commitment past its horizon; 亿亩. Built on sample f's row 72:
    Row(
      file: "政府工作报告-省自治区/河南省/2023.md", metric: "grain_area", value: 1.61, kind: "target",
      period: "2023", qualifier: "at_least", words: "粮食播种面积稳定在1.61亿亩以上"),
    // Found afterwards:
    Row(
      file: "政府工作报告-省自治区/黑龙江省/2022.md", metric: "grain_area", value: 2.18, kind: "target",
      period: "2022", qualifier: "at_least", words: "粮食播种面积稳定在2.18亿亩以上"),
    // Starts listed after 由. Built on sample f's row 143 (a level alone in a review's span is
    // its last year's, the span-level rule 3):
    Row(
      file: "政府工作报告-其他地市/张家口市/2021.md", metric: "urban_disposable_income", value: 35424,
      kind: "actual", period: "2020", words: "由2015年的23841元、8341元预计分别提高到35424元"),
    Row(
      file: "政府工作报告-其他地市/张家口市/2021.md", metric: "rural_disposable_income", value: 13881,
      kind: "actual", period: "2020", words: "由2015年的23841元、8341元预计分别提高到35424元"),
    // Found afterwards:
    Row(
      file: "政府工作报告-其他地市/三明市/2021.md", metric: "urban_disposable_income", value: 39270,
      growth: 7.5, kind: "period", period: "2016-2020", words: "从2015年的27393元、12806元分别提高到"),
    Row(
      file: "政府工作报告-主要城市/石家庄市/2017.md", metric: "budget_revenue", value: 410.8, growth: 10.8,
      kind: "period", period: "2013-2016", words: "分别由573.4亿元、272.3亿元，增加到845.3亿元、410.8亿元"),
    Row(
      file: "政府工作报告-主要城市/上海市/2013.md", metric: "rural_disposable_income", value: 17401,
      kind: "actual", period: "2012", words: "提高到2012年的40188元、17401元"),
    // A plan's period. Built on sample f's row 109:
    Row(
      file: "政府工作报告-其他地市/柳州市/2016.md", metric: "industrial_value_added", growth: 8,
      kind: "plan", period: "2016-2020", words: "实现规模以上工业增加值年均增长8%"),
    // Found afterwards:
    Row(
      file: "政府工作报告-其他地市/盘锦市/2022.md", metric: "gdp_per_capita", value: 2, kind: "plan",
      period: "2021-2025", words: "“十四五”期末人均地区生产总值力争实现2万美元"),
    Row(
      file: "政府工作报告-其他地市/中山市/2016.md", metric: "budget_revenue", value: 287.5, kind: "actual",
      period: "2015", words: "地方一般公共预算收入287.5亿元，比2010年翻一番"),
    // Sample g's wrong rows (drawn at 690536b) and what they were cases of:
    // a figure set off by a space in a one-line report (row 95), a bound crossed with a
    // space before its figure (row 67);
    Row(
      file: "政府工作报告-主要城市/太原市/2016.md", metric: "fixed_investment", value: 2025.61, growth: 18.2,
      kind: "period", period: "2011-2015", words: "由2010年的916.48亿元增加到 2025.61亿元"),
    Row(
      file: "政府工作报告-其他地市/四平市/2015.md", metric: "fiscal_revenue", value: 100, kind: "actual",
      period: "2014", qualifier: "at_least", words: "全口径财政收入突破 100亿元"),
    // a coordinated name with one figure per part and no 分别 (row 177), found afterwards too;
    Row(
      file: "政府工作报告-其他地市/宣城市/2025.md", metric: "urban_disposable_income", value: 5.33,
      kind: "actual", period: "2024", words: "城镇、农村居民人均可支配收入预计达5.33万元、2.54万元"),
    Row(
      file: "政府工作报告-主要城市/广州市/2022.md", metric: "rural_disposable_income", growth: 10,
      kind: "period", period: "2017-2021", words: "城乡居民人均可支配收入年均增长7.9%和10%"),
    // a 分别 after 其中 is the parts' (row 65);
    Row(
      file: "政府工作报告-省自治区/宁夏回族自治区/2021.md", metric: "disposable_income", value: 25735,
      growth: 5.4, kind: "actual", period: "2020", words: "全体居民人均可支配收入25735元、增长5.4%"),
    // `保持上年水平` compares with last year, it does not look back (row 24);
    Row(
      file: "政府工作报告-省自治区/安徽省/2020.md", metric: "cpi", growth: 3.5, kind: "target",
      period: "2020", qualifier: "about", words: "居民消费价格涨幅3.5%左右"),
    // a milestone year after 继 times nothing after it (rows 175, 176).
    Row(
      file: "政府工作报告-其他地市/鄂尔多斯市/2023.md", metric: "budget_revenue", value: 842.8,
      growth: 52.7, kind: "actual", period: "2022", words: "一般公共预算收入842.8亿元、增长52.7%"),
    // From sample h (drawn at 4716bad): `通过3年努力` is the three years ahead (row 162);
    Row(
      file: "政府工作报告-其他地市/荆门市/2023.md", metric: "industrial_output", value: 6000, kind: "plan",
      period: "2023-2025", words: "力争通过3年努力"),
    // a comparison's base frames no yearly average after it (row 182), but growths listed after
    // it share it;
    Row(
      file: "政府工作报告-其他地市/柳州市/2021.md", metric: "rural_disposable_income", growth: 9.4,
      kind: "period", period: "2016-2020", words: "城镇、农村居民人均可支配收入年均增长6.4%和9.4%"),
    Row(
      file: "政府工作报告-其他地市/黄冈市/2022.md", metric: "retail_sales", growth: 26.4, kind: "period",
      period: "2017-2021", words: "规上工业增加值比2016年增长39%，社会消费品零售总额增长26.4%"),
    // a name measured against (`与经济增长保持同步`) ends no other name's figures (row 71).
    Row(
      file: "政府工作报告-其他地市/楚雄彝族自治州/2016.md", metric: "urban_disposable_income", growth: 11.3,
      kind: "period", period: "2011-2015", words: "城乡居民收入与经济增长保持同步"),
    // A zone named as an example is no topic (a `thresholds.tsv` row):
    Row(
      file: "政府工作报告-主要城市/长春市/2021.md", metric: "foreign_trade", value: 1000, kind: "actual",
      period: "2020", qualifier: "at_least", words: "长春新区等重大开放平台载体建设成效显著"),
    // A place opening the sentence reaches only so far: these are the region's own.
    Row(
      file: "政府工作报告-其他地市/怒江傈僳族自治州/2021.md", metric: "urbanization_rate", value: 48,
      kind: "actual", period: "2020", words: "城镇化率由33%提高到48%"),
    Row(
      file: "政府工作报告-其他地市/呼伦贝尔市/2021.md", metric: "foreign_trade", value: 160.8,
      kind: "actual", period: "2020", words: "外贸进出口总额完成160.8亿元"),
  ]

  @Test(arguments: rows) func readsTheFigure(_ row: Row) throws {
    try ExtractionTimeFrameTests.check(row)
  }

  static let absent: [Absent] = [
    // A bound on a class being counted. Built on sample f's row 11:
    Absent(
      file: "政府工作报告-省自治区/湖南省/2024.md", metric: "budget_revenue", value: 10,
      words: "10亿元以上的县市达46个"),
    // Found afterwards:
    Absent(
      file: "政府工作报告-省自治区/湖南省/2023.md", metric: "budget_revenue", value: 10,
      words: "10亿元以上的县市达50个"),
    Absent(
      file: "政府工作报告-其他地市/邵阳市/2025.md", metric: "gdp", value: 200,
      words: "200亿元以上的县市达到7个"),
    Absent(
      file: "政府工作报告-主要城市/佛山市/2024.md", metric: "gdp", value: 100,
      words: "经济总量100亿元以下的镇"),
    // The list's first item's figure. Built on sample f's row 96:
    Absent(
      file: "政府工作报告-主要城市/长春市/2019.md", metric: "foreign_investment", growth: 16,
      words: "实际利用内资、直接利用外资分别增长16%和9%"),
    // A commitment past its horizon builds something else. Built on sample f's row 72:
    Absent(
      file: "政府工作报告-省自治区/河南省/2023.md", metric: "grain_area", value: 1500,
      words: "1500万亩高标准农田示范区"),
    // A start listed after a start. Built on sample f's row 143:
    Absent(
      file: "政府工作报告-其他地市/张家口市/2021.md", metric: "urban_disposable_income", value: 8341,
      words: "由2015年的23841元、8341元"),
    // A place opening the sentence. Built on sample e's row 95:
    Absent(
      file: "政府工作报告-其他地市/铜陵市/2016.md", metric: "gdp", value: 195,
      words: "枞阳县经济社会发展取得长足进步"),
    // Found afterwards:
    Absent(
      file: "政府工作报告-其他地市/武威市/2025.md", metric: "gdp", value: 100,
      words: "古浪县绿色工业扩规提质"),
    Absent(
      file: "政府工作报告-主要城市/唐山市/2014.md", metric: "budget_revenue", value: 48.7,
      words: "实现公共财政预算收入 48.7 亿元"),
    Absent(
      file: "政府工作报告-省自治区/内蒙古自治区/2024.md", metric: "industrial_value_added", growth: 20,
      words: "呼和浩特市和包头市地区生产总值均增长10%以上"),
    // A zone opening the paragraph or the sentence. Built on sample g's rows 15 and 144:
    Absent(
      file: "政府工作报告-省自治区/河北省/2024.md", metric: "fixed_investment", growth: 16,
      words: "全年固定资产投资增长16%"),
    Absent(
      file: "政府工作报告-其他地市/阳泉市/2021.md", metric: "foreign_investment", growth: 41.1,
      words: "实际利用外资增长41.1%"),
    // Found afterwards:
    Absent(
      file: "政府工作报告-主要城市/呼和浩特市/2023.md", metric: "industrial_output", value: 1450,
      words: "金山高新区大力发展乳业"),
    // The parts' 分别 after 其中. Built on sample g's row 65:
    Absent(
      file: "政府工作报告-省自治区/宁夏回族自治区/2021.md", metric: "rural_disposable_income",
      growth: 5.4, words: "全体居民人均可支配收入25735元、增长5.4%"),
    // The city proper's population. Built on sample f's row 110:
    Absent(
      file: "政府工作报告-其他地市/柳州市/2016.md", metric: "population", value: 200,
      words: "市区建成区面积200平方公里以上、常住人口200万人以上"),
    Absent(
      file: "政府工作报告-其他地市/南阳市/2016.md", metric: "population", value: 120,
      words: "中心城区建成区面积达到120平方公里，常住人口达到120万人"),
    // Found afterwards (an `ExtractionTimeFrameTests` row before: its time is right, its
    // subject the central city):
    Absent(
      file: "政府工作报告-其他地市/昭通市/2023.md", metric: "population", value: 100,
      words: "中心城市建成区面积超过100平方公里、常住人口超过100万人"),
    // Increases listed after an increase:
    Absent(
      file: "政府工作报告-其他地市/枣庄市/2016.md", metric: "loans", value: 352,
      words: "分别比“十一五”末增加 542亿元、 352亿元、 188亿元"),
    // Parts that open a sentence or paragraph, from sample h (rows 2, 55):
    Absent(
      file: "政府工作报告-其他地市/安阳市/2016.md", metric: "industrial_output", value: 1629,
      words: "实现工业总产值1629亿元"),
    Absent(
      file: "政府工作报告-其他地市/绥化市/2016.md", metric: "industrial_value_added", value: 6.9,
      words: "规模以上工业增加值6.9亿元"),
  ]

  @Test(arguments: absent) func givesNoSuchFact(_ row: Absent) throws {
    try ExtractionClauseTests.check(row)
  }

  /// `约` hedges the figure after it; inside a word (`节约`, `签约`) it does not.
  @Test func yueHedgesOnlyAsAWord() {
    #expect(NumberGrammar.figures(in: "人均可支配收入约3.38万元").first?.qualifier == "about")
    #expect(NumberGrammar.figures(in: "节约1.2亿元").first?.qualifier == nil)
    #expect(NumberGrammar.figures(in: "签约120亿元").first?.qualifier == nil)
  }
}
