import BaogaoCore
import Testing

/// Sections of real reports: headings on their own lines, run into one long line, and numbered
/// at several depths.
@Suite struct StructureParserTests {
  static func report(_ path: String, position: Int = 1) throws -> Report {
    let all = try ExtractionScoring.reports([path])
    return try #require(all.first { $0.position == position })
  }

  @Test func countySeedHasReviewAndTasks() throws {
    let r = try Self.report("seeds/2024-county-anonymized-guangdong.txt")
    let s = StructureParser.structure(of: r)
    let review = try #require(s.sections.first { $0.heading == "2023年工作回顾" })
    #expect(review.kind == .review)
    #expect(review.depth == 1)
    let tasks = try #require(s.sections.first { $0.heading == "2024年工作安排" })
    #expect(tasks.kind == .tasks)
    #expect(review.end <= tasks.start)
  }

  /// The web page puts each report on one line; spaces mark its paragraphs.
  @Test func oneLineReportHasNestedHeadings() throws {
    let r = try Self.report("seeds/2019-2021-guangdong-web-page-10-reports.txt", position: 1)
    let s = StructureParser.structure(of: r)
    let review = try #require(s.sections.first { $0.heading == "2020年及“十三五”时期工作回顾" })
    #expect(review.kind == .review)
    let first = try #require(s.sections.first { $0.heading == "一、落实“六稳”“六保”成效显著" })
    #expect(first.parentIndex == review.index)
    #expect(first.depth == review.depth + 1)
    #expect(first.kind == .review)
    let plan = try #require(s.sections.first { $0.heading.contains("“十四五”时期的发展目标") })
    #expect(plan.kind == .targets)
    let tasks = try #require(s.sections.first { $0.heading == "2021年工作安排" })
    #expect(tasks.kind == .tasks)
    #expect(s.sections.contains { $0.parentIndex == tasks.index && $0.kind == .tasks })
  }

  /// 阳东区: headings run straight into their text with no stop (`三、2021年工作安排2021年是…`).
  @Test func runInHeadingsEndAfterTheirHeadingWord() throws {
    let r = try Self.report("seeds/2019-2021-guangdong-web-page-10-reports.txt", position: 3)
    let s = StructureParser.structure(of: r)
    let review = try #require(s.sections.first { $0.heading == "一、2020年及“十三五”时期工作回顾" })
    #expect(review.kind == .review)
    let plan = try #require(s.sections.first { $0.heading == "二、“十四五”时期主要目标和任务" })
    #expect(plan.kind == .targets)
    let tasks = try #require(s.sections.first { $0.heading == "三、2021年工作安排" })
    #expect(tasks.kind == .tasks)
    #expect(s.sentences.contains { $0.text == "三、2021年工作安排" })
  }

