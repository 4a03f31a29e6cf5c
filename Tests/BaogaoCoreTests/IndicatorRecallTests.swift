import BaogaoCore
import Testing

/// Phrasings the first extractor missed, found by a recall audit of the national reports
/// (1954–2025) and the 31 provincial reports of 2025. Sentences are real (report named) unless
/// marked made-up.
@Suite struct IndicatorRecallTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var year: Int
    var region: String? = nil
    /// Facts expected, as `metric kind period value unit growth qualifier` (`-` for nil).
    var facts: [String]
    var testDescription: String { text }
  }

  static func described(_ f: Indicator) -> String { MadeUpReport.described(f, withQualifier: true) }

  static let cases: [Case] = [
    // Real: national 2009. `进出口贸易总额` is the trade total.
    Case(
      text: "一、2008年工作回顾\n进出口贸易总额2.56万亿美元，增长17.8%。", year: 2009,
      facts: ["foreign_trade actual 2008 2.56 万亿美元 17.8 -"]),
    // Real: Xinjiang 2025, in a list of the year's results.
    Case(
      text: "一、2024年工作回顾\n社会消费品零售总额增长2%，进出口贸易总额增长21.8%。", year: 2025,
      facts: [
        "retail_sales actual 2024 - - 2.0 -", "foreign_trade actual 2024 - - 21.8 -",
      ]),
    // Real: Xinjiang 2025 targets.
    Case(
      text: "二、2025年工作安排\n今年主要预期目标是：进出口贸易总额增长12%左右；", year: 2025,
      facts: ["foreign_trade target 2025 - - 12.0 about"]),
    // Real: Shandong 2025. A bare `进出口` at the head of its clause is the total.
    Case(
      text: "一、2024年工作回顾\n外经外贸持续提升，进出口达3.38万亿元、出口首次突破2万亿元。", year: 2025,
      region: "山东省", facts: ["foreign_trade actual 2024 3.38 万亿元 - -"]),
    // Real: national 2018.
    Case(
      text: "一、过去五年工作回顾\n2017年，进出口增长14.2%，实际使用外资1363亿美元、创历史新高。", year: 2018,
      facts: ["foreign_trade actual 2017 - - 14.2 -"]),
    // Real: Chongqing and Guangxi 2025. A bare `进出口` of a part or a partner is not the total.
    Case(
      text: "一、2024年工作回顾\n机电产品出口增长25.1%，跨境电商进出口增长13.6%。", year: 2025, facts: []),
    Case(text: "一、2024年工作回顾\n对东盟进出口增长16.5%。", year: 2025, region: "广西壮族自治区", facts: []),
    // Real: national 1997. `多` between a figure and its unit; `按可比价格计算` continues.
    Case(
      text: "一、1996年工作回顾\n国内生产总值达到67700多亿元，按可比价格计算，比上年增长9.7%。", year: 1997,
      facts: ["gdp actual 1996 67700.0 亿元 9.7 -"]),
    // Real: national 1995, with a Chinese-numeral growth.
    Case(
      text: "一、1994年工作回顾\n国内生产总值达到43800亿元，按可比价格计算，比上年增长百分之十一点八。", year: 1995,
      facts: ["gdp actual 1994 43800.0 亿元 11.8 -"]),
    // Real: Hebei 2025. A clause opening with a year and `达到` continues the subject.
    Case(
      text:
        "一、2024年工作回顾\n“十四五”以来，全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%，增速居全国第3位。",
      year: 2025, region: "河北省", facts: ["gdp actual 2024 1.3 万亿元 5.8 -"]),
    // Real: national 1998, a scrape that spaced every digit.
    Case(
      text: "一、过去五年的工作回顾\n1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，按可比价格计算，平均每年增长1 1 %。",
      year: 1998, facts: ["gdp period 1993-1997 74772.0 亿元 11.0 -"]),
    // Real: national 2003. `城镇居民家庭人均可支配收入` is urban income.
    Case(
      text: "一、过去五年的工作回顾\n城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元，平均每年实际增长8.6%。",
      year: 2003, facts: ["urban_disposable_income period 1998-2002 7703.0 元 8.6 -"]),
    // Made-up: a year-led clause without a level verb starts a new subject.
    Case(
      text: "一、2024年工作回顾\n地区生产总值增长5%，2024年全县新增市场主体3000户。", year: 2025,
      facts: ["gdp actual 2024 - - 5.0 -"]),
  ]

  @Test(arguments: cases) func factsOfSentence(_ c: Case) {
    let found = MadeUpReport.facts(c.text, year: c.year, region: c.region)
      .filter { MadeUpReport.goldMetrics.contains($0.metric) }
    #expect(Set(found.map(Self.described)) == Set(c.facts))
  }
}
