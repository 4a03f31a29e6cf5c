import Foundation
import Testing

/// The independent reader on short real passages (lawtext file named), so a change to it is
/// checked before the record is rewritten.
@Suite struct GDPTargetReaderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var source: String
    var year: Int
    var text: String
    /// `growth growth_high qualifier`, or `none`.
    var expected: String
    var testDescription: String { source }
  }

  static let cases: [Case] = [
    Case(
      source: "其他地市/六盘水市/2021.md", year: 2021,
      text: "确保“十四五”开好局，以优异成绩庆祝中国共产党成立100周年。\n\n主要预期目标是：地区生产总值增长8.5%左右，一、二、三产增加值分别增长6.3%左右、10.4%左右和7%左右；",
      expected: "8.5 - about"),
    Case(
      source: "其他地市/泰州市/2021.md", year: 2021,
      text: "以优异成绩庆祝建党100周年。\n\n今年经济社会发展主要预期目标是：地区生产总值增长7%左右，一般公共预算收入增长5%左右，",
      expected: "7 - about"),
    Case(
      source: "主要城市/南京市/2019.md", year: 2019,
      text: "今年经济社会发展的预期性指标主要是：地区生产总值增长7.5%—8%；一般公共预算收入增长8%；",
      expected: "7.5 8 range"),
    Case(
      source: "省自治区/江苏省/2023.md", year: 2023,
      text: "今年经济社会发展主要预期目标是：经济增长5%左右，一般公共预算收入增长5.5%左右，",
      expected: "5 - about"),
    Case(
      source: "主要城市/广州市/2024.md", year: 2024,
      text: "今年全市经济社会发展主要预期目标是：地区生产总值增速不低于5%；固定资产投资增长6%；",
      expected: "5 - at_least"),
    Case(
      source: "主要城市/武汉市/2014.md", year: 2014,
      text: "经济社会发展的主要预期目标是：地区生产总值突破1万亿元，增长10%；地方公共财政预算收入增长13%；",
      expected: "10 - -"),
    Case(
      source: "省自治区/贵州省/2023.md", year: 2023,
      text: "按照上述总体要求，今后五年政府工作的主要目标是：经济实力再上新台阶，保持经济增速高于全国、高于西部平均水平，",
      expected: "none"),
    Case(
      source: "省自治区/浙江省/2021.md", year: 2021,
      text: "赋予浙江建设“重要窗口”的新目标新定位，为浙江高质量发展指明了方向。全省生产总值达到64613亿元，比上年增长3.6%，",
      expected: "none"),
    Case(
      source: "其他地市/秦皇岛市/2022.md", year: 2022,
      text: "综合考虑国内外发展环境和我市各方面支撑条件，与“十四五”规划相衔接，确定今年经济社会发展主要预期目标为：地区生产总值增长7%左右，",
      expected: "7 - about"),
    Case(
      source: "主要城市/佛山市/2020.md", year: 2020,
      text: "对我市发展的影响难以预料，因此我们没有提出全年经济增速具体目标，这样有利于更加集中精力抓好“六稳”、落实“六保”，",
      expected: "- - none_set"),
    Case(
      source: "省自治区/云南省/2020.md", year: 2020,
      text: "今年经济社会发展的主要预期目标建议为：全省地区生产总值增速高于全国平均水平，固定资产投资增长10%以上，",
      expected: "- - above_national"),
    Case(
      source: "其他地市/巴中市/2022.md", year: 2022,
      text: "经济社会发展的主要奋斗目标是：围绕“五个显著提升”，主要经济指标增速保持在合理区间，人均地区生产总值增速高于全国全省平均水平；",
      expected: "none"),
    Case(
      source: "省自治区/山西省/2023.md", year: 2023,
      text: "综合考虑各方面因素，地区生产总值增长6%左右，在实际工作中尽可能争取更好结果。",
      expected: "6 - about"),
    Case(
      source: "其他地市/营口市/2023.md", year: 2023,
      text: "预计今年地区生产总值增长4%左右。",
      expected: "none"),
  ]

  @Test(arguments: cases)
  func readsTheTarget(_ c: Case) {
    let t = GDPTargetReader.target(in: c.text, year: c.year)
    func n(_ d: Double?) -> String { d.map { String(format: "%g", $0) } ?? "-" }
    let got = t.map { "\(n($0.growth)) \(n($0.growthHigh)) \($0.qualifier)" } ?? "none"
    #expect(got == c.expected)
  }
}
