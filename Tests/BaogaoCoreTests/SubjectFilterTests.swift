import Foundation
import BaogaoCore
import Testing

/// Figures of another subject than the report's region are not its facts: cities in a
/// province's report, trade with some partners, a share of a metric, a new subject's growth
/// in the next clause. Sentences are real (provincial reports of 2025) unless marked.
@Suite struct SubjectFilterTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var region: String?
    /// Facts expected, as `metric value growth`.
    var facts: [String]
    var testDescription: String { text }
  }

  static let review = "一、2024年工作回顾\n"

  static let cases: [Case] = [
    Case(
      text: review + "武汉在副省级城市中增速靠前，襄阳、宜昌经济总量突破6000亿元，稳居中部非省会城市前列。",
      region: "湖北省", facts: []),
    Case(
      text: review + "庆阳经济总量迈上1200亿台阶，酒泉经济总量突破千亿、达到1042亿元，临夏州经济总量跻身500亿元行列。",
      region: "甘肃省", facts: []),
    Case(text: review + "对共建“一带一路”国家进出口额增长27.7%、占比77%。", region: "甘肃省", facts: []),
    Case(
      text: review + "进出口总额和出口额均升至全国第9位，“新三样”产品出口增长23.6%。", region: "安徽省",
      facts: []),
    Case(
      text: review + "城镇新增就业118.3万人，低收入农户人均可支配收入增长11.1%。", region: "浙江省",
      facts: ["new_urban_jobs 118.3 nil"]),
    Case(
      text: review + "园区规模工业增加值、税收增速分别高于全省2.2个和3.7个百分点，贡献了全省74.6%的规模工业增加值和40%的税收。",
      region: "湖南省", facts: []),
    // The report's own region, named or implied, stays.
    Case(
      text: review + "全省地区生产总值增长5.7%，经济总量达到64697亿元。", region: "四川省",
      facts: ["gdp 64697 5.7"]),
    Case(text: review + "北京地区进出口总额超3.6万亿元。", region: "北京市", facts: ["foreign_trade 3.6 nil"]),
    // Made-up: a comparison with an earlier time continues its subject.
    Case(
      text: review + "外贸进出口总额615.4亿元，比“十三五”时期增长25.2%。", region: "甘肃省",
      facts: ["foreign_trade 615.4 25.2"]),
  ]

  @Test(arguments: cases) func factsOfOwnSubject(_ c: Case) {
    let found = MadeUpReport.facts(c.text, year: 2025, region: c.region)
    let gold: Set<String> = [
      "gdp", "foreign_trade", "exports", "industrial_value_added", "new_urban_jobs",
      "disposable_income", "rural_disposable_income",
    ]
    let got = found.filter { gold.contains($0.metric) }.map { f in
      let v = f.value.map { String(format: "%g", $0) } ?? "nil"
      let g = f.growth.map { String(format: "%g", $0) } ?? "nil"
      return "\(f.metric) \(v) \(g)"
    }
    #expect(got == c.facts)
  }
}
