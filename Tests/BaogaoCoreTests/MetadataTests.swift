import Foundation
import Testing

@testable import BaogaoCore

/// Header parsing, government names and year evidence on real header lines and made-up text.
@Suite struct MetadataTests {
  @Test(arguments: [
    ("揭阳市榕城区", ["揭阳市", "榕城区"]), ("柳州市融安县", ["柳州市", "融安县"]), ("广西壮族自治区", ["广西壮族自治区"]),
    ("新市镇", ["新市镇"]), ("深圳市南山区", ["深圳市", "南山区"]), ("XX县", ["XX县"]), ("郑州市金水区", ["郑州市", "金水区"]),
  ])
  func regionChainsSplitIntoUnits(chain: String, units: [String]) {
    #expect(RegionName.units(chain) == units)
  }

  @Test func levelsFromSuffixes() {
    #expect(RegionName.level(of: "上海市") == .province)
    #expect(RegionName.level(of: "广西壮族自治区") == .province)
    #expect(RegionName.level(of: "云浮市") == .city)
    #expect(RegionName.level(of: "榕城区") == .district)
    #expect(RegionName.level(of: "融安县") == .county)
    #expect(RegionName.level(of: "泗水镇") == .town)
    #expect(RegionName.units("政府工作报告古丁镇") == nil)
  }

  @Test(arguments: [
    // Real header lines from the seeds and the provincial reports.
    (
      "2021年榕城区政府工作报告\n2021年3月1日在揭阳市榕城区第六届人民代表大会第六次会议上\n揭阳市榕城区人民政府区长郭;翔\n各位代表:", "2021-03-01",
      "第六届人民代表大会第六次会议", "揭阳市榕城区", "郭翔", "区长"
    ),
    (
      "2025年上海市政府工作报告\n----2025年1月15日龚正市长在上海市第十六届人民代表大会第三次会议上\n各位代表：", "2025-01-15",
      "第十六届人民代表大会第三次会议", "上海市", "龚正", "市长"
    ),
    (
      "2025年北京市政府工作报告\n2025年1月14日在北京市第十六届人民代表大会第三次会议上\n北京市市长 殷勇同志作政府工作报告。\n各位代表：", "2025-01-14",
      "第十六届人民代表大会第三次会议", "北京市", "殷勇", "市长"
    ),
    (
      "2025年新疆政府工作报告\n2025年1月19日在新疆维吾尔自治区第十四届人民代表大会第三次会议上\n自治区主席 艾尔肯·吐尼亚孜\n各位代表：", "2025-01-19",
      "第十四届人民代表大会第三次会议", "新疆维吾尔自治区", "艾尔肯·吐尼亚孜", "主席"
    ),
    // lawtext 四川省/2018.md: the date in brackets after the meeting line.
    (
      "政府工作报告\n在四川省第十三届人民代表大会第二次会议上（2019年1月14日）\n\n四川省人民政府省长尹力 \n\n各位代表：", "2019-01-14",
      "第十三届人民代表大会第二次会议", "四川省", "尹力", "省长"
    ),
    (
      "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理\n李强\n各位代表：", "2024-03-05", "第十四届全国人民代表大会第二次会议",
      "", "李强", "总理"
    ),
  ])
  func headerLines(
    text: String, date: String, session: String, place: String, speaker: String, role: String
  ) {
    let h = ReportHeader(text: text)
    #expect(h.meetingDate == date)
    #expect(h.congressSession == session)
    #expect(h.meetingPlace == place)
    #expect(h.speaker == speaker)
    #expect(h.speakerRole == role)
  }

  @Test func titlePlaces() {
    #expect(MetadataExtractor.placeInTitle("(广西)2024年柳州市融安县人民政府政府工作报告") == "柳州市融安县")
    #expect(MetadataExtractor.placeInTitle("【云浮招商】云浮市政府工作报告") == "云浮市")
    #expect(MetadataExtractor.placeInTitle("2025年广西政府工作报告") == "广西")
    // lawtext 深圳市/2025.md: the resolution on the report.
    #expect(
      MetadataExtractor.placeInTitle("深圳市第七届人民代表大会第六次会议关于深圳市人民政府工作报告的决议") == "深圳市")
  }

  @Test func yearFromMaskedContentBeatsTheTitle() {
    // Made up: a masked report whose file title says 2021 but whose content dates it to 2022.
    var e = YearEvidence()
    e.add(2021, weight: 1, source: "the title")
    e.addContent("各位代表:回顾XXXX年……以优异成绩迎接党的二十大胜利召开!")
    #expect(e.best?.year == 2022)
    var review = YearEvidence()
    review.addContent("各位代表:\n2023年工作回顾\n……\n2024年工作安排")
    #expect(review.best?.year == 2024)
  }

  /// A slip in the meeting line gives way to the place the text names (lawtext 宿迁市/2015.md is
  /// 宿州市's report, its meeting line says 苏州市); a parent above the region and a place named
  /// no more often do not.
  @Test(
    arguments: [
      // Made up: the text names the title's city far more often.
      (["苏州市", "宿州市"], "宿州宿州宿州宿州", "宿州市"),
      // Made up: named about as often, the meeting line stays first.
      (["苏州市", "宿州市"], "宿州宿州苏州", "苏州市"),
      // Made up: a chain naming the unit above is no slip.
      (["高州市", "茂名市"], "茂名茂名茂名茂名", "高州市"),
    ] as [([String], String, String)])
  func slipInTheFirstChain(chains: [String], text: String, first: String) {
    #expect(MetadataExtractor.preferringTheNamedUnit(chains, in: text).first == first)
  }

  @Test func madeUpTownReportGetsParentFromItsHeader() {
    // Made up report text.
    let text =
      "2020年某某镇政府工作报告\n2020年3月2日在某某镇第十六届人民代表大会第五次会议上\n某某县某某镇人民政府镇长李四\n各位代表:\n现在，我代表镇人民政府向大会报告工作。2019年工作回顾"
    var report = Report(doc: "x.txt", text: text)
    var diagnostics: [Diagnostic] = []
    MetadataExtractor.fill(&report, hints: MetadataHints(), diagnostics: &diagnostics)
    #expect(report.region == "某某镇" && report.parent == "某某县" && report.level == .town)
    #expect(report.year == 2020 && report.speaker == "李四" && report.meetingDate == "2020-03-02")
    #expect(diagnostics.isEmpty)
  }
}
