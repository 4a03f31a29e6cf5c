import Testing

@testable import BaogaoCore

/// Finding the report's body, and the page-furniture shapes removed inside it.
@Suite struct ReportBodyRuleTests {
  func cleaned(_ text: String) -> (String, [Diagnostic]) {
    let c = TextCleaner.shared.clean(text)
    return (c.text, c.diagnostics)
  }

  /// Made up: a government portal's page, one control per line, a photo caption, a share bar,
  /// and links after the report. None of its phrases is in a rule as a phrase of this page.
  static let portalPage = """
    首页 > 政务公开 > 规划计划
    某某市人民政府门户网站
    下载
    打印
    全屏
    收藏
    【字号：
    加大
    还原
    减小
    】
    2024年某某市政府工作报告
    ——2024年1月10日在某某市第十六届人民代表大会第四次会议上
    某某市人民政府市长 张三
    某某同志作政府工作报告。本报记者 李四摄
    各位代表：
    现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。
    一、2023年工作回顾
    过去一年，全市地区生产总值增长5.5%，一般公共预算收入增长6.1%，城乡居民收入稳步提高。
    各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为建设美丽某某而努力奋斗！
    微信 微博 QQ空间
    上一篇：某某市2023年政府工作报告
    相关链接
    无障碍浏览
    长者模式
    English
    网站地图
    """

  @Test func portalPageKeepsOnlyTheReport() {
    let (text, diagnostics) = cleaned(Self.portalPage)
    #expect(
      text.split(separator: "\n") == [
        "2024年某某市政府工作报告",
        "——2024年1月10日在某某市第十六届人民代表大会第四次会议上",
        "某某市人民政府市长 张三",
        "各位代表：",
        "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。",
        "一、2023年工作回顾",
        "过去一年，全市地区生产总值增长5.5%，一般公共预算收入增长6.1%，城乡居民收入稳步提高。",
        "各位代表！让我们更加紧密地团结在以习近平同志为核心的党中央周围，为建设美丽某某而努力奋斗！",
      ])
    let outside = diagnostics.first { $0.kind == "outside_body_removed" }
    let chrome = diagnostics.first { $0.kind == "site_chrome_removed" }
    // 首页…, 门户网站 above the head; 无障碍浏览, 长者模式, English below the closing.
    #expect(outside?.count == 2 + 3)
    // 9 controls, the caption, the share bar, 上一篇, 相关链接, 网站地图.
    #expect(chrome?.count == 9 + 1 + 1 + 1 + 1 + 1)
  }

  /// The head: where the report starts, in real openings (file named) and made-up ones.
  @Test(
    arguments: [
      // 政府工作报告-其他地市/自贡市/2021.md: the speaker before the meeting line.
      (["自贡市人民政府市长 何树平", "2021年2月5日在自贡市第十七届人民代表大会第六次会议上", "各位代表："], 0),
      // 政府工作报告-主要城市/成都市/2020.md: the date on its own line.
      (["（2020年5月14日）", "在成都市第十七届人民代表大会第三次会议上", "成都市人民政府市长 罗 强", "各位代表："], 0),
      // 政府工作报告-主要城市/北京市/2024.md: a news site's 原标题 line above the title.
      (["原标题：政府工作报告——", "二〇二四年一月二十一日在北京市第十六届人民代表大会第二次会议上", "北京市市长 殷勇", "各位代表："], 1),
      // 政府工作报告-主要城市/太原市/2019.md: the address run into the speaker's line.
      (["政府工作报告", "——19年2月24日在太原市第十四届人民代表大会第四次会议上", "代市长 李晓波各位代表：现在，我代表市人民政府向大会报告工作"], 0),
      // 政府工作报告-主要城市/海口市/2017.md: the meeting's document number first.
      (["海口市十六届人大", "二次会议文件（十二）", "政府工作报告", "——2017年1月21日在海口市第十六届人民代表大会", "第二次会议上", "各位代表："], 0),
      // Made up: a breadcrumb and a site name above the title.
      (["首页 > 政务公开", "某某县人民政府网", "某某县政府工作报告", "各位代表："], 2),
      // Made up: no address and no head in the first lines: nothing is removed.
      (["首页 > 政务公开", "全县经济稳步增长。"], nil),
    ] as [([Substring], Int?)])
  func headStart(lines: [Substring], start: Int?) {
    #expect(ReportBodyRule.headStart(lines) == start)
  }

  /// Closing exhortations, real (file named) and lines that are not one.
  @Test(arguments: [
    // 政府工作报告-主要城市/南昌市/2014.md (shortened).
    ("各位代表，全面深化改革，打造核心增长极，责任重大、使命光荣。让我们紧密团结在以习近平同志为核心的党中央周围，为建设富裕和谐秀美江西而努力奋斗！", true),
    // national-1954-2025.jsonl, 1956.
    ("希望各位代表给我们详细的指示；共同为实现1956年的国家预算而奋斗！", true),
    // Made up: an exclamation that is no closing, and a closing word without one.
    ("这是极不平凡的一年！", false),
    ("我们将继续努力奋斗。", false),
  ])
  func closing(line: Substring, isClosing: Bool) {
    #expect(ReportBodyRule.isClosing(line) == isClosing)
  }

  /// After the closing: notes and appendices stay whole; signatures, dates and notes stay too.
  @Test func whatFollowsTheClosingStaysWhenItIsTheReports() {
    // Real lines: national 1956 (字库未存字注释), 呼伦贝尔市/2023.md (附件), 山西省/2022.md (省长 蓝佛安),
    // 浙江省/2021.md (（本文有删减）).
    let closing = "让我们团结一致，为实现今年的目标任务而努力奋斗！"
    let body = ["各位代表：", "现在，我代表政府向大会报告工作。", closing]
    for tail in [
      ["字库未存字注释：", "＠①原字石右加安"], ["附件2", "《政府工作报告》有关名词解释", "1.“五大任务”：指…"],
      ["省长 蓝佛安"], ["（本文有删减）"], ["谢谢大家！"],
    ] {
      let lines = (body + tail).map { Substring($0) }
      #expect(ReportBodyRule.bodyEnd(lines, from: 0) ?? lines.count == lines.count, "\(tail)")
    }
  }

  /// Page-furniture shapes inside the body: made-up lines of other sites' shapes.
  @Test(arguments: [
    ("殷勇同志作政府工作报告。本报记者 戴冰摄", true),
    ("（上接A2版）", true),
    ("】", true),
    ("微信 微博 QQ空间", true),
    // A credit in brackets after a sentence is cut inline, the sentence stays.
    ("现在，我代表区人民政府向大会报告工作。（记者 张三 摄）", false),
    // One word on its own, not beside other furniture, stays.
    ("全屏", false),
  ])
  func furnitureLines(line: String, removed: Bool) {
    var text = "各位代表：现在，我代表区人民政府向大会报告工作。\n" + line + "\n今年主要预期目标是：地区生产总值增长6%左右。"
    _ = SiteChromeRule.shared.apply(&text)
    #expect(text.split(separator: "\n").count == (removed ? 2 : 3), "\(line)")
  }
}
