import Foundation
import Testing

@testable import BaogaoCore

/// One header block and the metadata it should give.
struct HeaderCase: Sendable, CustomTestStringConvertible {
  var text: String
  var region: String?
  var parent: String?
  var level: Level?
  var year: Int?
  var testDescription: String { String(text.prefix(40)).replacingOccurrences(of: "\n", with: "⏎") }

  init(_ text: String, _ region: String?, _ parent: String?, _ level: Level?, _ year: Int?) {
    self.text = text
    self.region = region
    self.parent = parent
    self.level = level
    self.year = year
  }
}

/// Held-out report openings: region, parent, level and year across the variety of 政府工作报告 headers.
///
/// Every block below is MADE UP, modelled on the shapes real reports open with (titles, meeting
/// lines, speaker lines, dates in Chinese numerals, abbreviated sessions, reports with no date).
/// Place names are real where the level rule depends on them (北京市 is a 直辖市, 昆山市 a 县级市).
@Suite struct MetadataVariantsTests {
  static let body = "\n现在，我代表人民政府，向大会报告工作，请予审议。"

  static let cases: [HeaderCase] = [
    // Titles.
    HeaderCase(
      "政府工作报告\n——2024年1月15日在昆明市第十五届人民代表大会第三次会议上\n昆明市市长 张三\n各位代表：", "昆明市", nil, .city, 2024),
    HeaderCase(
      "2023年淮安市政府工作报告\n——2024年1月15日在淮安市第九届人民代表大会第三次会议上\n淮安市市长 张三\n各位代表：", "淮安市", nil, .city, 2024),
    HeaderCase(
      "绵阳市人民政府工作报告\n——2024年1月10日在绵阳市第八届人民代表大会第四次会议上\n市长 张三\n各位代表：", "绵阳市", nil, .city, 2024),
    HeaderCase(
      "政府工作报告（摘要）\n——2024年2月20日在海东市第三届人民代表大会第五次会议上\n海东市代市长 李四\n各位代表：", "海东市", nil, .city, 2024),
    HeaderCase(
      "2024年XX市政府工作报告\n——2024年1月15日在XX市第十六届人民代表大会第四次会议上\nXX市市长 张三\n各位代表：", "XX市", nil, .city, 2024),
    HeaderCase(
      "2024年丙丁县政府工作报告\n——1月12日在丙丁县第十八届人民代表大会第三次会议上\n丙丁县县长 李四\n各位代表：", "丙丁县", nil, .county, 2024),
    // Dates in Chinese numerals.
    HeaderCase(
      "政府工作报告\n——二〇二四年一月十五日在常州市第十七届人民代表大会第四次会议上\n常州市市长 王五\n各位代表：", "常州市", nil, .city, 2024),
    HeaderCase("二〇二四年政府工作报告\n各位代表：\n现在，我代表区人民政府，向大会报告工作，请予审议。", nil, nil, .district, 2024),
    HeaderCase("政府工作报告\n——二〇二三年元月十日在泸州市第九届人民代表大会第三次会议上\n泸州市市长 王五\n各位代表：", "泸州市", nil, .city, 2023),
    // Abbreviated session (市十六届人大四次会议).
    HeaderCase("政府工作报告\n——2024年1月15日在市十六届人大四次会议上\n宜昌市市长 张三\n各位代表：", "宜昌市", nil, .city, 2024),
    // Provinces, 直辖市, autonomous regions, the nation.
    HeaderCase(
      "2024年北京市政府工作报告\n——2024年1月21日在北京市第十六届人民代表大会第二次会议上\n北京市市长 殷勇\n各位代表：", "北京市", nil, .province,
      2024),
    HeaderCase(
      "政府工作报告\n——2024年1月23日在广东省第十四届人民代表大会第二次会议上\n广东省省长 王伟中\n各位代表：", "广东省", nil, .province, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月21日在广西壮族自治区第十四届人民代表大会第二次会议上\n自治区主席 蓝天立\n各位代表：", "广西壮族自治区", nil, .province,
      2024),
    HeaderCase(
      "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：", "中华人民共和国", nil, .national, 2024),
    // Cities: 地区, 盟, 自治州.
    HeaderCase(
      "2024年喀什地区政府工作报告\n各位代表：\n现在，我代表地区行署，向大会报告工作。\n一、2023年工作回顾", "喀什地区", nil, .city, 2024),
    HeaderCase("2024年锡林郭勒盟政府工作报告\n锡林郭勒盟行政公署盟长 张三\n各位代表：", "锡林郭勒盟", nil, .city, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月16日在甘孜藏族自治州第十二届人民代表大会第四次会议上\n州长 格桑\n各位代表：", "甘孜藏族自治州", nil, .city, 2024),
    // Counties: 县, 县级市, 旗, 自治县, 特区, 林区.
    HeaderCase(
      "政府工作报告\n——2024年1月9日在融安县第十八届人民代表大会第三次会议上\n融安县县长 吴八\n各位代表：", "融安县", nil, .county, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月12日在昆山市第十七届人民代表大会第四次会议上\n江苏省苏州市昆山市市长 周七\n各位代表：", "昆山市", "苏州市", .county, 2024
    ),
    HeaderCase(
      "政府工作报告\n——2024年1月10日在延边朝鲜族自治州延吉市第十八届人民代表大会第三次会议上\n延吉市市长 金一\n各位代表：", "延吉市", "延边朝鲜族自治州",
      .county, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月8日在义乌市第十七届人民代表大会第四次会议上\n义乌市市长 王二\n各位代表：\n现在，我代表市人民政府向大会报告工作。过去一年，在金华市委、市政府和义乌市委的坚强领导下",
      "义乌市", "金华市", .county, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月12日在晋江市第十八届人民代表大会第四次会议上\n晋江市市长 王七\n各位代表：", "晋江市", nil, .county, 2024),
    HeaderCase("2024年仙桃市政府工作报告\n各位代表：\n一、2023年工作回顾", "仙桃市", nil, .county, 2024),
    HeaderCase("政府工作报告\n——2024年1月12日在江苏省苏州市第十七届人民代表大会第三次会议上\n各位代表：", "苏州市", "江苏省", .city, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月6日在鄂托克旗第十八届人民代表大会第三次会议上\n鄂托克旗旗长 郑九\n各位代表：", "鄂托克旗", nil, .county, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月11日在融水苗族自治县第十七届人民代表大会第四次会议上\n柳州市融水苗族自治县县长 覃十\n各位代表：", "融水苗族自治县", "柳州市",
      .county, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月12日在六盘水市六枝特区第十届人民代表大会第三次会议上\n六枝特区区长 杨一\n各位代表：", "六枝特区", "六盘水市", .county,
      2024),
    HeaderCase(
      "2024年神农架林区政府工作报告\n——2024年1月10日在神农架林区第十届人民代表大会第四次会议上\n神农架林区区长 杨二\n各位代表：", "神农架林区", nil,
      .county, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月10日在甘肃省定西市通渭县第十九届人民代表大会第四次会议上\n通渭县县长 王三\n各位代表：", "通渭县", "定西市", .county, 2024
    ),
    HeaderCase(
      "（广西）2024年柳州市融安县人民政府政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾", "融安县", "柳州市",
      .county,
      2024),
    HeaderCase(
      "政府工作报告\n——2024年1月9日在三江侗族自治县第十七届人民代表大会第四次会议上\n县长 荣四\n各位代表：\n过去一年，在柳州市委、市政府和县委的坚强领导下",
      "三江侗族自治县",
      "柳州市", .county, 2024),
    // Districts: 市辖区, 新区, 开发区 (decided: district).
    HeaderCase(
      "政府工作报告\n——2024年1月8日在北京市朝阳区第十七届人民代表大会第四次会议上\n北京市朝阳区区长 赵六\n各位代表：", "朝阳区", "北京市", .district,
      2024),
    HeaderCase(
      "政府工作报告\n——2024年1月8日在南山区第七届人民代表大会第五次会议上\n南山区区长 王十一\n各位代表：\n现在，我代表区人民政府向大会报告工作。过去一年，在深圳市委、市政府和区委的坚强领导下",
      "南山区", "深圳市", .district, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月9日在上海市浦东新区第七届人民代表大会第四次会议上\n浦东新区区长 吴金印\n各位代表：", "浦东新区", "上海市", .district,
      2024),
    HeaderCase(
      "2024年南通经济技术开发区管委会工作报告\n党工委副书记、管委会主任 张三\n各位代表：\n一、2023年工作回顾", "南通经济技术开发区", nil, .district,
      2024),
    // Towns: 镇, 乡, 街道 (decided: town).
    HeaderCase(
      "政府工作报告\n——2024年1月18日在通渭县平襄镇第十八届人民代表大会第四次会议上\n平襄镇镇长 钱一\n各位代表：", "平襄镇", "通渭县", .town, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月19日在李家店乡第十八届人民代表大会第四次会议上\n通渭县李家店乡人民政府乡长 孙二\n各位代表：", "李家店乡", "通渭县", .town,
      2024),
    HeaderCase("2024年政府工作报告\n南昌市东湖区百花洲街道办事处主任 张三\n各位代表：\n一、2023年工作回顾", "百花洲街道", "东湖区", .town, 2024),
    // More shapes: chains in the title, masked chains, one-line scrapes, the national congress.
    HeaderCase(
      "2024年深圳市南山区政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作。\n一、2023年工作回顾", "南山区", "深圳市", .district, 2024),
    HeaderCase("2024年通渭县平襄镇人民政府工作报告\n各位代表：\n一、2023年工作回顾", "平襄镇", "通渭县", .town, 2024),
    HeaderCase("2024年宜宾市政府工作报告（摘要）\n各位代表：\n一、2023年工作回顾", "宜宾市", nil, .city, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月10日在XX省XX市XX县第十八届人民代表大会第三次会议上\n各位代表：", "XX县", "XX市", .county, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月10日在融水苗族自治县安太乡第十八届人民代表大会第三次会议上\n安太乡乡长 韦五\n各位代表：", "安太乡", "融水苗族自治县", .town,
      2024),
    HeaderCase(
      "2024年静宁县政府工作报告——2024年1月20日在静宁县第十九届人民代表大会第四次会议上 静宁县人民政府县长 李六 各位代表：现在，我代表县人民政府，向大会报告工作。",
      "静宁县",
      nil, .county, 2024),
    HeaderCase(
      "政府工作报告\n——1985年3月27日在第六届全国人民代表大会第三次会议上\n国务院总理 赵紫阳\n各位代表：", "中华人民共和国", nil, .national, 1985),
    HeaderCase(
      "政府工作报告\n——在静宁县第十八届人民代表大会第三次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n一、2023年工作回顾", "静宁县", nil,
      .county,
      2024),
    HeaderCase(
      "2022年静宁县政府工作报告\n各位代表：\n一、过去五年工作回顾\n五年来，全县经济稳中有进。\n二、今后五年的目标任务\n三、2022年工作安排", "静宁县", nil,
      .county, 2022),
    // The date on a line of its own, or above the meeting line.
    HeaderCase("政府工作报告\n昆明市市长 张三\n（2024年1月15日）\n各位代表：", "昆明市", nil, .city, 2024),
    HeaderCase(
      "政府工作报告\n——2024年1月15日\n在昆明市第十五届人民代表大会第三次会议上\n昆明市市长 张三\n各位代表：", "昆明市", nil, .city, 2024),
    HeaderCase(
      "2023年昆明市政府工作报告\n——2024 年 1 月 15 日在昆明市第十五届人民代表大会第三次会议上\n各位代表：", "昆明市", nil, .city, 2024),
    // Reports with no date at all.
    HeaderCase("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2023年工作回顾", nil, nil, .city, 2024),
    HeaderCase(
      "政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n过去一年，全县经济稳中有进。\n今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。",
      nil,
      nil, .county, 2024),
    HeaderCase(
      "政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n过去一年，全县经济稳中有进。\n2024年是实现“十四五”规划目标任务的关键一年。", nil,
      nil,
      .county, 2024),
  ]

  @Test(arguments: cases)
  func headerGivesRegionParentLevelYear(c: HeaderCase) {
    var report = Report(doc: "made-up.txt", text: c.text + Self.body)
    var diagnostics: [Diagnostic] = []
    MetadataExtractor.fill(&report, hints: MetadataHints(), diagnostics: &diagnostics)
    #expect(report.region == c.region)
    #expect(report.parent == c.parent)
    #expect(report.level == c.level)
    #expect(report.year == c.year)
  }

  @Test func titleYearContradictingTheMeetingDateWarns() {
    // Made up: the file's title names the year under review, the meeting is in January 2024.
    let text = "2023年淮安市政府工作报告\n——2024年1月15日在淮安市第九届人民代表大会第三次会议上\n淮安市市长 张三\n各位代表：" + Self.body
    var report = Report(doc: "made-up.txt", text: text)
    var diagnostics: [Diagnostic] = []
    MetadataExtractor.fill(&report, hints: MetadataHints(), diagnostics: &diagnostics)
    #expect(report.year == 2024)
    #expect(report.meetingDate == "2024-01-15")
    #expect(diagnostics.contains { $0.kind == "metadata_conflict" && $0.message.contains("2023") })
  }

  @Test(arguments: [
    // Made-up speaker lines.
    ("政府工作报告\n——2024年1月16日在甘孜藏族自治州第十二届人民代表大会第四次会议上\n州长 格桑\n各位代表：", "格桑", "州长"),
    ("政府工作报告\n——2024年1月6日在鄂托克旗第十八届人民代表大会第三次会议上\n鄂托克旗旗长 郑九\n各位代表：", "郑九", "旗长"),
    ("政府工作报告\n——2024年2月20日在海东市第三届人民代表大会第五次会议上\n海东市代市长 李四\n各位代表：", "李四", "代市长"),
    ("政府工作报告\n——2024年1月9日在昆明市第十五届人民代表大会第三次会议上\n昆明市市长　张　三\n各位代表：", "张三", "市长"),
    ("政府工作报告\n——2024年1月9日在海东市第三届人民代表大会第五次会议上\n海东市人民政府代理市长 李四\n各位代表：", "李四", "代理市长"),
    ("2024年南通经济技术开发区管委会工作报告\n党工委副书记、管委会主任 张三\n各位代表：", "张三", "主任"),
    ("政府工作报告\n——二〇二四年一月十五日在常州市第十七届人民代表大会第四次会议上\n常州市市长 王五\n各位代表：", "王五", "市长"),
  ])
  func speakerRoles(text: String, speaker: String, role: String) {
    let h = ReportHeader(text: text)
    #expect(h.speaker == speaker)
    #expect(h.speakerRole == role)
  }

  @Test func chineseNumeralDatesBecomeISO() {
    #expect(ReportHeader(text: "——二〇二四年一月十五日在常州市第十七届人民代表大会第四次会议上").meetingDate == "2024-01-15")
    #expect(ReportHeader(text: "——二〇二三年元月三十一日在泸州市第九届人民代表大会第三次会议上").meetingDate == "2023-01-31")
    #expect(ReportHeader(text: "——2024年1月15日在市十六届人大四次会议上").congressSession == "第十六届人民代表大会第四次会议")
  }

  @Test func countyLevelCitiesAreListedWithTheirParents() {
    #expect(RegionName.countyLevelCities.count > 300)
    #expect(RegionName.countyLevelCities["昆山市"] == "苏州市")
    #expect(RegionName.countyLevelCities["仙桃市"] == "湖北省")
    #expect(RegionName.countyLevelCities["苏州市"] == nil)
    #expect(RegionName.level(of: "义乌市", under: nil) == .county)
    #expect(RegionName.level(of: "云浮市", under: "广东省") == .city)
  }

  @Test func headersReadThroughCleaning() throws {
    // Made up: a Traditional header with fullwidth digits, as a scan of a Taiwan-typeset or
    // Hong Kong-converted file would give; metadata is read after conversion and cleaning.
    let text =
      "政府工作報告\n——２０２４年１月１５日在昆明市第十五屆人民代表大會第三次會議上\n昆明市市長 張三\n各位代表：\n現在，我代表市人民政府，向大會報告工作，請予審議，並請市政協委員提出意見。"
    var diagnostics: [Diagnostic] = []
    let reports = ReportBuilder().reports(
      from: SourceDocument(doc: "made-up.txt", text: text), diagnostics: &diagnostics)
    let report = try #require(reports.first)
    #expect(report.region == "昆明市" && report.level == .city && report.year == 2024)
    #expect(
      report.meetingDate == "2024-01-15" && report.speaker == "张三" && report.speakerRole == "市长")
    #expect(report.congressSession == "第十五届人民代表大会第三次会议")
  }
}
