import BaogaoCore
import Testing

/// Sentences: split on 。！？； and lines, quotes kept whole, offsets into the cleaned text.
@Suite struct SentenceSplitterTests {
  static func sentences(_ text: String) -> [String] {
    StructureParser.structure(of: Report(id: "r1", doc: "made-up.txt", text: text)).sentences.map(
      \.text)
  }

  // Made-up sentences in the reports' style.
  @Test func splitsOnStopsAndSemicolons() {
    #expect(
      Self.sentences("经济稳中向好。就业保持稳定；物价总体平稳！还有问题吗？") == [
        "经济稳中向好。", "就业保持稳定；", "物价总体平稳！", "还有问题吗？",
      ])
  }

  @Test func keepsQuotationsWhole() {
    #expect(
      Self.sentences("我们提出“稳字当头。稳中求进。”的要求。下一句。") == [
        "我们提出“稳字当头。稳中求进。”的要求。", "下一句。",
      ])
  }

  @Test func closingMarksStayWithTheirSentence() {
    #expect(Self.sentences("他说：“好。”然后走了。") == ["他说：“好。”", "然后走了。"])
  }

  @Test func linesEndSentences() {
    #expect(Self.sentences("2023年工作回顾\n全年增长5%") == ["2023年工作回顾", "全年增长5%"])
  }

  /// Every sentence of every seed points at its own text in the report, in order, with a section.
  @Test func offsetsPointIntoTheCleanedText() throws {
    for r in try ExtractionScoring.reports(["seeds"]) {
      let s = StructureParser.structure(of: r)
      let scalars = Array(r.text.unicodeScalars)
      #expect(s.sentences.count > 50, "\(r.doc) #\(r.position)")
      var last = 0
      for (n, sentence) in s.sentences.enumerated() {
        #expect(sentence.id == "\(r.id).s\(n + 1)")
        #expect(sentence.start >= last)
        #expect(
          String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end])) == sentence.text)
        last = sentence.end
      }
      #expect(
        s.sentences.filter { $0.sectionIndex != nil }.count > s.sentences.count / 2, "\(r.doc)")
    }
  }
}
