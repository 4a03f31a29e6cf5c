import Foundation
import Testing

@testable import BaogaoCore

/// Each cleaning rule on real excerpts from the seeds and on made-up text, and the loaded seeds
/// checked for anything a rule should have removed.
@Suite struct CleaningTests {
  func applying(_ rule: some CleaningRule, _ text: String) -> (String, [Int]) {
    var t = text
    let positions = rule.apply(&t)
    return (t, positions)
  }

  @Test(arguments: [
    // Real (Rongan seed, converted): glosses after characters.
    ("政府工作報(bào)告", "政府工作報告", 1),
    ("縣長(zhǎng) 于福堅(jiān)", "縣長 于福堅", 2),
    ("人民代表大會(huì)第四次會(huì)議", "人民代表大會第四次會議", 2),
    // Made up: real parentheses stay.
    ("规上(限上)服务业企业9家", "规上(限上)服务业企业9家", 0),
    ("(2019-2022年)中获评", "(2019-2022年)中获评", 0),
    ("国内生产总值(GDP)增长", "国内生产总值(GDP)增长", 0),
    ("（dé）字后无汉字", "（dé）字后无汉字", 0),
  ])
  func pinyinGlosses(input: String, expected: String, count: Int) {
    let (out, positions) = applying(PinyinGlossRule(), input)
    #expect(out == expected)
    #expect(positions.count == count)
  }

  @Test func fullwidthDigitsLettersAndPercent() {
    // Made up.
    let (out, positions) = applying(FullwidthRule(), "２０２３年增长５．２％，ＧＤＰ达到１２３亿元。（一）")
    #expect(out == "2023年增长5.2%，GDP达到123亿元。（一）")
    #expect(positions.count == 14)
  }

  @Test func whitespaceIsNormalisedAndParagraphsKept() {
    // Made up, with the spacing of the national JSONL (ideographic spaces) and an export's literal <U+00A0>.
    let (out, _) = applying(
      WhitespaceRule(),
      "\u{3000}\u{3000}现在，我代表国务院\n\n\n国务院总理\u{3000}\n李\u{3000}强\n增长<U+00A0>5%\u{A0}\u{A0}左右  。")
    #expect(out == "现在，我代表国务院\n国务院总理\n李强\n增长 5% 左右 。")
  }

