import Foundation
import Testing

@testable import BaogaoCore

/// One opening and the metadata it should give, read end to end (cleaning, then metadata).
struct OpeningCase: Sendable, CustomTestStringConvertible {
  var text: String
  var region: String?
  var adcode: String?
  var level: Level?
  var year: Int?
  var date: String?
  var testDescription: String { String(text.prefix(36)).replacingOccurrences(of: "\n", with: "⏎") }
}

/// `year` is the year of the session that heard the report (its meeting date's year, the title's
/// year); `region` is the official full name, with its code. Real lines are quoted with their
/// file under `../shared/corpus/lawtext`; the other openings are MADE UP, in the shapes reports use.
@Suite struct SessionYearTests {
  static let address = "\n各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n"

  static let cases: [OpeningCase] = [
    // The example of a front matter title; a December session plans for the next year
    // and its year is the date's.
    OpeningCase(
      text: "---\ntitle: 四平市政府工作报告 （2013年12月25日 石国祥）\n---\n" + address, region: "四平市",
      adcode: "220300", level: .city, year: 2013, date: "2013-12-25"),
    // Made up: December meeting line.
    OpeningCase(
      text: "政府工作报告\n——2013年12月25日在四平市第六届人民代表大会第四次会议上\n市长 石国祥" + address, region: "四平市",
      adcode: "220300", level: .city, year: 2013, date: "2013-12-25"),
    // 乌鲁木齐市/2020.md: spaced digits in the title, the meeting line over two bold lines.
    OpeningCase(
      text: "title: 2 0 2 0 年 政府工作报告\n**政府工作报告**\n**2020年1月14日在乌鲁木齐市第十六届人民代表大会**\n**第四次会议上**"
        + address, region: "乌鲁木齐市", adcode: "650100", level: .city, year: 2020, date: "2020-01-14"),
    // 黔东南苗族侗族自治州/2021.md: the short form in the meeting line.
    OpeningCase(
      text: "政府工作报告\n（2021年2月28日在黔东南州第十四届人民代表大会第七次会议上）" + address,
      region: "黔东南苗族侗族自治州", adcode: "522600", level: .city, year: 2021, date: "2021-02-28"),
    // 巴音郭楞蒙古自治州/2022.md: the meeting says only 自治州; the title names it.
    OpeningCase(
      text: "title: 巴音郭楞蒙古自治州政府工作报告（2022年1月10日 巴图）\n——2022年1月10日在自治州第十五届人民代表大会第一次会议上\n自治州州长 巴图"
        + address, region: "巴音郭楞蒙古自治州", adcode: "652800", level: .city, year: 2022,
      date: "2022-01-10"),
    // 连云港市/2016.md: a doubled suffix in the meeting line.
    OpeningCase(
      text: "——2016年1月17日在连云港市市第十三届人民代表大会第五次会议上\n市长项雪龙作政府工作报告" + address, region: "连云港市",
      adcode: "320700", level: .city, year: 2016, date: "2016-01-17"),
    // 东莞市/2013.md: thanks to 上级和市委 name no parent; 东莞市 is a prefecture-level city.
    OpeningCase(
      text: "——2013年1月8日在东莞市第十五届人民代表大会第三次会议上\n东莞市人民政府市长 袁宝成" + address
        + "一年来，在上级和市委的坚强领导下，全市各级各部门以科学发展观为指导。", region: "东莞市", adcode: "441900", level: .city,
      year: 2013, date: "2013-01-08"),
    // 合肥市/2017.md: the year after the name in the title.
    OpeningCase(
      text: "title: 合肥市2017年政府工作报告" + address, region: "合肥市", adcode: "340100", level: .city,
      year: 2017,
      date: nil),
    // Made up: a former name.
    OpeningCase(
      text: "政府工作报告\n——2009年1月10日在襄樊市第十四届人民代表大会第三次会议上\n襄樊市市长 张三" + address, region: "襄阳市",
      adcode: "420600", level: .city, year: 2009, date: "2009-01-10"),
    // Made up: no heading; the year from the content.
    OpeningCase(
      text: "各位代表：\n刚刚过去的1984年，是我国各族人民取得伟大成就的一年。\n我代表国务院，请予审议。", region: "中华人民共和国", adcode: nil,
      level: .national, year: 1985, date: nil),
    OpeningCase(
      text: "各位代表：\n我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告，请予审议。\n过去五年的回顾", region: "中华人民共和国",
      adcode: nil, level: .national, year: 1983, date: nil),
    OpeningCase(
      text: "各位代表：\n现在，我代表国务院，向第十二届全国人民代表大会第一次会议报告政府工作。", region: "中华人民共和国", adcode: nil,
      level: .national, year: 2013, date: nil),
    OpeningCase(
      text: "各位代表：\n现在，我代表市人民政府，向大会报告工作。\n一、１９９６年国内工作的回顾\n" + "无锡市发展。", region: "无锡市",
      adcode: "320200", level: .city, year: 1997, date: nil),
    OpeningCase(
      text: "1 9 9 8 年无锡市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。", region: "无锡市", adcode: "320200",
      level: .city, year: 1998, date: nil),
    // Issue 12: a date in Arabic-Indic digits crashed Int(…)!; it reads as any other date.
    OpeningCase(
      text: "政府工作报告\n——٢٠٢٤年١月١٥日在昆明市第十五届人民代表大会第三次会议上\n昆明市市长 张三" + address, region: "昆明市",
      adcode: "530100", level: .city, year: 2024, date: "2024-01-15"),
    OpeningCase(
      text: "政府工作报告\n——٢٠٢٤年١٣月٤٠日在昆明市第十五届人民代表大会第三次会议上\n昆明市市长 张三" + address, region: "昆明市",
      adcode: "530100", level: .city, year: 2024, date: nil),
  ]

