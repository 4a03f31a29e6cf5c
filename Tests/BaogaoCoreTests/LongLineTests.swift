import Foundation
import Testing

@testable import BaogaoCore

/// A report that is one huge line (issue 12: a 200 MB line must load in linear time and bounded
/// memory; `Benchmarks/long-line.sh` measures that). Here a modest line of real text checks that
/// what the long-line work changed still reads it right. No timing is asserted.
@Suite("Long single line")
struct LongLineTests {
  /// The text of a lawtext report on one line: its front-matter title (when asked), then its body.
  static func flattened(_ path: String, title: Bool) throws -> String {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var head = ""
    if lines.first == "---", let close = lines.dropFirst().firstIndex(of: "---") {
      if title, let line = lines[1..<close].first(where: { $0.hasPrefix("title: ") }) {
        head = String(line.dropFirst("title: ".count))
      }
      lines.removeSubrange(0...close)
    }
    return head + lines.joined()
  }

  /// The 2024 Fujian provincial report, then the bodies of other real reports (no titles, so it
  /// stays one report), all on one line of about `bytes` bytes.
  static func longLine(bytes: Int) throws -> String {
    let fujian = try LoaderTestSupport.requireShared("lawtext/政府工作报告-省自治区/福建省/2024.md")
    var line = try flattened(fujian, title: true)
    let cities = try LoaderTestSupport.requireShared("lawtext/政府工作报告-主要城市")
    let files = try FileManager.default.subpathsOfDirectory(atPath: cities)
      .filter { $0.hasSuffix(".md") }.sorted()
    for file in files where line.utf8.count < bytes {
      line += try flattened(cities + "/" + file, title: false)
    }
    #expect(line.utf8.count >= bytes, "not enough text in \(cities)")
    return line
  }

  @Test("a 4 MB report on one line loads as one report with its region, year and sentences")
  func loadsWithMetadataAndSentences() throws {
    let line = try Self.longLine(bytes: 4 << 20)
    #expect(!line.contains("\n"))
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-long-line-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("long-line.txt")
    try line.write(to: file, atomically: true, encoding: .utf8)

    let result = ReportLoader().load([file.path])
    #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    #expect(result.reports.count == 1)
    let report = try #require(result.reports.first)
    #expect(report.region == "福建省")
    #expect(report.level == .province)
    #expect(report.year == 2024)
    #expect(report.original == line)
    // Cleaning keeps the text (it only removes furniture and normalises): at least 95% of it.
    #expect(report.text.utf8.count * 100 >= line.utf8.count * 95)

    // Sentences: about one per full stop of the text; none of them runs on for pages.
    let stops = report.text.unicodeScalars.filter { $0 == "。" }.count
    let ends = report.text.unicodeScalars.filter { "。！？；".unicodeScalars.contains($0) }.count
    let sentences = StructureParser.structure(of: report).sentences
    #expect(stops > 10_000)
    #expect(sentences.count >= stops * 9 / 10, "\(sentences.count) sentences, \(stops) 。")
    #expect(sentences.count <= ends * 2, "\(sentences.count) sentences, \(ends) sentence ends")
    let longest = sentences.map { $0.end - $0.start }.max() ?? 0
    #expect(longest < 5_000, "a sentence of \(longest) characters")
  }
}
