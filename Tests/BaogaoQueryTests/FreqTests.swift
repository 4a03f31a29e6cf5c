import BaogaoCore
import Foundation
import Testing

@testable import BaogaoQuery

/// The national reports from `../shared`, loaded and cleaned once for the text-measure suites.
enum AnalysisCorpus {
  /// `../shared` from the package root, three levels above this file.
  static let sharedRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared")

  static let nationalPath = sharedRoot.appendingPathComponent(
    "corpus/national/national-1954-2025.jsonl"
  ).path

  /// Loaded once into a corpus (which gives ids r1, r2, …); a missing file fails the tests that
  /// use it (never skipped).
  static let national: [Report] = {
    var corpus = Corpus()
    for report in ReportLoader().load([nationalPath]).reports { corpus.add(report) }
    return corpus.reports
  }()
}

@Suite struct FreqTests {
  @Test func longestMatchFirstDoesNotCountATermInsideALongerOne() {
    // Made-up text: quanteda's example, where a plain count finds 印度 twice.
    let counter = TermCounter(terms: ["印度", "印度尼西亚"])
    let report = Report(id: "r1", doc: "made-up", region: "甲", year: 2024, text: "印度尼西亚和印度")
    let table = counter.frequencies(in: [report])
    let counts = Dictionary(
      uniqueKeysWithValues: table.records.map { ($0["term"]!.string!, $0["count"]!) })
    #expect(counts == ["印度": 1, "印度尼西亚": 1])
    // 8 characters: 1 / 8 × 10000 = 1250 per 10k.
    #expect(table.records.allSatisfy { $0["per_10k"] == .double(1250) })
  }

  @Test func matcherGivesPositionsInScalars() {
    // Made-up text with a pinyin-free ASCII term among Chinese ones.
    let matcher = TermMatcher(terms: ["PM2.5", "空气", "空气质量"])
    let matches = matcher.matches(in: "改善空气质量，PM2.5下降")
    #expect(matches.map(\.start) == [2, 7])
    #expect(matches.map { matcher.terms[$0.term] } == ["空气质量", "PM2.5"])
  }

  @Test func per10kEqualsAPlainSubstringCountOnTheCleanedText() throws {
    let reports = AnalysisCorpus.national
    try #require(
      reports.count >= 50, "national corpus not loaded from \(AnalysisCorpus.nationalPath)")
    // No term is inside another and none ends with another's beginning, so a plain count agrees.
    let terms = ["经济", "改革", "环境", "就业", "农村"]
    let table = TermCounter(terms: terms).frequencies(in: reports)
    #expect(table.rows.count == reports.count * terms.count)
    let byReport = Dictionary(grouping: table.records) { $0["report_id"]!.string! }
    var checked = 0
    for report in reports {
      let rows = try #require(byReport[report.id])
      for row in rows {
        let term = row["term"]!.string!
        let plain = report.text.components(separatedBy: term).count - 1
        #expect(row["count"] == .int(plain), "\(report.id) \(term)")
        let rate = Double(plain) / Double(report.text.unicodeScalars.count) * 10000
        let got = try #require(row["per_10k"]?.number)
        #expect(abs(got - rate) < 1e-9, "\(report.id) \(term)")
        checked += 1
      }
    }
    #expect(checked == reports.count * terms.count)
    // Not vacuous: every term occurs somewhere, and 经济 in all but a few of the 52 reports.
    for term in terms {
      #expect(table.records.contains { $0["term"] == .string(term) && $0["count"] != .int(0) })
    }
    #expect(table.records.filter { $0["term"] == "经济" && $0["count"] != .int(0) }.count >= 50)
  }

  @Test func categoryCountIsTheSumOfItsTermsCounts() throws {
    let reports = Array(AnalysisCorpus.national.prefix(10))
    try #require(reports.count == 10)
    let dictionary = try #require(BuiltInDictionaries.dictionary(named: "environment"))
    let byCategory = TermCounter.frequencies(in: reports, dictionary: dictionary)
    let byTerm = TermCounter(terms: dictionary.terms).frequencies(in: reports)
    #expect(
      byCategory.schema.names == [
        "report_id", "region", "level", "year", "adcode", "category", "count", "per_10k",
      ])
    for report in reports {
      let total = byTerm.records.filter { $0["report_id"] == .string(report.id) }
        .reduce(0) { $0 + Int($1["count"]!.number!) }
      let row = try #require(byCategory.records.first { $0["report_id"] == .string(report.id) })
      #expect(row["count"] == .int(total))
    }
  }

  @Test func emptyReportHasNullRate() {
    let table = TermCounter(terms: ["环境"]).frequencies(in: [
      Report(id: "r1", doc: "empty", text: "")
    ])
    #expect(table.rows == [["r1", nil, nil, nil, nil, "环境", 0, nil]])
  }
}

