import Foundation
import Testing

@testable import BaogaoCore

/// Markdown with YAML front matter, as the lawtext collection keeps its 1,917 reports.
@Suite struct MarkdownReaderTests {
  /// Real front matter blocks (file named) and made-up ones of other shapes (marked).
  @Test(
    arguments: [
      // 政府工作报告-主要城市/南昌市/2014.md
      (
        "---\nsource: https://www.nc.gov.cn/ncszf/zfgzbga/201401/6c113750305a480fb14b1c420675a187.shtml\ntitle: 2014年南昌市政府工作报告\n---\n\n各位代表：\n",
        "2014年南昌市政府工作报告",
        "https://www.nc.gov.cn/ncszf/zfgzbga/201401/6c113750305a480fb14b1c420675a187.shtml"
      ),
      // 政府工作报告-其他地市/四平市/2016.md: no source, fullwidth brackets and a space in the title.
      ("---\ntitle: 四平市政府工作报告 （2016年1月14日 王振才）\n---\n\n各位代表：\n", "四平市政府工作报告 （2016年1月14日 王振才）", nil),
      // Made up: a title with ": " that YAML cannot read, and a BOM.
      (
        "\u{FEFF}---\ntitle: 某某县政府工作报告: 2020年\nsource: http://example.org/a\n---\n各位代表：\n",
        "某某县政府工作报告: 2020年", "http://example.org/a"
      ),
    ] as [(String, String, String?)])
  func frontMatterGivesTitleAndSource(file: String, title: String, source: String?) {
    let document = MarkdownReader.document(file, name: "x.md", diagnostics: [])
    #expect(document.hints.title == title)
    #expect(document.hints.source == source)
    #expect(document.text == "各位代表：")
  }

  /// Body lines in, plain lines out. Real lines name their file; made-up ones say so.
  @Test(arguments: [
    // 南昌市/2014.md: a bold heading becomes the plain heading line.
    ("**一、2013年工作回顾**", "一、2013年工作回顾"),
    // 南昌市/2014.md: `**` after Chinese punctuation cannot close in CommonMark; it still goes.
    ("**一是质量效益稳步提升。**主要经济指标顶住下行压力", "一是质量效益稳步提升。主要经济指标顶住下行压力"),
    // 南昌市/2014.md: the glossary heading.
    ("**《政府工作报告》注释**", "《政府工作报告》注释"),
    // 西宁市/2013.md: a named entity.
    ("2012中国&middot;青海西宁国际原生态舞蹈暨现代舞艺术节", "2012中国·青海西宁国际原生态舞蹈暨现代舞艺术节"),
    // 荆门市/2020.md: an ordered list keeps its number.
    ("1. 非法集资案件“双下降”：陈案下降50%、新发案件下降30%。", "1.非法集资案件“双下降”：陈案下降50%、新发案件下降30%。"),
    // 石家庄市/2019.md: a single `*` masks a character and stays.
    ("培养引进国家“*人计划”“*人计划”入选者", "培养引进国家“*人计划”“*人计划”入选者"),
    // Made up: an escaped star, a `<br>` in a paragraph, a link and an image.
    ("完成2.82（\\*）<br>见[附表](http://example.org)![图](a.png)", "完成2.82（*）\n见附表"),
    // Made up: a table's rows, cells separated by a space.
    ("| 序号 | 事项 |\n| --- | --- |\n| 1 | 新增就业 |", "序号 事项\n1 新增就业"),
    // Made up: an HTML block is read as HTML.
    ("<div>第一段</div>\n<p>第二段&laquo;引&raquo;</p>", "第一段\n第二段«引»"),
  ])
  func bodyBecomesPlainLines(markdown: String, plain: String) {
    #expect(MarkdownText.plain(markdown) == plain)
  }

  @Test func lawtextFileLoadsWithItsTitleSourceAndHeadings() throws {
    let path = try LoaderTestSupport.requireShared("lawtext/政府工作报告-主要城市/南昌市/2014.md")
    let result = ReportLoader().load([path])
    let report = try #require(result.reports.first)
    #expect(result.reports.count == 1)
    #expect(report.title == "2014年南昌市政府工作报告")
    #expect(report.source?.hasPrefix("https://www.nc.gov.cn/") == true)
    #expect(!report.text.contains("**") && !report.text.contains("title:"))
    let structure = StructureParser.structure(of: report)
    let headings = structure.sections.map(\.heading)
    #expect(headings.contains("一、2013年工作回顾"))
    #expect(structure.sections.contains { $0.kind == .notes })
  }
}
