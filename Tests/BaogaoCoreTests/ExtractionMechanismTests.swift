import BaogaoCore
import Foundation
import Testing

/// The mechanisms of issue 9, each on the 2026 fragments the issue quotes (the 2026 reports are
/// not in ../shared) and on made-up text, marked so. Real lawtext sentences for each mechanism
/// are in `Generalisation/Tables/` (MechanismTableTests).
@Suite struct ExtractionMechanismTests {
  static func facts(
    _ text: String, year: Int, region: String? = nil, level: Level? = nil, date: String? = nil
  ) -> [Indicator] {
    let report = Report(
      id: "r1", doc: "made-up.txt", region: region, level: level, year: year, meetingDate: date,
      text: text)
    return IndicatorExtractor().indicators(
      in: report, structure: StructureParser.structure(of: report))
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var year: Int
    var region: String?
    var metric: String
    /// `kind period value unit growth qualifier`, `-` for nil; empty: no fact of the metric.
    var facts: [String]
    var testDescription: String { text }
  }

  static func described(_ f: Indicator) -> String {
    MadeUpReport.described(f, withQualifier: true)
      .split(separator: " ").dropFirst().joined(separator: " ")
  }

  static let cases: [Case] = [
    // Issue 9, 2026 山东省: water per 万元 of output is not GDP.
    Case(
      text: "二、2026年主要目标\n万元生产总值用水量下降22%。", year: 2026, region: "山东省",
      metric: "gdp", facts: []),
    // Issue 9, 2026 湖北省: a city of the province, and a class (两万亿级), are not the region.
    Case(
      text: "一、2025年工作回顾\n武汉跨入地区生产总值两万亿级。", year: 2026, region: "湖北省",
      metric: "gdp", facts: []),
    // Issue 9, 2026 湖南省: `4个过五百亿的县市` counts places.
    Case(
      text: "一、2025年工作回顾\n县域经济加快发展，4个过五百亿的县市。", year: 2026, region: "湖南省",
      metric: "gdp", facts: []),
    // Issue 9, 2026 河南省: a 十四五 review's total is the span's, not 2025's.
    Case(
      text: "一、过去五年工作回顾\n城镇新增就业603.7万人。", year: 2026, region: "河南省",
      metric: "new_urban_jobs", facts: ["period 2021-2025 603.7 万人 - -"]),
    // Issue 9, 2026 provinces: the income target without a number.
    Case(
      text: "二、2026年主要目标\n居民收入增长与经济增长同步。", year: 2026, region: "河南省",
      metric: "disposable_income", facts: ["target 2026 - - - in_step"]),
    // Made-up: a threshold is a lower bound, and the level reached wins over it.
    Case(
      text: "一、2025年工作回顾\n全省地区生产总值突破6万亿元。", year: 2026, region: "甲省",
      metric: "gdp", facts: ["actual 2025 6.0 万亿元 - at_least"]),
    Case(
      text: "一、2025年工作回顾\n全市地区生产总值突破5000亿元，达5025.4亿元，增长7.7%。", year: 2026,
      region: "甲市", metric: "gdp", facts: ["actual 2025 5025.4 亿元 7.7 -"]),
    // Made-up: a threshold and a hedged growth are two facts.
    Case(
      text: "一、2025年工作回顾\n预计全年地区生产总值突破1000亿元、增长8%左右。", year: 2026, region: "甲市",
      metric: "gdp", facts: ["actual 2025 1000.0 亿元 - at_least", "actual 2025 - - 8.0 about"]),
    // Made-up: 正增长, 高于全国平均水平, 保持合理水平 are goals without a number.
    Case(
      text: "二、2026年主要目标\n进出口实现正增长，城镇居民人均可支配收入增长高于全国平均水平，居民消费价格保持合理水平。",
      year: 2026, region: "甲省", metric: "foreign_trade", facts: ["target 2026 - - - positive"]),
    Case(
      text: "二、2026年主要目标\n城镇居民人均可支配收入增长高于全国平均水平。", year: 2026, region: "甲省",
      metric: "urban_disposable_income", facts: ["target 2026 - - - above_national"]),
    Case(
      text: "二、2026年主要目标\n居民消费价格保持合理水平。", year: 2026, region: "甲省", metric: "cpi",
      facts: ["target 2026 - - - stable"]),
    // National 2020 (public text, quoted in issue 9): no GDP target set.
    Case(
      text: "二、2020年主要目标\n需要说明的是，我们没有提出全年经济增速具体目标，主要因为全球疫情和经贸形势不确定性很大。",
      year: 2020, region: "中华人民共和国", metric: "gdp", facts: ["target 2020 - - - none_set"]),
    // Made-up: a sector's or a part's economy is not the region's.
    Case(
      text: "二、2026年主要目标\n推动数字经济增长15%以上。", year: 2026, region: "甲省", metric: "gdp",
      facts: []),
    Case(
      text: "一、2025年工作回顾\n海洋生产总值增长6%。", year: 2026, region: "甲省", metric: "gdp", facts: []),
  ]

