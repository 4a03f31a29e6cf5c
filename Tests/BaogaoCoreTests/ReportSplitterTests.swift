import Foundation
import Testing

@testable import BaogaoCore

/// One report per report: title lines, pages of one article, repeated pages.
@Suite struct ReportSplitterTests {
  /// Report titles name a government; lines that only mention the report do not start one.
  @Test(
    arguments: [
      // The ten-report seed.
      ("【云浮招商】云浮市政府工作报告", "云浮市"),
      ("【高州市招商】2020年泗水镇政府工作报告", "泗水镇"),
      // The Rongan and Tongwei seeds (Traditional before conversion).
      ("(廣西)2024年柳州市融安縣人民政府政府工作報告", "柳州市融安縣"),
      ("2024年通渭縣政府工作報告", "通渭縣"),
      // lawtext titles: 西安市/2018.md, 南通市/2020.md.
      ("西安市2018年政府工作报告", "西安市"),
      ("南通市政府工作报告（2020年1月7日 王晖）", "南通市"),
      // national-1954-2025.jsonl.
      ("1956年中华人民共和国国务院政府工作报告", "中华人民共和国国务院"),
      // Not titles, all real lawtext lines: glossaries, a summary heading, a newspaper's running head.
      ("**《政府工作报告》注释**", nil),
      ("政府工作报告名词解释", nil),
      ("2.《政府工作报告》有关名词解释", nil),
      ("附件 《政府工作报告》名词注释", nil),
      ("政府工作报告（摘要）", nil),
      ("政府工作报告", nil),
      ("2014年政府工作报告", nil),
      ("现在，我代表市人民政府向大会作政府工作报告，请予审议", nil),
      // A resolution on the report.
      ("第十四届全国人民代表大会第三次会议关于政府工作报告的决议", nil),
    ] as [(Substring, String?)])
  func reportTitles(line: Substring, government: String?) {
    #expect(ReportTitle(line)?.government == government)
  }

  static let paragraph = String(repeating: "全区经济运行稳中有进，民生福祉持续增进。", count: 100)

  /// Made up: three pages of one article, each under the site's title; then another report.
  @Test func pagesOfOneArticleAreOneReport() {
    let page = { (n: Int) in
      "【某某区招商】2021年某某区政府工作报告\n第\(n)页 共3页\n\(Self.paragraph)\(n)"
    }
    let other = "【某某县招商】2021年某某县政府工作报告\n\(Self.paragraph)"
    let split = ReportSplitter.split([page(1), page(2), page(3), other].joined(separator: "\n"))
    #expect(split.parts.count == 2)
    #expect(split.joinedPages == 2)
    #expect(split.parts[0].components(separatedBy: "2021年某某区政府工作报告").count == 2)
    #expect(split.parts[0].hasSuffix(Self.paragraph + "3"))
    #expect(split.parts[1].hasPrefix("【某某县招商】"))
  }

  /// Made up: a report whose glossary heading names the report is not split.
  @Test func glossaryHeadingStaysWithItsReport() {
    let text = "2021年某某区政府工作报告\n\(Self.paragraph)\n《政府工作报告》名词解释\n\(Self.paragraph)"
    #expect(ReportSplitter.split(text).parts == [text])
  }

  /// Made up: a scraper saved the same page six times.
  @Test func repeatedPageIsReadOnce() throws {
    let page = "首页 > 政务公开\n2021年某某区政府工作报告\n各位代表：\n\(Self.paragraph)\n第1页\n打印本页"
    let text = Array(repeating: page, count: 6).joined(separator: "\n") + "\n版权所有"
    let collapsed = try #require(RepeatedPages.collapse(text))
    #expect(collapsed.copies == 6)
    #expect(collapsed.text == page + "\n版权所有")
    var notes: [Diagnostic] = []
    let reports = ReportBuilder().reports(
      from: SourceDocument(doc: "made-up.txt", text: text), diagnostics: &notes)
    #expect(reports.count == 1)
    #expect(reports.first?.diagnostics.first { $0.kind == "repeated_page_removed" }?.count == 5)
  }

  /// A report whose own lines repeat (the same sentence twice) is not a repeated page.
  @Test func aReportIsNotARepeatedPage() {
    let text = "各位代表：\n\(Self.paragraph)\n今年主要预期目标是：地区生产总值增长6%左右。\n\(Self.paragraph)"
    #expect(RepeatedPages.collapse(text) == nil)
  }

  /// Made up: pages of other sites' shapes, saved n times; short furniture lines (page numbers,
  /// view counts) may differ from copy to copy. Texts that are not one page repeated stay whole.
  @Test(
    arguments: [
      (["2022年某某市政府工作报告", "各位代表：", "P", "第1页 共1页"], 2, 2),
      (["当前位置：首页 > 政府信息公开", "P", "浏览次数：{n}"], 3, 3),
      (["【打印】【关闭】", "2019年某某县政府工作报告", "P", "P2"], 6, 6),
      // Not repeated: one copy, or a page cut short in its second copy.
      (["2022年某某市政府工作报告", "P"], 1, nil),
      (["P", "P2", "{cut}"], 2, nil),
    ] as [([String], Int, Int?)])
  func repeatedPages(page: [String], times: Int, copies: Int?) {
    let other = String(repeating: "坚持稳中求进工作总基调，推动高质量发展。", count: 40)
    let copy = { (n: Int) in
      page.compactMap { line -> String? in
        switch line {
        case "P": Self.paragraph
        case "P2": other
        case "{n}": "\(n)"
        case "{cut}": n == 0 ? other : nil
        default: line.replacingOccurrences(of: "{n}", with: "\(100 + n)")
        }
      }.joined(separator: "\n")
    }
    let text = (0..<times).map(copy).joined(separator: "\n")
    let collapsed = RepeatedPages.collapse(text)
    #expect(collapsed?.copies == copies)
    // One copy is kept (with the last copy's trailing furniture, a footer).
    if copies != nil {
      #expect(collapsed?.text.components(separatedBy: Self.paragraph).count == 2)
      #expect(collapsed.map { copy(0).hasPrefix($0.text.prefix(60)) } == true)
    }
  }

  /// A glossary or notes section under its own heading stays with its report; a second report
  /// under a title naming another government is split off. Headings are real lawtext lines and
  /// made-up ones of other shapes (marked).
  @Test(
    arguments: [
      ("《政府工作报告》名词解释", 1),
      ("**《政府工作报告》注释**", 1),
      ("附件 《政府工作报告》名词注释", 1),
      ("政府工作报告名词解释", 1),
      // Made up shapes.
      ("附：政府工作报告有关用语说明", 1),
      ("关于《2021年某某区政府工作报告》的名词解释", 1),
      ("政府工作报告（附注）", 1),
      // Made up: another government's report.
      ("【某某发布】2021年某某县政府工作报告", 2),
    ] as [(String, Int)])
  func glossaryAttachment(heading: String, parts: Int) {
    let text = "2021年某某区政府工作报告\n\(Self.paragraph)\n\(heading)\n\(Self.paragraph)"
    #expect(ReportSplitter.split(text).parts.count == parts)
  }
}