  @Test(arguments: cases)
  func openingGivesRegionAndSessionYear(c: OpeningCase) throws {
    var diagnostics: [Diagnostic] = []
    let reports = ReportBuilder().reports(
      from: SourceDocument(doc: "made-up.md", text: c.text), diagnostics: &diagnostics)
    let report = try #require(reports.first)
    #expect(report.region == c.region)
    #expect(report.adcode == c.adcode)
    #expect(report.level == c.level)
    #expect(report.year == c.year)
    #expect(report.meetingDate == c.date)
  }

  /// Made up: a December session's title names the year it plans for; that is the convention,
  /// not a conflict, so no warning.
  @Test func decemberSessionTitleNamesThePlanYearWithoutAWarning() throws {
    let text = "2014年四平市政府工作报告\n——2013年12月25日在四平市第六届人民代表大会第四次会议上" + Self.address
    var diagnostics: [Diagnostic] = []
    let reports = ReportBuilder().reports(
      from: SourceDocument(doc: "made-up.txt", text: text), diagnostics: &diagnostics)
    let report = try #require(reports.first)
    #expect(report.year == 2013)
    #expect(!(report.diagnostics + diagnostics).contains { $0.kind == "metadata_conflict" })
  }

  /// The year from the content alone, for reports with no dated heading. Real lines, each from
  /// the lawtext or national file named; the year is the session's.
  @Test(arguments: [
    ("刚刚过去的１９８４年，是我国各族人民…取得伟大成就的一年", 1985),  // national 1985
    ("从去年９月第五届全国人民代表大会第三次会议到现在，已经过去了一年零两个月。", 1981),  // national 1981
    ("一、过去五年工作回顾\n2008年以来的五年，是首都发展进程中具有重要历史意义、极不平凡的五年。", 2013),  // 北京市/2013
    ("**一、2013年政府工作回顾**\n过去的一年，我们在市委的正确领导下", 2014),  // 南京市/2014
    ("请连同《武汉市国民经济和社会发展第十三个五年规划纲要（草案）》一并审议\n一、2015年和“十二五”工作回顾", 2016),  // 武汉市/2016
    ("向大会作关于山东省国民经济和社会发展第九个五年计划及2010年远景目标纲要的报告，请连同《纲要（草案）》一并审议", 1996),  // 山东省/1996
    ("一、1993年国内工作的回顾和1994年的主要任务", 1994),
    ("一、去年工作回顾\n2005年，我国社会主义现代化事业取得显著成就", 2006),  // national 2006
    (
      "**过去五年工作回顾**\n" + String(repeating: "五年来做成的事。", count: 30) + "\n**2016年主要工作**\n今年要做的事。", 2016
    ),  // 石家庄市/2016, shortened
  ])
  func yearFromContent(text: String, year: Int) {
    var evidence = YearEvidence()
    evidence.addContent(ChineseNumeralDate.normalized(ChineseNumeralDate.asciiDigits(text)))
    #expect(evidence.best?.year == year)
  }

  @Test(arguments: [
    ("٢٠٢٤年١月١٥日", "2024年1月15日"), ("２０２４年１月", "2024年1月"), ("1 9 9 8 年", "1998年"),
    ("2 0 2 0 年 1 月 1 4 日", "2020年1月14日"), ("增长 8%", "增长 8%"), ("2019 年", "2019年"),
  ])
  func digitsAsASCII(text: String, expected: String) {
    #expect(ChineseNumeralDate.asciiDigits(text) == expected)
  }

  @Test(arguments: [
    ("第十二届全国人民代表大会第一次会议", 2013), ("第六届全国人民代表大会第一次会议", 1983), ("第五届全国人民代表大会第四次会议", 1981),
    ("第三届全国人民代表大会第一次会议", 1964), ("第十四届全国人民代表大会第三次会议", 2025),
  ])
  func nationalSessionYears(session: String, year: Int) {
    #expect(NationalSessions.year(of: session) == year)
  }
}
