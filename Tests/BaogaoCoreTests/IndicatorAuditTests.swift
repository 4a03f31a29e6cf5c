import BaogaoCore
import Testing

/// Errors found by a sanity audit of everything loadable (national reports 1954–2025, the
/// provincial reports of 2025, the seeds, the demo corpus): five-year totals read as one year's,
/// plans read as results, a part's figure read as the whole's. Sentences are real (report
/// named) unless marked made-up; headings are made-up context.
@Suite struct IndicatorAuditTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var year: Int
    /// Every fact expected, as `metric kind period value unit growth` (`-` for nil).
    var facts: [String]
    /// The report's region, where a sentence's subject is its government (`国家财政收入`).
    var region: String? = nil
    var testDescription: String { text }
  }

  static func described(_ f: Indicator) -> String {
    MadeUpReport.described(f, withQualifier: false)
  }

  static let review = "一、过去五年的工作回顾\n"
  static let tasks = "二、今后五年的主要任务\n"

  static let cases: [Case] = [
    // Real: national 1993. A bare 五年 in a review is the five years just past.
    Case(
      text: review + "基本建设和技术改造取得新成就，五年全社会固定资产投资完成26000亿元。", year: 1993,
      facts: ["fixed_investment period 1988-1992 26000.0 亿元 -"]),
    // Real: national 2008. The same in a sentence of its own.
    Case(
      text: review + "五年全国新增城镇就业5100万人。", year: 2008,
      facts: ["new_urban_jobs period 2003-2007 5100.0 万人 -"]),
    // Real: national 2011, tasks. A bare 五年 among goals is the five years ahead.
    Case(
      text: tasks + "坚持把增加就业作为经济社会发展的优先目标，为全体劳动者创造公平的就业机会，五年城镇新增就业4500万人。",
      year: 2011, facts: ["new_urban_jobs plan 2011-2015 4500.0 万人 -"]),
    // Real: Shandong 2025. `五年行动计划` is a plan's name, not a span.
    Case(
      text: "一、2024年工作回顾\n新型城镇化战略五年行动计划启动实施，全面放开城镇落户限制，开工改造城镇老旧小区5357个，城镇化率提升0.9个百分点、达62.1%。",
      year: 2025, facts: ["urbanization_rate actual 2024 62.1 % -"]),
    // Real: national 1958. 安排为 plans the year's figure; 比上一年 compares, it does not
    // look back.
    Case(
      text: "在对外贸易方面，适应我国工农业生产发展的需要，一九五八年进出口贸易总额安排为一百一十亿元，比上一年增长百分之八点六。",
      year: 1958, facts: ["foreign_trade target 1958 110.0 亿元 8.6"]),
    // Made-up: in a review, 预计完成 is an estimate of the year's result, not a plan.
    Case(
      text: "一、2024年工作回顾\n2024年全县预计完成固定资产投资56亿元，增长7%。", year: 2025,
      facts: ["fixed_investment actual 2024 56.0 亿元 7.0"]),
    // Real: national 1982. 计划规定 makes the bare 五年 after it the years ahead.
    Case(
      text: "计划规定，五年合计国家财政收入为五千九百五十三亿元。", year: 1982,
      facts: ["fiscal_revenue plan 1982-1986 5953.0 亿元 -"], region: "中华人民共和国"),
    // Real: national 2012. `把…控制在` explains a goal; it is not a result.
    Case(
      text: review + "把居民消费价格涨幅控制在3.5%左右，是充分考虑各方面因素后作出的选择。", year: 2012,
      facts: ["cpi target 2012 - - 3.5"]),
    // Made-up: without 把, 控制在 reports what was achieved.
    Case(
      text: review + "去年国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%。", year: 2011,
      facts: ["gdp actual 2010 - - 10.3", "cpi actual 2010 - - 3.3"]),
    // Real: national 1987. `同1978年相比` sets a base year: growth over 1979–1986.
    Case(
      text: review + "1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元，按可比价格计算增长102%。",
      year: 1987, facts: ["gnp period 1979-1986 9380.0 亿元 102.0"]),
    // Real: national 1999. The state sector's investment is a part; only the whole is the metric.
    Case(
      text: "一、1998年工作回顾\n下半年国有单位固定资产投资增长显著加快，全年增长19·5%，全社会固定资产投资增长14·1%。",
      year: 1999, facts: ["fixed_investment actual 1998 - - 14.1"]),
    // Real: national 1986. A part joined by 的.
    Case(
      text: tasks + "全民所有制单位的固定资产投资总额五年为八千九百六十亿元，比“六五”期间增长近百分之七十。",
      year: 1986, facts: []),
    // Made-up: qualifiers 民间, 制造业, 房地产开发 and a rural retail total are parts.
    Case(
      text: "一、2024年工作回顾\n民间固定资产投资增长3%，房地产开发固定资产投资下降9%，农村社会消费品零售总额增长6%，固定资产投资增长5.1%。",
      year: 2025, facts: ["fixed_investment actual 2024 - - 5.1"]),
    // Real: national 1979. `这两年中` spans the two years under review.
    Case(
      text: "这两年中，社会商品零售总额增长百分之十六，进出口总额增长百分之五十三点七。", year: 1979,
      facts: ["foreign_trade period 1977-1978 - - 53.7"]),
    // Real: national 2006. A paragraph opened by 五年来 frames the sentences after it.
    Case(
      text: "（二）“十五”期间国民经济和社会发展主要情况\n五年来，人民生活明显改善。城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%。",
      year: 2006,
      facts: [
        "urban_disposable_income period 2001-2005 - - 58.3",
        "rural_net_income period 2001-2005 - - 29.2",
      ]),
    // Real: national 2016. A figure that is a base (`…的高基数上`) is not the level reached.
    Case(
      text: "一、2015年工作回顾\n这些成绩，是在我国经济总量超过60万亿元的高基数上取得的。", year: 2016, facts: []),
    // Real: national 2018. A rate raised 从…到 is at the second figure.
    Case(
      text: "一、2017年工作回顾\n城镇化率从52.6%提高到58.5%，8000多万农业转移人口成为城镇居民。", year: 2018,
      facts: ["urbanization_rate actual 2017 58.5 % -"]),
    // Real: national 2021. A heading that looks back and ahead leaves the paragraph to its
    // opening 过去五年: the review, not the 十四五 plan. The level reached alone
    // (`增加到超过100万亿元`, no growth beside it) is the span's last year's (the span-level rule,
    // Audits/README.md).
    Case(
      text:
        "二、“十三五”时期发展成就和“十四五”时期主要目标任务\n过去五年，我国经济社会发展取得新的历史性成就。经济运行总体平稳，经济结构持续优化，国内生产总值从不到70万亿元增加到超过100万亿元。",
      year: 2021, facts: ["gdp actual 2020 100.0 万亿元 -"]),
    // Real: national 2006. `“十一五”年均增长` is the plan's yearly average.
    Case(
      text: "“十五”期间国内生产总值增长速度比原来预计的高一些，“十一五”年均增长7.5%。", year: 2006,
      facts: ["gdp plan 2006-2010 - - 7.5"]),
    // Real: national 1957. 手工业总产值 is handicrafts, not industrial output.
    Case(
      text: "一、1956年工作回顾\n这一年，手工业总产值达到一百一十七亿元，较1955年增长了16%。", year: 1957,
      facts: []),
    // Real: national 1982. A metric after 占整个 is the whole a share is of.
    Case(
      text: "从一九五三年到一九八○年的二十八年中，这方面的投资占整个固定资产投资的百分之二十左右。", year: 1982,
      facts: []),
    // Real: national 2016. Water per unit of GDP is not GDP.
    Case(
      text: tasks + "今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。", year: 2016,
      facts: []),
    // Real: national 1993. A rate raised 由…调高到 is the second one.
    Case(
      text: tasks + "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", year: 1993,
      facts: ["gdp plan 1993-1997 - - 8.0"]),
    // Real: national 2010. A growth list without 分别 after two named levels closes both.
    Case(
      text: "一、2009年工作回顾\n城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。",
      year: 2010,
      facts: [
        "urban_disposable_income actual 2009 17175.0 元 9.8",
        "rural_net_income actual 2009 5153.0 元 8.5",
      ]),
  ]

  /// Towns report 工农业总产值, 社会生产总值, 税收 and village collective incomes; none of them
  /// is a gold metric (`gdp` is 地区生产总值 only). Made-up sentences in the seeds' style
  /// (泗水镇, 潭江镇) unless marked.
  static let townCases: [Case] = [
    // Real: 潭江镇 2019 (seeds' ten-report web page).
    Case(
      text:
        "一、经济建设稳步提升\n2018年,全镇实现社会生产总值5.95亿元,同比增长8.85%,其中农业产值2.83亿元,工业产值3.12亿元,分别增长16.14%和15.95%。",
      year: 2019, facts: []),
    // Real: 泗水镇 2020.
    Case(text: "2018年全镇社会生产总值达到136247万元(13.6亿)。", year: 2020, facts: []),
    Case(
      text: "一、2023年工作回顾\n全镇实现工农业总产值12.5亿元，增长8%；完成税收3200万元，增长5%；村集体收入全部超过10万元。",
      year: 2024, facts: []),
    Case(
      text: "一、2023年工作回顾\n全镇实现地区生产总值25.6亿元，增长5.1%；镇级税收收入1200万元。", year: 2024,
      facts: ["gdp actual 2023 25.6 亿元 5.1"]),
  ]

  @Test(arguments: townCases) func townFactsOfGoldMetrics(_ c: Case) {
    let found = MadeUpReport.facts(c.text, year: c.year, region: "泗水镇")
      .filter { MadeUpReport.goldMetrics.contains($0.metric) }
    #expect(Set(found.map(Self.described)) == Set(c.facts))
  }

  @Test(arguments: cases) func factsOfSentence(_ c: Case) {
    let found = MadeUpReport.facts(c.text, year: c.year, region: c.region)
    #expect(Set(found.map(Self.described)) == Set(c.facts))
  }
}