  @Test(arguments: cases) func factsOfTheMechanism(_ c: Case) {
    let found = Self.facts(c.text, year: c.year, region: c.region).filter { $0.metric == c.metric }
    #expect(Set(found.map(Self.described)) == Set(c.facts))
  }

  /// Issue 12: a report ending right after 至 (`…增长5%至`) made `number(at:)` read past the end.
  @Test func reportEndingInARangeSeparatorDoesNotCrash() {
    let text = "一、2025年工作回顾\n地区生产总值增长5%至"
    let found = Self.facts(text, year: 2026).filter { $0.metric == "gdp" }
    #expect(found.map(Self.described) == ["actual 2025 - - 5.0 -"])
    #expect(NumberGrammar.figures(in: "增长5%至").map(\.value) == [5])
    #expect(NumberGrammar.figures(in: "百分之五至").map(\.value) == [5])
  }

  /// Made-up: a report given in December reviews that year and plans the next.
  @Test func decemberReportPlansTheNextYear() {
    let text = "一、今年工作回顾\n地区生产总值增长5%。\n二、明年工作安排\n明年主要预期目标是：地区生产总值增长6%左右。"
    let found = Self.facts(text, year: 2025, region: "甲市", date: "2025-12-20")
      .filter { $0.metric == "gdp" }
    #expect(
      Set(found.map(Self.described)) == ["target 2026 - - 6.0 about", "actual 2025 - - 5.0 -"])
  }

  /// Levels in one base unit per dimension: 5.2万亿元 and 52000亿元 are the same amount.
  @Test func valuesInBaseUnits() throws {
    let a = try #require(UnitScale.base(value: 5.2, unit: "万亿元", money: true))
    let b = try #require(UnitScale.base(value: 52000, unit: "亿元", money: true))
    #expect(a.unit == "yuan" && b.unit == "yuan")
    #expect(abs(a.value - b.value) < 1)
    #expect(UnitScale.base(value: 603.7, unit: "万人", money: false)?.unit == "persons")
    #expect(UnitScale.base(value: 140, unit: "亿斤", money: false)?.value == 7e6)
    #expect(UnitScale.base(value: 500, unit: "亿", money: true)?.unit == "yuan")
    let gdp = Self.facts("一、2025年工作回顾\n全省地区生产总值5.2万亿元。", year: 2026, region: "甲省")
      .first { $0.metric == "gdp" }
    #expect(gdp?.valueBase == 5.2e12 && gdp?.baseUnit == "yuan")
  }

  /// On the 31 provincial reports of 2025: no GDP fact has a unit that is not money, and no
  /// GDP growth target is negative (the negative ones were 单位生产总值能耗 and the like).
  @Test func provincialGDPFactsAreMoneyAndTargetsPositive() throws {
    let reports = try ExtractionScoring.reports(["provincial-2025"])
    #expect(reports.count == 31)
    let gdp = CorpusAnalysis().indicators(of: reports).filter { $0.metric == "gdp" }
    let units = Set(gdp.compactMap(\.baseUnit))
    #expect(units.isSubset(of: ["yuan", "usd"]), "\(units)")
    let negative = gdp.filter { $0.kind == "target" && ($0.growth ?? 0) < 0 }
    #expect(negative.isEmpty, "\(negative.map(\.sentence))")
  }
}
