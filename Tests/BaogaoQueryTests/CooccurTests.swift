import BaogaoCore
import Testing

@testable import BaogaoQuery

@Suite struct CooccurTests {
  @Test func wordsInSentencesWithTheTerm() throws {
    // Made-up reports: 防治 is beside 污染 in two sentences; 就业 never shares a sentence with it.
    let reports = [
      Report(id: "r1", doc: "a", text: "打好污染防治攻坚战。稳定就业。"),
      Report(id: "r2", doc: "b", text: "污染防治成效明显，污染物减少。"),
    ]
    let table = Cooccurrence.table(
      for: reports, term: "污染", segmenter: try Segmenter.standard(), stopwords: [])
    let records = Dictionary(uniqueKeysWithValues: table.records.map { ($0["word"]!.string!, $0) })
    #expect(records["防治"]?["sentences"] == 2)
    #expect(records["防治"]?["count"] == 2)
    #expect(records["就业"] == nil)
    #expect(records["污染"] == nil)
    #expect(table.records.first?["word"] == "防治")
  }

  @Test func stopwordsAreLeftOut() throws {
    let reports = [Report(id: "r1", doc: "a", text: "治理污染的成效。")]
    let table = Cooccurrence.table(
      for: reports, term: "污染", segmenter: try Segmenter.standard(), stopwords: ["的"])
    #expect(!table.column("word")!.contains("的"))
    #expect(table.column("word")!.contains("治理"))
  }

  @Test func nationalReportsPairPollutionWithPrevention() throws {
    let reports = AnalysisCorpus.national.filter { ($0.year ?? 0) >= 2015 }
    try #require(reports.count == 10, "the 2015–2025 national reports but 2020")
    let table = Cooccurrence.table(
      for: reports, term: "污染", top: 10, segmenter: try Segmenter.standard())
    #expect(table.rows.count == 10)
    #expect(table.column("word")!.contains("防治"))
    let sentences = table.column("sentences")!.compactMap(\.number)
    #expect(sentences == sentences.sorted(by: >))
  }
}