  @Test func flattenedReportRegainsParagraphs() {
    // Made up, in the shape of the Tongwei seed: one line, paragraphs separated by spaces.
    let body = String(repeating: "全县经济稳步增长，民生持续改善。", count: 100)
    let line =
      "2024年某某县政府工作报告 ——2024年1月21日在某某县第十九届人民代表大会第四次会议上 某某县人民政府县长 张三 各位代表: 现在,我代表县人民政府,向大会报告工作。 \(body) 2023年工作回顾 \(body)"
    let (out, _) = applying(WhitespaceRule(), line)
    let lines = out.split(separator: "\n").map(String.init)
    #expect(
      lines.prefix(5) == [
        "2024年某某县政府工作报告", "——2024年1月21日在某某县第十九届人民代表大会第四次会议上", "某某县人民政府县长 张三", "各位代表:",
        "现在,我代表县人民政府,向大会报告工作。",
      ])
    #expect(lines.contains("2023年工作回顾"))
  }

  @Test func siteChromeLinesAndFragments() {
    // Made up page around a report, with the chrome the issue lists.
    let page = """
      -
      【某某招商】2021年某某区政府工作报告
      下载 打印 全屏 收藏
      【字号：加大 还原 减小】
      来源：某某区人民政府网
      各位代表：现在，我代表区人民政府向大会报告工作。（记者 张三 摄）
      相关报道
      2025-07-08
      有想补充的信息?点我投稿
      - 联系我们
      - 企业入驻
      分享到：微信 微博
      """
    var text = page
    let found = SiteChromeRule.shared.apply(&text)
    // The site's label on the title is outside the body: ReportBodyRuleTests.
    #expect(text == "【某某招商】2021年某某区政府工作报告\n各位代表：现在，我代表区人民政府向大会报告工作。")
    #expect(found["site_chrome_removed"]?.count == 11)
  }

  @Test func sharingSitePreambleIsRemoved() {
    // Real first line of the docx-scrape seed.
    var text =
      "《2021年政府工作报告(区县).docx》由会员分享,可在线阅读,更多相关《2021年政府工作报告(区县).docx(33页珍藏版)》请在课桌文档上搜索。\n1、各位代表:现在,"
    let found = SiteChromeRule.shared.apply(&text)
    #expect(text == "1、各位代表:现在,")
    #expect(found["preamble_removed"] == [0])
  }

  @Test func pageNumberSplicesAreJoined() {
    // Real excerpt of the docx-scrape seed (page ends shortened).
    let (out, positions) = applying(
      PageSpliceRule(),
      "1、各位代表:现在,我代表县人民政府向大会报告工作,较好地完成了县十四届XX历次会议确\n2、定的目标任务,全县经济社会发展迈上了新台阶。工业投资和制造业投资均实现翻\n3、两番。产业层次稳步提升,XX开发区面积拓展XX平方公\n4、里,XX个小微企业园建成投用。"
    )
    #expect(
      out
        == "各位代表:现在,我代表县人民政府向大会报告工作,较好地完成了县十四届XX历次会议确定的目标任务,全县经济社会发展迈上了新台阶。工业投资和制造业投资均实现翻两番。产业层次稳步提升,XX开发区面积拓展XX平方公里,XX个小微企业园建成投用。"
    )
    #expect(positions.count == 4)
  }

  @Test func realNumberedListsAreNotPageSplices() {
    // Made up: a list after a colon, each item a finished sentence.
    let list = "主要抓了以下工作：\n1、加强产业建设。\n2、推进乡村振兴。\n3、改善民生。"
    let (out, positions) = applying(PageSpliceRule(), list)
    #expect(out == list)
    #expect(positions.isEmpty)
  }

  @Test func footnoteMarkersAfterWordsGoListMarkersStay() {
    // Real excerpt (2024 county seed) and a made-up list.
    let (out, positions) = applying(
      FootnoteMarkerRule(), "全面贯彻落实省委“1310”具体部署①、市委“248”战略目标体系②和\n①加强产业。")
    #expect(out == "全面贯彻落实省委“1310”具体部署、市委“248”战略目标体系和\n①加强产业。")
    #expect(positions.count == 2)
  }

  @Test func tableOfContentsBeforeTheTitleIsRemoved() {
    // Real start of the 2024 county seed, shortened.
    let (out, positions) = applying(
      TableOfContentsRule(),
      "一、坚持构建现代化产业体系\n二、坚持强化乡镇联城带村功能\n三、坚持建设宜居宜业和美乡村\n2024年XX县政府工作报告\n各位代表:")
    #expect(out == "2024年XX县政府工作报告\n各位代表:")
    #expect(positions.count == 3)
  }

  @Test func linksBrokenAcrossLinesAreJoined() {
    // Real shape of the national JSONL (Wikisource links on their own lines).
    let (out, _) = applying(
      LineSplitRule(), "政府工作报\n告\n会议听取和审议了国务院总理李强所作的\n政府工作报告\n。会议充分肯定\n一、2024年工作回顾\n过去一年")
    #expect(out == "政府工作报告\n会议听取和审议了国务院总理李强所作的政府工作报告。会议充分肯定\n一、2024年工作回顾\n过去一年")
  }

  @Test func aFigureCutFromItsVerbByAPageBreakIsJoined() {
    // Made-up text in the shape of 海南 1997's scan: the verb ends a line, blank lines, then the
    // figure. A heading ending on a verb (numbered or not) before a year, and a line ending a
    // sentence, stay apart.
    let (out, positions) = applying(
      LineSplitRule(),
      "今年的主要目标是：甲市生产总值比上年增长\n\n10%，财政收入增长8%。\n三、经济总量实现新突破\n2023年，我们…\n全年收入为\n12亿元。\n工作成效显著。\n2024年的任务\n经济总量实现新突破\n2024年，我们…")
    #expect(
      out
        == "今年的主要目标是：甲市生产总值比上年增长10%，财政收入增长8%。\n三、经济总量实现新突破\n2023年，我们…\n全年收入为12亿元。\n工作成效显著。\n2024年的任务\n经济总量实现新突破\n2024年，我们…")
    #expect(positions.count == 2)
  }

  @Test(arguments: [
    // Real (Tongwei, Rongan seeds): mojibake spans.
    ("构筑了县域经济大框架?!巴ㄎ键S芪”“通渭粉條”獲得", 1, 0),
    ("假日營業額突破4億元??h級物流中心建成運行", 1, 0),
    ("我們?cè)邗謪枈^發中積累前行勝勢", 1, 0),
    // Real (web-page seed): a lost footnote marker, not mojibake.
    ("“六地”?建设、“七大特色产业集群", 0, 1),
    // Made up: an ASCII question mark between sentences in English-punctuated text, and U+FFFD.
    ("增长了吗? yes", 0, 0),
    ("全县\u{FFFD}\u{FFFD}经济", 1, 0),
  ])
  func mojibakeAndLostCharacters(input: String, mojibake: Int, lost: Int) {
    let result = MojibakeRule().scan(input)
    #expect(result.mojibake.count == mojibake)
    #expect(result.lost.count == lost)
  }

  @Test func placeholdersOCRSlipsAndCutOffEndsAreFlaggedNotChanged() {
    // Real excerpts (docx-scrape and 2024 county seeds).
    let masked = "全县地区生产总值增长X%,一般公共预算收入XX亿元,XXXX年是关键之年,X光机一台"
    var text = masked
    #expect(PlaceholderRule().apply(&text).count == 3)
    #expect(text == masked)
    var slip = "完成科技产业园建设工程总工程量的xx%o加快水晶"
    #expect(OCRSlipRule().apply(&slip).count == 1)
    var cut = "坚持把推进中国式现代化作为最大的政治,以“进”的姿态,守住“稳”的底线,保持经济运行在合理区间,更好实现“"
    #expect(TruncationRule().apply(&cut).count == 1)
    var whole = "让我们更加紧密地团结在以习近平同志为核心的党中央周围,为建设美丽某某而努力奋斗!"
    #expect(TruncationRule().apply(&whole).isEmpty)
  }

  @Test func cleanedSeedsKeepNoneOfWhatRulesRemove() throws {
    let reports = LoaderTestSupport.seeds.reports
    #expect(reports.count == 14)
    let toned = PinyinGlossRule.toneMarked
    let fragments = ["下载 打印", "【字号", "点我投稿", "由会员分享", "招商】", "Public domain"]
    let chromeLines: Set<Substring> = ["-", "- 联系我们", "- 企业入驻", "2025-07-08", "相关报道", "|"]
    for report in reports {
      let scalars = Array(report.text.unicodeScalars)
      for i in scalars.indices.dropLast() where scalars[i] == "(" {
        #expect(
          !toned.contains(scalars[i + 1])
            && !(i + 2 < scalars.count && toned.contains(scalars[i + 2])), "\(report.doc)")
      }
      #expect(
        !report.text.unicodeScalars.contains {
          (0xFF10...0xFF19).contains($0.value) || $0.value == 0xFF05
        })
      #expect(!report.text.unicodeScalars.contains { $0 == "\u{3000}" || $0 == "\u{A0}" })
      for c in fragments { #expect(!report.text.contains(c), "\(report.doc): \(c)") }
      for line in report.text.split(separator: "\n") {
        #expect(!chromeLines.contains(line) && !line.hasPrefix("来源："), "\(report.doc): \(line)")
        #expect(
          PageSpliceRule.leadingNumber(String(line)) == nil || !report.doc.contains("docx-scrape"),
          "\(line.prefix(20))")
        #expect(!line.isEmpty && line.first != " ")
      }
      #expect(report.text.components(separatedBy: "\n\n").count == 1)
    }
    let scrape = try #require(reports.first { $0.doc.contains("docx-scrape") })
    #expect(scrape.text.contains("较好地完成了县十四届XX历次会议确定的目标任务"))
    #expect(scrape.diagnostics.first { $0.kind == "page_splice_joined" }?.count == 49)
    let tongwei = try #require(reports.first { $0.region == "通渭县" })
    #expect((tongwei.diagnostics.first { $0.kind == "mojibake_flagged" }?.count ?? 0) >= 5)
    #expect(tongwei.text.split(separator: "\n").count > 30)
    let rongan = try #require(reports.first { $0.region == "融安县" })
    #expect(rongan.diagnostics.first { $0.kind == "pinyin_gloss_removed" }?.count == 2579)
    #expect(
      rongan.original.contains("報(bào)告") && rongan.text.hasPrefix("(广西)2024年柳州市融安县人民政府政府工作报告"))
    for kind in ["truncated_flagged", "placeholder_flagged"] {
      let county = try #require(
        reports.first { $0.doc.hasSuffix("2024-county-anonymized-guangdong.txt") })
      #expect(county.diagnostics.contains { $0.kind == kind && $0.severity == .warning })
    }
  }
}