@Suite struct FreqSourceTests {
  func id(_ s: String) -> Token { Token(.identifier(s), 0..<1) }

  @Test func freqBindsTermsAndDictionaries() throws {
    var corpus = Corpus()
    // Made-up report.
    corpus.add(Report(doc: "a", region: "甲市", year: 2024, text: "印度尼西亚和印度，环境保护。"))
    let context = SourceContext(corpus: corpus)
    let terms = try FreqSource().bind([id("印度"), id("印度尼西亚")], in: context)
    #expect(terms.schema == TermCounter.termSchema)
    #expect(try terms.table(in: context).records.map { $0["count"] } == [1, 1])
    let dictionary = try FreqSource().bind([Token(.atName("environment"), 0..<1)], in: context)
    #expect(try dictionary.table(in: context).records.map { $0["category"] } == ["environment"])
    #expect(throws: QueryError.self) {
      try FreqSource().bind([Token(.atName("nope"), 0..<1)], in: context)
    }
    #expect(throws: QueryError.self) { try FreqSource().bind([], in: context) }
  }

  @Test("freq @DICT by word: one row per report, category and word, summing to the category")
  func freqByWord() throws {
    let reports = Array(AnalysisCorpus.national.suffix(10))
    try #require(reports.count == 10)
    var corpus = Corpus()
    for report in reports { corpus.restore(report) }
    let context = SourceContext(corpus: corpus)
    let at = Token(.atName("environment"), 0..<1)
    let byWord = try FreqSource().bind([at, id("by"), id("word")], in: context)
    #expect(byWord.schema == TermCounter.wordSchema)
    let words = try byWord.table(in: context).records
    let categories = try FreqSource().bind([at], in: context).table(in: context).records
    let dictionary = try #require(BuiltInDictionaries.dictionary(named: "environment"))
    let wordCount = dictionary.categories.reduce(0) { $0 + $1.terms.count }
    #expect(words.count == reports.count * wordCount)
    // Each category's count is the sum of its words' counts, report by report.
    for row in categories {
      let parts = words.filter {
        $0["report_id"] == row["report_id"] && $0["category"] == row["category"]
      }
      #expect(parts.reduce(0) { $0 + Int($1["count"]!.number!) } == Int(row["count"]!.number!))
    }
    // Not vacuous: the recent national reports use several environment words, and each word's
    // count is what counting it alone gives.
    let used = words.filter { $0["count"] != .int(0) }
    #expect(Set(used.map { $0["word"] }).count >= 4)
    let single = TermCounter(terms: dictionary.terms).frequencies(in: reports).records
    for row in used.prefix(20) {
      let alone = single.first { $0["report_id"] == row["report_id"] && $0["term"] == row["word"] }
      #expect(alone?["count"] == row["count"])
      #expect(row["level"] == "national")
    }
    #expect(throws: QueryError.self) {
      try FreqSource().bind([at, id("by"), id("region")], in: context)
    }
  }

  @Test func kwicTermsNgramsOptions() throws {
    var corpus = Corpus()
    // Made-up text; jieba cuts 高质量发展 (a policy term), 建设, 现代化 … as words.
    corpus.add(Report(doc: "a", text: "推动高质量发展，推动高质量发展，建设现代化产业体系。"))
    let context = SourceContext(corpus: corpus)
    let kwic = try KwicSource().bind(
      [id("发展"), id("width"), Token(.number(3, isInteger: true), 0..<1)], in: context)
    #expect(try kwic.table(in: context).records.map { $0["left"] } == ["高质量", "高质量"])
    let terms = try TermsSource().bind(
      [id("top"), Token(.number(2, isInteger: true), 0..<1)], in: context)
    #expect(try terms.table(in: context).rows.count == 2)
    #expect(throws: QueryError.self) { try NgramsSource().bind([id("x")], in: context) }
  }
}
