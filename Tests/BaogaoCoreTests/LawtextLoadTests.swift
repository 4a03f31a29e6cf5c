import Foundation
import Testing

@testable import BaogaoCore

/// All of `../shared/corpus/lawtext` (1,917 reports as Markdown with front matter), loaded once.
@Suite struct LawtextLoadTests {
  static let lawtext: LoadResult = ReportLoader().load([LoaderTestSupport.corpus("lawtext")])

  @Test func oneReportPerFile() throws {
    _ = try LoaderTestSupport.requireShared("lawtext")
    let result = Self.lawtext
    var perFile: [String: Int] = [:]
    for r in result.reports { perFile[r.doc, default: 0] += 1 }
    #expect(result.fileCount == 1918)
    #expect(perFile.count == 1917)
    #expect(perFile.filter { $0.value != 1 }.isEmpty, "\(perFile.filter { $0.value != 1 })")
    // The collection's README is not a report.
    #expect(perFile.keys.allSatisfy { !$0.hasSuffix("SOURCE-README.md") })
    #expect(
      result.diagnostics.contains {
        $0.kind == "not_a_report" && $0.file?.hasSuffix("SOURCE-README.md") == true
      })
  }

  /// Every report's title comes from its front matter, and no Markdown reaches the text.
  @Test func titlesFromFrontMatterAndNoMarkup() {
    for r in Self.lawtext.reports {
      #expect(r.title?.isEmpty == false, "\(r.doc)")
      #expect(!r.text.contains("**") && !r.text.hasPrefix("---"), "\(r.doc)")
    }
  }

  /// Files whose glossary, summary heading or newspaper page head used to start a second report:
  /// the glossary is read as the report's notes.
  @Test(arguments: [
    "政府工作报告-主要城市/南昌市/2014.md", "政府工作报告-其他地市/七台河市/2020.md",
    "政府工作报告-其他地市/呼伦贝尔市/2023.md", "政府工作报告-其他地市/四平市/2016.md",
    "政府工作报告-省自治区/内蒙古自治区/2024.md", "政府工作报告-省自治区/河南省/2019.md",
    "政府工作报告-其他地市/赣州市/2020.md", "政府工作报告-主要城市/杭州市/2013.md",
  ])
  func glossaryBelongsToItsReport(file: String) throws {
    let path = try LoaderTestSupport.requireShared("lawtext/" + file)
    let reports = Self.lawtext.reports.filter { $0.doc == path }
    #expect(reports.count == 1)
    let report = try #require(reports.first)
    let structure = StructureParser.structure(of: report)
    #expect(structure.sections.contains { $0.kind == .notes }, "\(file)")
    #expect(!structure.terms.isEmpty, "\(file)")
  }

  /// 南通市/2020.md is a newspaper's pages: the running head `政府工作报告` and `（上接A2版）` do not
  /// split it, and the continuation note goes.
  @Test func newspaperPagesAreOneReport() throws {
    let path = try LoaderTestSupport.requireShared("lawtext/政府工作报告-其他地市/南通市/2020.md")
    let reports = Self.lawtext.reports.filter { $0.doc == path }
    #expect(reports.count == 1)
    #expect(reports.first.map { !$0.text.contains("上接A2版") } == true)
  }
}
