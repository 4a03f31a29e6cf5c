import Foundation
@testable import BaogaoCore
import Testing

/// Glossary terms from notes sections (`有关用语说明`, `相关用语注释`) and footnote markers.
@Suite struct GlossaryReaderTests {
  @Test func tongweiNotesAreRead() throws {
    let r = try StructureParserTests.report("seeds/2024-tongwei-county-gansu-traditional.txt")
    let terms = StructureParser.structure(of: r).terms
    #expect(terms.count >= 10)
    let t = try #require(terms.first { $0.term == "飞地经济" })
    #expect(t.definition.hasPrefix("两个行政地区"))
    #expect(!t.usedAt.isEmpty)
    #expect(terms.contains { $0.term == "“5155”示范创建行动" })
    let scalars = Array(r.text.unicodeScalars)
    for u in t.usedAt {
      #expect(String(String.UnicodeScalarView(scalars[u..<(u + 4)])) == "飞地经济")
    }
  }

  @Test func ronganNotesAreRead() throws {
    let r = try StructureParserTests.report(
      "seeds/2024-rongan-county-guangxi-traditional-pinyin.txt")
    let terms = StructureParser.structure(of: r).terms
    #expect(terms.count >= 10)
    #expect(terms.contains { $0.term == "千万工程" && $0.definition.contains("千村示范") })
  }

  /// The county seed is cut off before its notes; its ① markers still name terms.
  @Test func markersWithoutNotesNameTerms() throws {
    let r = try StructureParserTests.report("seeds/2024-county-anonymized-guangdong.txt")
    let terms = StructureParser.structure(of: r).terms
    #expect(terms.count >= 10)
    let first = try #require(terms.first { $0.marker == "①" })
    #expect(first.term.contains("1310"))
    #expect(!first.usedAt.isEmpty)
  }

  @Test func madeUpNotesWithCircledMarkers() {
    // Made-up report: a marker in the body, its note at the end.
    let text = "一、工作回顾\n推进“百千万工程”①取得成效。\n注释\n①“百千万工程”：百县千镇万村高质量发展工程。"
    let terms = StructureParser.structure(of: Report(id: "r1", doc: "made-up.txt", text: text))
      .terms
    #expect(terms.count == 1)
    #expect(terms.first?.term == "百千万工程")
    #expect(terms.first?.definition == "百县千镇万村高质量发展工程。")
    #expect(terms.first?.usedAt == [Array(text.unicodeScalars).firstIndex(of: "①")!])
  }
}

/// Uses of a term whose ① markers cleaning removed: found by the term in the cleaned text.
@Suite struct GlossaryUseTests {
  @Test(arguments: [
    // Made-up, in the shape of Notebooks/demo-corpus/2024-yanshi-town.txt: the marker is gone.
    ("推行“三资”管理，深化“三资”管理。", "“三资”管理", 2),
    // Made-up: the body writes the term without its quotes.
    ("推行三资管理。", "“三资”管理", 1),
  ])
  func usesWithoutMarkers(_ body: String, _ term: String, _ count: Int) throws {
    let text = "一、工作回顾\n\(body)\n注释\n①\(term)：指对农村集体资金、资产、资源的管理。"
    let original = text.replacingOccurrences(of: "管理，", with: "管理①，")
    var report = Report(id: "r1", doc: "made-up.txt", text: text)
    report.original = original
    let terms = StructureParser.structure(of: report).terms
    let t = try #require(terms.first { $0.marker == "①" })
    #expect(t.usedAt.count == count)
    let scalars = Array(text.unicodeScalars)
    let notes = try #require(text.unicodeScalars.firstIndex(of: "注"))
    let notesAt = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: notes)
    for u in t.usedAt {
      #expect(u < notesAt)
      #expect(scalars[u] == "“" || scalars[u] == "三")
    }
  }

  /// The demo town report: its ① was removed by cleaning; the term's uses are still found.
  @Test func demoTownTermHasUses() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("Notebooks/demo-corpus/2024-yanshi-town.txt").path
    let reports = ReportLoader().load([path]).reports
    let r = try #require(reports.first, "cannot read \(path)")
    let t = try #require(StructureParser.structure(of: r).terms.first)
    #expect(t.usedAt.count == 2)
  }

}

extension GlossaryReaderTests {
  /// Notes entries in the shapes of the lawtext collection's glossaries (real lines, file named;
  /// long definitions shortened).
  @Test(arguments: [
    // 政府工作报告-其他地市/七台河市/2020.md: a term and its colon, no marker.
    ("六稳：中央提出的“六稳”，即稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。", "六稳", nil as String?, "中央提出的"),
    // 政府工作报告-主要城市/杭州市/2013.md: a term, a space and 指.
    ("十大产业 指杭州市“十二五”时期重点发展的文化创意、旅游休闲、金融服务等十大产业。", "十大产业", nil, "杭州市"),
    // 政府工作报告-主要城市/海口市/2020.md and 2021.md: bracketed numbers.
    ("[6]放管服：简政放权、放管结合、优化服务。", "放管服", "6", "简政放权"),
    ("［18］一带一路：是“丝绸之路经济带”和“21世纪海上丝绸之路”的简称。", "一带一路", "18", "是“丝绸之路"),
    // 政府工作报告-省自治区/河南省/2019.md: a numbered term on its own line, the explanation below.
    (
      "1.“四个着力”“四张牌”（《报告》第1页第13行）\n这是2014年5月习近平总书记视察指导河南工作时提出的重大要求。", "“四个着力”“四张牌”（《报告》第1页第13行）",
      "1", "这是2014年5月"
    ),
  ])
  func lawtextEntryShapes(entry: String, term: String, marker: String?, definitionStart: String)
    throws
  {
    let text = Array(("《政府工作报告》名词解释\n" + entry).unicodeScalars)
    let start = "《政府工作报告》名词解释\n".unicodeScalars.count
    let entries = GlossaryReader.entries(in: text, range: start..<text.count, reportID: "r1")
    #expect(entries.count == 1)
    let first = try #require(entries.first)
    #expect(first.term == term)
    #expect(first.marker == marker)
    #expect(first.definition.hasPrefix(definitionStart))
  }

  /// Notes headings framed by the report's name, a lead-in or a remark (real lawtext lines).
  @Test(arguments: [
    ("《政府工作报告》注释", true), ("政府工作报告名词解释", true), ("《政府工作报告》释义", true),
    ("附：《政府工作报告》部分词语解释", true), ("资料：《政府工作报告》名词解释（按报告中出现顺序排列）", true),
    ("附件 《政府工作报告》名词注释", true), ("2.《政府工作报告》有关名词解释", true),
    ("《政府工作报告》名词术语解释", true),
    // A sentence that mentions a word of notes is no heading.
    ("对有关政策的释义和解读工作要进一步加强和改进", false),
  ])
  func notesHeadings(heading: String, isNotes: Bool) {
    #expect(SectionClassifier.isNotesHeading(heading) == isNotes)
  }
}
