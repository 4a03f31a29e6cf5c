import Foundation
import Testing

@testable import BaogaoCore

/// `load` on the real corpus in ../shared: seeds against the gold file, the 31 provincial reports
/// as .docx and inside the zip, the national JSONL.
@Suite struct LoaderTests {
  struct GoldReport: Decodable {
    var doc: String
    var report: Int
    var region: String
    var level: String
    var year: Int
  }

  @Test func seedsMatchGoldRegionLevelAndYear() throws {
    let goldPath = LoaderTestSupport.shared + "/gold/reports.jsonl"
    let goldText = try String(contentsOfFile: goldPath, encoding: .utf8)
    let gold = try goldText.split(separator: "\n").map {
      try JSONDecoder().decode(GoldReport.self, from: Data($0.utf8))
    }
    #expect(gold.count == 14)
    let result = LoaderTestSupport.seeds
    #expect(result.reports.count == 14)
    #expect(result.fileCount == 5)
    for g in gold {
      let doc = LoaderTestSupport.corpus(g.doc)
      let report = try #require(
        result.reports.first { $0.doc == doc && $0.position == g.report }, "\(g.doc) #\(g.report)")
      #expect(report.region == g.region, "\(g.doc) #\(g.report)")
      #expect(report.level?.rawValue == g.level, "\(g.doc) #\(g.report)")
      #expect(report.year == g.year, "\(g.doc) #\(g.report)")
    }
  }

  @Test func seedMetadataBeyondTheGold() throws {
    let reports = LoaderTestSupport.seeds.reports
    let yunfu = try #require(reports.first { $0.region == "云浮市" })
    #expect(yunfu.congressSession == "第六届人民代表大会第七次会议")
    #expect(yunfu.meetingDate == "2021-02-01")
    #expect(yunfu.speaker == "王胜" && yunfu.speakerRole == "市长")
    let rongcheng = try #require(reports.first { $0.region == "榕城区" })
    #expect(rongcheng.parent == "揭阳市")
    #expect(rongcheng.speaker == "郭翔")
    let rongan = try #require(reports.first { $0.region == "融安县" })
    #expect(rongan.parent == "柳州市")
    #expect(rongan.script == .traditional)
    #expect(rongan.speaker == "于福坚" && rongan.speakerRole == "县长")
    #expect(rongan.meetingDate == "2024-01-11")
    let tongwei = try #require(reports.first { $0.region == "通渭县" })
    #expect(tongwei.script == .traditional && tongwei.title == "2024年通渭县政府工作报告")
    #expect(tongwei.congressSession == "第十九届人民代表大会第四次会议")
    #expect(reports.filter { $0.script == .simplified }.count == 12)
  }

  @Test func contradictoryFileGetsAWarning() throws {
    let scrape = try #require(
      LoaderTestSupport.seeds.reports.first { $0.doc.hasSuffix("docx-scrape.txt") })
    #expect(scrape.year == 2022)
    let conflict = try #require(scrape.diagnostics.first { $0.kind == "metadata_conflict" })
    #expect(conflict.severity == .warning)
    #expect(conflict.message.contains("2021") && conflict.message.contains("2022"))
  }

  @Test func webPageSplitsIntoTenReportsInOrder() throws {
    let reports = LoaderTestSupport.seeds.reports.filter {
      $0.doc.hasSuffix("web-page-10-reports.txt")
    }
    #expect(reports.map(\.position) == Array(1...10))
    #expect(
      reports.map { $0.region ?? "" } == [
        "云浮市", "榕城区", "阳东区", "江城区", "紫金县", "南山区", "泗水镇", "荷塘镇", "潭江镇", "古丁镇",
      ])
    #expect(reports.allSatisfy { $0.chars > 2000 })
  }

  @Test func provincialDocxAndZipLoadAs31ReportsEachOf2025() throws {
    let dir = try LoaderTestSupport.requireShared("provincial-2025")
    let docx = try FileManager.default.contentsOfDirectory(atPath: dir).filter {
      $0.hasSuffix(".docx")
    }.sorted()
    #expect(docx.count == 31)
    let fromDocx = ReportLoader().load(docx.map { dir + "/" + $0 })
    let zip = dir + "/31-provinces-2025-docx-gbk-names.zip"
    let fromZip = ReportLoader().load([zip])
    for result in [fromDocx, fromZip] {
      #expect(result.reports.count == 31)
      #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
      #expect(result.reports.allSatisfy { $0.year == 2025 && $0.level == .province })
    }
    #expect(fromZip.fileCount == 1)
    // Each report's region is the government as its text names it; the file name's short form is in it.
    for report in fromDocx.reports {
      let name = (report.doc as NSString).lastPathComponent
      let short = name.replacingOccurrences(of: "2025年", with: "").replacingOccurrences(
        of: "政府工作报告.docx", with: "")
      let region = try #require(report.region, "\(name)")
      #expect(
        region.hasPrefix(
          short.replacingOccurrences(of: "省", with: "").replacingOccurrences(of: "市", with: "")),
        "\(name): \(region)")
      #expect(report.text.contains(region), "\(name)")
    }
    let regions = Set(fromDocx.reports.compactMap(\.region))
    #expect(regions.count == 31)
    for expected in ["广西壮族自治区", "新疆维吾尔自治区", "宁夏回族自治区", "西藏自治区", "内蒙古自治区", "上海市", "黑龙江省"] {
      #expect(regions.contains(expected))
    }
    // Zip entries are named from their GBK bytes, and read to the same text as the .docx files.
    #expect(fromZip.reports.map { ($0.doc as NSString).lastPathComponent } == docx)
    #expect(fromZip.reports.map(\.text) == fromDocx.reports.map(\.text))
    var corpus = Corpus()
    for r in fromDocx.reports { corpus.add(r) }
    let outcomes = fromZip.reports.map { corpus.add($0) }
    #expect(outcomes.allSatisfy { if case .duplicate = $0 { true } else { false } })
  }

  @Test func nationalJSONLLoads52ReportsWithTheirYears() throws {
    let path = try LoaderTestSupport.requireShared("national/national-1954-2025.jsonl")
    let result = ReportLoader().load([path])
    #expect(result.reports.count == 52)
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    var expected: [Int: Int] = [:]
    struct Row: Decodable { var year: String? }
    for (i, line) in lines.enumerated() {
      if let year = try JSONDecoder().decode(Row.self, from: Data(line.utf8)).year.flatMap({
        Int($0)
      }) {
        expected[i + 1] = year
      }
    }
    #expect(expected.count == 52)
    for report in result.reports {
      #expect(report.year == expected[report.position], "line \(report.position)")
      #expect(report.level == .national)
    }
    let skipped = result.diagnostics.filter { $0.kind == "row_skipped" }
    #expect(skipped.count == 20)
    #expect(skipped.allSatisfy { $0.severity == .note && $0.line != nil && $0.file == path })
    #expect(
      !result.reports.contains {
        $0.text.contains("Public domain") || $0.text.contains("本作品是中华人民共和国的")
      })
  }

  @Test func summaryLineListsOnlyWhatHappened() throws {
    let line = LoadSummary.line(
      reports: LoaderTestSupport.seeds.reports, fileCount: 5, duplicates: 0)
    #expect(
      line.hasPrefix(
        "loaded 14 reports from 5 files: 2 converted from Traditional, 2,579 pinyin glosses removed"
      ))
    #expect(line.contains("mojibake spans flagged"))
    #expect(!line.contains("fullwidth"))
    let plain = Report(doc: "a.txt", text: "正文")
    #expect(
      LoadSummary.line(reports: [plain], fileCount: 1, duplicates: 2)
        == "loaded 1 report from 1 file: 2 already loaded (skipped)")
    #expect(LoadSummary.grouped(1_234_567) == "1,234,567")
  }
}
