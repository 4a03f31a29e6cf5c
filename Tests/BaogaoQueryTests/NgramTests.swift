import BaogaoCore
import Testing

@testable import BaogaoQuery

@Suite struct NgramTests {
  @Test func wordBigramsStopAtPunctuationAndNumbers() throws {
    // Made-up text. jieba segments 打/好/污染/防治 …; no bigram spans the comma or 2024.
    let grams = NgramCounter.ngrams(
      in: "打好污染防治，2024年空气质量改善", n: 2, stopwords: [], segmenter: try Segmenter.standard())
    #expect(grams.contains("好 污染"))
    #expect(grams.contains("污染 防治"))
    #expect(!grams.contains { $0.hasPrefix("防治 ") })
    #expect(!grams.contains { $0.contains("2024") })
  }

  @Test func stopwordsAtEitherEndDropTheGram() throws {
    // Made-up text: 的 is a stopword, so 环境 的 and 的 改善 are dropped.
    let segmenter = try Segmenter.standard()
    let grams = NgramCounter.ngrams(
      in: "环境的改善", n: 2, stopwords: ["的"], segmenter: segmenter)
    #expect(grams.isEmpty)
    let trigrams = NgramCounter.ngrams(
      in: "环境的改善", n: 3, stopwords: ["的"], segmenter: segmenter)
    #expect(trigrams == ["环境 的 改善"])
  }

  @Test func countsAcrossReports() throws {
    // Made-up reports: the same bigram twice in one, once in another.
    let reports = [
      Report(id: "r1", doc: "a", text: "污染防治。污染防治。"),
      Report(id: "r2", doc: "b", text: "污染防治成效明显。"),
    ]
    let table = NgramCounter.table(
      for: reports, n: 2, top: 1, segmenter: try Segmenter.standard(), stopwords: [])
    #expect(table.rows == [["污染 防治", 3, 2]])
  }

  @Test func nationalReportsRepeatTheirStockPhrases() throws {
    let reports = AnalysisCorpus.national.filter { ($0.year ?? 0) >= 2021 }
    try #require(reports.count == 5)
    let table = NgramCounter.table(for: reports, n: 2, top: 30, segmenter: try Segmenter.standard())
    #expect(table.rows.count == 30)
    let first = try #require(table.records.first)
    #expect(first["count"]!.number! >= 20)
    #expect(table.column("ngram")!.allSatisfy { $0.string!.split(separator: " ").count == 2 })
  }
}