  /// 融安县: `一、` → `（一）` → `——` run-in headings, and the government and notes parts.
  @Test func threeLevelsAndGovernmentAndNotes() throws {
    let r = try Self.report("seeds/2024-rongan-county-guangxi-traditional-pinyin.txt")
    let s = StructureParser.structure(of: r)
    let targets = try #require(s.sections.first { $0.heading.hasPrefix("二、2024年工作目标") })
    #expect(targets.kind == .targets)
    let sub = try #require(
      s.sections.first { $0.heading.hasPrefix("（一）聚力转型升级") || $0.heading.hasPrefix("(一)聚力转型升级") })
    #expect(sub.parentIndex == targets.index)
    let dash = try #require(s.sections.first { $0.heading == "——加快项目建设" })
    #expect(dash.parentIndex == sub.index)
    #expect(dash.depth == sub.depth + 1)
    #expect(s.sections.contains { $0.kind == .government && $0.heading.contains("政府自身建设") })
    #expect(s.sections.contains { $0.kind == .notes })
  }

  /// National 2004: `——` list items in the review are siblings of its `（一）` parts, and a
  /// short item's heading stops at its full stop.
  @Test func dashItemsAreNotParents() throws {
    let reports = try ExtractionScoring.reports(["national/national-1954-2025.jsonl"])
    let r = try #require(reports.first { $0.position == 40 })
    let s = StructureParser.structure(of: r)
    let item = try #require(s.sections.first { $0.heading.hasSuffix("国家财力明显增强") })
    let part = try #require(s.sections.first { $0.heading.hasSuffix("采取果断措施，集中力量抗击非典") })
    #expect(item.parentIndex == part.parentIndex)
    #expect(item.depth == part.depth)
    #expect(s.sections[try #require(part.parentIndex)].kind == .review)
  }

  /// Fragments at the edges of the grammar neither crash nor invent facts (made-up inputs).
  @Test(arguments: [
    "", "一、", "（一", "——", "百分之", "XX", "1.", "①", "。。", "“", "增长%", "地区生产总值", "6-", "十四五”",
  ])
  func fragmentsAreSafe(_ text: String) {
    let report = Report(id: "r1", doc: "made-up.txt", year: 2024, text: text)
    let s = StructureParser.structure(of: report)
    #expect(s.sentences.allSatisfy { $0.start < $0.end && $0.end <= text.unicodeScalars.count })
    #expect(IndicatorExtractor().indicators(in: report, structure: s).isEmpty)
  }

  /// The national reports: each section's span lies within its parent's, in text order.
  @Test func spansNestAcrossTheNationalCorpus() throws {
    let reports = try ExtractionScoring.reports(["national/national-1954-2025.jsonl"])
    #expect(reports.count >= 50)
    for r in reports.prefix(20) {
      let s = StructureParser.structure(of: r)
      #expect(s.sections.contains { $0.kind == .review }, "\(r.year ?? 0)")
      for sec in s.sections {
        #expect(sec.start < sec.end)
        if let p = sec.parentIndex {
          #expect(s.sections[p].start <= sec.start && sec.end <= s.sections[p].end)
        }
      }
    }
  }
}

/// Numbered lines: headings, and the short sentences that are numbered but are not headings.
@Suite struct NumberedLineTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var line: String
    /// The heading read from the line, or nil when it is a sentence.
    var heading: String?
    var testDescription: String { line }
  }

  static let cases: [Case] = [
    // Made-up: short numbered results are sentences.
    Case(line: "1.全年地区生产总值增长6%。", heading: nil),
    Case(line: "（二）粮食产量52.3万吨，增长2.1%。", heading: nil),
    Case(line: "2、一般公共预算收入8.5亿元。", heading: nil),
    // Made-up and real wording: headings name tasks in words.
    Case(line: "（一）加快产业升级。", heading: "（一）加快产业升级"),
    Case(line: "一、2024年工作回顾", heading: "一、2024年工作回顾"),
    Case(line: "3.实施“百千万工程”", heading: "3.实施“百千万工程”"),
  ]

  @Test(arguments: cases) func numberedLine(_ c: Case) {
    let text = "各位代表：\n\(c.line)\n推动工作落实。"
    let s = StructureParser.structure(of: Report(id: "r1", doc: "made-up.txt", text: text))
    #expect(s.sections.first?.heading == c.heading)
  }

  /// A run-in heading's body starts after its full stop: `（一）加快产业升级。推动…`.
  @Test(arguments: [
    ("（一）加快产业升级。推动茶叶提质增效，支持龙头企业扩大加工规模，打造茶叶品牌；加快工业集中区基础设施建设，力争引进工业项目3个以上。", "推动"),
    ("二、稳住经济大盘：全年地区生产总值增长5%，固定资产投资增长3%，社会消费品零售总额增长4%，居民人均可支配收入增长5.5%，各项指标好于预期。", "全年"),
  ])
  func runInBodyStartsAfterStop(_ line: String, _ bodyStart: String) throws {
    // Made-up lines in the shape of demo-corpus and provincial reports.
    let text = "各位代表：\n" + line
    let s = StructureParser.structure(of: Report(id: "r1", doc: "made-up.txt", text: text))
    let section = try #require(s.sections.first)
    let scalars = Array(text.unicodeScalars)
    let body = String(String.UnicodeScalarView(scalars[section.headingEnd..<section.end]))
    #expect(body.hasPrefix(bodyStart), "\(body)")
  }
}
