import BaogaoCore
import Testing

@testable import BaogaoQuery

@Suite struct ReadabilityTests {
  @Test func countsWorkedOutByHand() {
    // Made-up report: 2 sentences; clauses 稳增长、/调结构，/惠民生。/扩大内需！ = 4;
    // characters (no punctuation) 3 + 3 + 3 + 4 = 13.
    let report = Report(
      id: "r1", doc: "a", region: "甲市", adcode: "990100", level: .city, year: 2024,
      text: "稳增长、调结构，惠民生。扩大内需！")
    let table = Readability.table(for: [report])
    #expect(table.rows == [["r1", "甲市", "city", 2024, "990100", 13, 2, 4, 6.5, 3.25]])
  }

  @Test func emptyReportHasNullRatios() {
    let table = Readability.table(for: [Report(id: "r1", doc: "a", text: "")])
    #expect(table.rows == [["r1", nil, nil, nil, nil, 0, 0, 0, nil, nil]])
  }

  @Test func nationalReportsHaveSentencesOfTensOfCharacters() throws {
    let reports = AnalysisCorpus.national
    try #require(reports.count >= 50)
    let table = Readability.table(for: reports)
    for row in table.records {
      let perSentence = try #require(row["chars_per_sentence"]?.number)
      let perClause = try #require(row["chars_per_clause"]?.number)
      #expect(perSentence > 10 && perSentence < 120, "\(row["report_id"]!.text)")
      #expect(perClause < perSentence)
    }
  }
}
