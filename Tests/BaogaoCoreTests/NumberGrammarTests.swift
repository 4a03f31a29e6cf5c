import Foundation
import Testing

@testable import BaogaoCore

/// The number grammar on phrases from the corpus (marked) and phrases written for the test.
@Suite struct NumberGrammarTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var value: Double?
    var high: Double?
    var unit: String?
    var qualifier: String?
    var masked = false
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    // Real phrases (seeds and national reports).
    Case(text: "全年实现地区生产总值1002.18亿元", value: 1002.18, unit: "亿元"),
    Case(text: "外贸进出口总额46.66亿美元", value: 46.66, unit: "亿美元"),
    Case(text: "居民人均可支配收入27924元", value: 27924, unit: "元"),
    Case(text: "本地生产总值力争达到1万亿元", value: 1, unit: "万亿元"),
    // Real: national 2014, trillions of dollars are one unit, not 万 then 亿美元.
    Case(text: "进出口总额突破4万亿美元，再上新台阶", value: 4, unit: "万亿美元", qualifier: "at_least"),
    Case(text: "新增1.58万亩城镇建设用地", value: 1.58, unit: "万亩"),
    Case(text: "粮食产量13.31万吨", value: 13.31, unit: "万吨"),
    // `约` before a figure hedges it, as `左右` does after one.
    Case(text: "总接待游客约141万人次", value: 141, unit: "万人次", qualifier: "about"),
    Case(text: "较上年增速提高0.6个百分点", value: 0.6, unit: "个百分点"),
    Case(text: "国内生产总值增长6.5%－7%", value: 6.5, high: 7, unit: "%", qualifier: "range"),
    Case(text: "国内生产总值增长6%－6.5%", value: 6, high: 6.5, unit: "%", qualifier: "range"),
    Case(text: "经济增长速度的宏观调控目标，定为百分之八至九", value: 8, high: 9, unit: "%", qualifier: "range"),
    Case(text: "经济增长速度的调控目标定为８％", value: 8, unit: "%"),
    Case(text: "经济增长速度8 ％", value: 8, unit: "%"),
    Case(text: "全年规模以上工业企业实现利润４６５７亿元，增长８．１％", value: 4657, unit: "亿元"),
    Case(text: "地区生产总值增长7%左右", value: 7, unit: "%", qualifier: "about"),
    // Made-up, in the wording of the 1998 national report.
    Case(text: "固定资产投资预定增长10%或者更多一些", value: 10, unit: "%", qualifier: "at_least"),
    Case(text: "固定资产投资增长10%以上", value: 10, unit: "%", qualifier: "at_least"),
    Case(text: "城镇调查失业率控制在5.5%以内", value: 5.5, unit: "%", qualifier: "at_most"),
    Case(text: "城镇新增就业人数不低于900万人", value: 900, unit: "万人", qualifier: "at_least"),
    Case(text: "居民消费价格总水平涨幅控制在4.8%左右", value: 4.8, unit: "%", qualifier: "about"),
    Case(text: "全年实现地区生产总值XX亿元", unit: "亿元", masked: true),
    Case(text: "一般公共预算收入增长XX%以上", unit: "%", qualifier: "at_least", masked: true),
    Case(text: "国民生产总值增长百分之六", value: 6, unit: "%"),
    Case(text: "农业总产值平均每年增长百分之八点一", value: 8.1, unit: "%"),
    Case(text: "国民生产总值达到一万一千一百七十亿元", value: 11170, unit: "亿元"),
    Case(text: "手工业总产值计划达到一百零三亿七千万元", value: 103.7, unit: "亿元"),
    // Real: national 1997 and 1998 (a scrape that spaced every digit).
    Case(text: "国内生产总值达到67700多亿元", value: 67700, unit: "亿元"),
    Case(text: "平均每年增长1 5 ．3 %", value: 15.3, unit: "%"),
    Case(text: "存款余额达到4 6 2 8 0 亿元", value: 46280, unit: "亿元"),
    // Real: national 1999, a middle dot for the decimal point.
    Case(text: "全社会固定资产投资增长14·1%", value: 14.1, unit: "%"),
    // Real: 甘肃 1997, a stray space after the decimal point inside a sentence.
    Case(text: "全省国内生产总值达到673.7亿元，比上年增长10. 95%", value: 673.7, unit: "亿元"),
    // Written for the test.
    Case(text: "吸纳就业100余万人", value: 100, unit: "万人"),
    Case(text: "增长4.5-5%", value: 4.5, high: 5, unit: "%", qualifier: "range"),
    Case(text: "增长4.5%—5%", value: 4.5, high: 5, unit: "%", qualifier: "range"),
    Case(text: "收入1,234.5万元", value: 1234.5, unit: "万元"),
    Case(text: "服务业占比提高三成", value: 30, unit: "%"),
    Case(text: "人均收入翻两番", value: 2, unit: "番"),
    Case(text: "新增就业十万人", value: 10, unit: "万人"),
    // Real: 浙江 1982 (sample l's row 10), a range whose first figure has its magnitude alone.
    Case(text: "粮食总产量要求达到二百九十亿到三百亿斤", value: 290, high: 300, unit: "亿斤", qualifier: "range"),
    // Written for the test.
    Case(text: "财政收入达到30亿到32亿元", value: 30, high: 32, unit: "亿元", qualifier: "range"),
  ]

  @Test(arguments: cases) func firstFigure(_ c: Case) throws {
    let f = try #require(NumberGrammar.figures(in: c.text).first)
    #expect(f.value == c.value)
    #expect(f.high == c.high)
    #expect(f.unit == c.unit)
    #expect(f.qualifier == c.qualifier)
    #expect(f.masked == c.masked)
  }

  /// Years, dates, ordinals, plan names and road numbers are not figures.
  @Test(arguments: ["2020年", "3月5日", "第三", "“十四五”时期", "S279线", "一年来", "三大抓手", "二十大精神", "1 9 9 7 年"])
  func notFigures(_ text: String) {
    #expect(NumberGrammar.figures(in: text).isEmpty)
  }

  @Test func chineseNumeralValues() {
    #expect(ChineseNumber.value(of: "十三".unicodeScalars) == 13)
    #expect(ChineseNumber.value(of: "一万六千七百七十".unicodeScalars) == 16770)
    #expect(ChineseNumber.value(of: "七点五".unicodeScalars) == 7.5)
    #expect(ChineseNumber.value(of: "一九九三".unicodeScalars) == 1993)
    #expect(ChineseNumber.value(of: "一千零五".unicodeScalars) == 1005)
  }

  /// Every lawtext line: `N. ` or `N．` at the head of a line numbers a list item and is never a
  /// figure nor joined to the figure after it (`8. 2020年…`, `26. 5个样板墟`); inside a line a
  /// point followed by a stray space is a decimal point (`增长10. 95%`, `653. 9亿元`).
  @Test func enumerationIndexesAndSpacedDecimalsInLawtext() throws {
    let root = LoaderTestSupport.corpus("lawtext")
    let files = try FileManager.default.subpathsOfDirectory(atPath: root)
      .filter { $0.hasSuffix(".md") }
    #expect(files.count > 1_900, "../shared/corpus/lawtext must be readable")
    let index = try NSRegularExpression(pattern: "^[ \\t*\u{3000}]*([0-9]+)(\\. |．)")
    let spaced = try NSRegularExpression(pattern: "(?<![0-9.．])([0-9]+)[.．] ([0-9]+)")
    var indexLines = 0
    var joined = 0
    for file in files {
      let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
      for line in text.split(separator: "\n") {
        let line = String(line)
        let ns = line as NSString
        let whole = NSRange(location: 0, length: ns.length)
        let heads = index.firstMatch(in: line, range: whole)
        let decimals = spaced.matches(in: line, range: whole)
        guard heads != nil || !decimals.isEmpty else { continue }
        let figures = NumberGrammar.figures(in: line)
        /// A UTF-16 offset of the match as a Unicode-scalar offset, as figures count.
        func scalarOffset(_ utf16: Int) -> Int {
          let i = String.Index(utf16Offset: utf16, in: line)
          return line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: i)
        }
        if let m = heads {
          indexLines += 1
          let at = scalarOffset(m.range(at: 1).location)
          #expect(!figures.contains { $0.start == at }, "\(file): \(line.prefix(40))")
        }
        for m in decimals {
          let at = scalarOffset(m.range.location)
          guard !NumberGrammar.isEnumerationIndex(at: at, in: Array(line.unicodeScalars)),
            let f = figures.first(where: { $0.start == at })
          else { continue }
          let expected = Double(
            ns.substring(with: m.range(at: 1)) + "." + ns.substring(with: m.range(at: 2)))
          #expect(
            f.value == expected, "\(file): \(ns.substring(from: m.range.location).prefix(30))")
          joined += 1
        }
      }
    }
    #expect(indexLines > 1_000)
    #expect(joined >= 10)
  }
}
