import Foundation
import Testing

@testable import BaogaoCore

/// One test per format and encoding, on made-up fixtures (see Fixtures/FIXTURES.md).
@Suite struct ReadingTests {
  /// The made-up report every encoded fixture holds.
  static let expectedStart = "2023年某某县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。全县地区生产总值增长5.2%，粮食产量稳定。"

  @Test(arguments: [
    ("made-up-utf8.txt", "UTF-8"), ("made-up-utf8-bom.txt", "UTF-8"),
    ("made-up-gbk.txt", "GB18030"),
    ("made-up-gb18030.txt", "GB18030"), ("made-up-utf16-bom.txt", "UTF-16LE"),
    ("made-up-utf16be-bom.txt", "UTF-16BE"), ("made-up-crlf.txt", "UTF-8"),
    ("made-up-cr.txt", "UTF-8"),
  ])
  func decodesEncodingsAndLineEnds(file: String, encoding: String) throws {
    let path = try LoaderTestSupport.fixture(file)
    let result = ReportLoader().load([path])
    #expect(result.diagnostics.isEmpty)
    let report = try #require(result.reports.first)
    #expect(result.reports.count == 1)
    #expect(report.text.hasPrefix(Self.expectedStart))
    #expect(!report.text.contains("\r"))
    #expect(report.region == "某某县")
    #expect(report.level == .county)
    #expect(report.year == 2023)
    if encoding != "UTF-8" {
      #expect(
        report.diagnostics.contains {
          $0.kind == "encoding_converted" && $0.message.contains(encoding)
        })
    }
  }

  @Test func decodesBig5AndConvertsToSimplified() throws {
    let result = ReportLoader().load([try LoaderTestSupport.fixture("made-up-big5.txt")])
    let report = try #require(result.reports.first)
    #expect(report.script == .traditional)
    #expect(report.text.hasPrefix(Self.expectedStart))
    #expect(report.original.contains("某某縣政府工作報告"))
    #expect(report.diagnostics.contains { $0.kind == "traditional_converted" })
  }

  @Test func readsHTMLWithoutScriptsStylesOrNavigation() throws {
    let result = ReportLoader().load([try LoaderTestSupport.fixture("made-up-page.html")])
    let report = try #require(result.reports.first)
    #expect(report.text.hasPrefix("2023年某某县政府工作报告\n各位代表：\n现在，"))
    #expect(report.text.contains("经济增长6%左右&就业稳定"))
    for chrome in ["脚本", "color", "首页", "版权所有", "某某县政府\n"] {
      #expect(!report.text.contains(chrome))
    }
  }

  @Test func readsZipWithGBKEntryNames() throws {
    let path = try LoaderTestSupport.fixture("made-up-archive.zip")
    let result = ReportLoader().load([path])
    #expect(result.fileCount == 1)
    #expect(result.reports.map(\.doc) == [path + "/某某县报告.txt", path + "/page.html"])
    #expect(result.reports.allSatisfy { $0.text.hasPrefix("2023年某某县政府工作报告") })
  }

  @Test func readsCSVAndJSONLTablesSkippingResolutions() throws {
    let csv = try LoaderTestSupport.fixture("made-up-table.csv")
    let jsonl = try LoaderTestSupport.fixture("made-up-table.jsonl")
    let result = ReportLoader().load([csv, jsonl])
    #expect(result.reports.count == 2)
    #expect(result.reports.map(\.year) == [2023, 2023])
    #expect(result.reports.map(\.title) == ["2023年某某县政府工作报告", "2023年某某县政府工作报告"])
    #expect(result.reports.map(\.position) == [2, 1])
    let skipped = result.diagnostics.filter { $0.kind == "row_skipped" }
    #expect(skipped.map(\.file) == [csv, jsonl])
    #expect(skipped.map(\.line) == [4, 2])
  }

  @Test func textColumnOptionPicksTheColumn() throws {
    let jsonl = try LoaderTestSupport.fixture("made-up-table.jsonl")
    let named = ReportLoader(options: LoadOptions(textColumn: "full_text")).load([jsonl])
    #expect(named.reports.count == 1)
    let wrong = ReportLoader(options: LoadOptions(textColumn: "body")).load([jsonl])
    #expect(wrong.reports.isEmpty)
    #expect(
      wrong.diagnostics.contains {
        $0.kind == "no_text_column" && $0.file == jsonl && $0.severity == .error
      })
  }

  @Test func badFilesAreNamedAndTheOthersStillLoad() throws {
    let empty = try LoaderTestSupport.fixture("made-up-empty.txt")
    let binary = try LoaderTestSupport.fixture("made-up-binary.png")
    let good = try LoaderTestSupport.fixture("made-up-utf8.txt")
    let missing = "/nonexistent/报告.txt"
    let result = ReportLoader().load([empty, binary, missing, good])
    #expect(result.reports.count == 1)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(Set(errors.compactMap(\.file)) == [empty, binary, missing])
    #expect(errors.allSatisfy { $0.formatted.hasPrefix($0.file! + ": error: ") })
  }

  @Test func directoriesAndGlobsExpandSorted() throws {
    let dir = try LoaderTestSupport.requireShared("seeds")
    let byDir = ReportLoader().load([dir])
    let byGlob = ReportLoader().load([dir + "/*.txt"])
    #expect(byDir.fileCount == 5)
    #expect(byGlob.fileCount == 5)
    #expect(byDir.reports.map(\.doc) == byGlob.reports.map(\.doc))
    #expect(byDir.reports.map(\.doc) == byDir.reports.map(\.doc).sorted())
  }

  @Test func progressReachesTheTotal() throws {
    let dir = try LoaderTestSupport.requireShared("seeds")
    let last = LockedBox<LoadProgress?>(nil)
    _ = ReportLoader().load([dir]) { p in
      last.update { if ($0?.filesDone ?? -1) < p.filesDone { $0 = p } }
    }
    let final = try #require(last.value)
    #expect(final.filesDone == 5 && final.filesTotal == 5)
    #expect(final.bytesDone == final.bytesTotal && final.bytesTotal > 400_000)
  }
}

/// A value shared with a `@Sendable` closure in tests.
final class LockedBox<T>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: T
  init(_ value: T) { stored = value }
  var value: T { lock.withLock { stored } }
  func update(_ body: (inout T) -> Void) { lock.withLock { body(&stored) } }
}
