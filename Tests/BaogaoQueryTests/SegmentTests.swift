import BaogaoCore
import Foundation
import Testing

@testable import BaogaoQuery

@Suite struct SegmentTests {
  @Test func wordsCoverTheTextWithScalarOffsets() throws {
    // Made-up sentence with a pollutant name, numbers and a unit.
    let text = "PM2.5平均浓度下降到30微克/立方米，2024年GDP增长5.2%。"
    let words = try Segmenter.words(in: text)
    #expect(words.map(\.text).joined() == text)
    #expect(words.first?.start == 0)
    #expect(words.last?.end == text.unicodeScalars.count)
    for (a, b) in zip(words, words.dropFirst()) { #expect(a.end == b.start) }
    let content = words.filter(\.isContent).map(\.text)
    #expect(content.contains("PM2.5") && content.contains("GDP") && content.contains("增长"))
    #expect(words.filter { $0.kind == .number }.map(\.text) == ["30", "2024", "5.2%"])
    #expect(words.contains { $0.text == "，" && $0.kind == .other })
  }

  @Test func offsetsCountScalarsBeyondTheBasicPlane() throws {
    // Made-up: 𠮷 (U+20BB7) is two UTF-16 units but one scalar.
    let words = try Segmenter.words(in: "𠮷野家发展")
    #expect(words.last?.end == 5)
  }

  @Test func emptyText() throws {
    #expect(try Segmenter.words(in: "").isEmpty)
  }

  @Test func sentencesAndClauses() {
    // Made-up text: a heading line, then one sentence of three clauses closing a quotation.
    let text = "一、2024年工作回顾\n稳增长、调结构，惠民生。”\n\n。"
    let scalars = Array(text.unicodeScalars)
    let sentences = TextUnits.sentences(in: scalars).map { TextUnits.string(scalars, $0) }
    #expect(sentences == ["一、2024年工作回顾", "稳增长、调结构，惠民生。”"])
    let clauses = TextUnits.clauses(in: scalars).map { TextUnits.string(scalars, $0) }
    #expect(clauses == ["一、", "2024年工作回顾", "稳增长、", "调结构，", "惠民生。”"])
  }

  @Test func topTermsOnTheNationalCorpus() throws {
    let reports = AnalysisCorpus.national.filter { ($0.year ?? 0) >= 2021 }
    try #require(reports.count == 5, "the 2021–2025 national reports")
    let table = TopTerms.table(for: reports, top: 20, segmenter: try Segmenter.standard())
    #expect(table.rows.count == 20)
    let words = try #require(table.column("word")).compactMap(\.string)
    // Work reports talk about 发展 more than about anything else.
    #expect(words.prefix(3).contains("发展"))
    #expect(!words.contains { BuiltInDictionaries.dropped(keepingSingles: false).contains($0) })
    let counts = try #require(table.column("count")).compactMap(\.number)
    #expect(counts == counts.sorted(by: >))
    // 发展 counted by the segmenter can't exceed a plain substring count of 发展.
    let plain = reports.reduce(0) { $0 + $1.text.components(separatedBy: "发展").count - 1 }
    let row = try #require(table.records.first { $0["word"] == "发展" })
    #expect(Int(row["count"]!.number!) <= plain)
    #expect(Int(row["count"]!.number!) > plain / 2)
    #expect(row["reports"] == .int(5))
  }
}
