import BaogaoCore
import Foundation
import Testing

@testable import BaogaoQuery

/// jieba re-implemented: the same tokens as Python's `jieba` module, checked sentence by sentence
/// and over the whole shared corpus.
@Suite struct JiebaTests {
  static func jieba() throws -> Jieba { try Jieba.load() }

  /// Expected tokens are what `jieba.lcut(s)` / `jieba.lcut(s, HMM=False)` printed (jieba 0.42.1).
  @Test(arguments: [
    (
      "PM2.5平均浓度下降到30微克/立方米，2024年GDP增长5.2%。",
      "PM2.5 平均 浓度 下降 到 30 微克 / 立方米 ， 2024 年 GDP 增长 5.2% 。",
      "PM2 . 5 平均 浓度 下降 到 30 微克 / 立方米 ， 2024 年 GDP 增长 5 . 2 % 。"
    ),
    ("𠮷野家发展", "𠮷 野家 发展", "𠮷 野 家 发展"),
    (
      "营商环境持续优化，培育新质生产力", "营商 环境 持续 优化 ， 培育 新质 生产力",
      "营商 环境 持续 优化 ， 培育 新 质 生产力"
    ),
    ("区新化县", "区 新化县", "区 新化县"),
  ])
  func cutsAsJiebaDoes(text: String, withHMM: String, withoutHMM: String) throws {
    let jieba = try Self.jieba()
    #expect(jieba.cut(text).joined(separator: " ") == withHMM)
    #expect(jieba.cut(text, hmm: false).joined(separator: " ") == withoutHMM)
  }

  @Test func whitespaceAndCRLFAreTokens() throws {
    // Made-up: jieba yields "\r\n" whole and every other space or symbol on its own.
    #expect(try Self.jieba().cut("发展\r\n  改革") == ["发展", "\r\n", " ", " ", "改革"])
  }

  @Test func userWordsAreCutWhole() throws {
    var segmenter = Segmenter(jieba: try Self.jieba())
    let text = "持续优化营商环境"
    #expect(segmenter.words(in: text).map(\.text) == ["持续", "优化", "营商", "环境"])
    segmenter.add([UserWord(word: "营商环境")])
    #expect(segmenter.words(in: text).map(\.text) == ["持续", "优化", "营商环境"])
    #expect(segmenter.userWords.map(\.word) == ["营商环境"])
  }

  @Test func standardSegmenterKnowsThePolicyTerms() throws {
    let words = try Segmenter.words(in: "培育新质生产力，持续优化营商环境，深化放管服改革")
    let texts = words.map(\.text)
    #expect(texts.contains("新质生产力") && texts.contains("营商环境"))
    #expect(texts.contains("放管服改革") || texts.contains("放管服"))
  }

  @Test func suggestedFrequencyMatchesJieba() throws {
    // jieba.suggest_freq('营商环境') printed 2 with the default dictionary; 新质生产力 printed 1.
    let jieba = try Self.jieba()
    #expect(jieba.suggestedFrequency("营商环境") == Self.pythonSuggestedFrequency("营商环境"))
    #expect(jieba.suggestedFrequency("新质生产力") == Self.pythonSuggestedFrequency("新质生产力"))
  }

  @Test func userDictionaryLinesReadAsJiebaReadsThem() {
    // Made-up dictionary lines in load_userdict's format.
    #expect(
      UserDictionary.entry("营商环境 20000 n") == UserWord(word: "营商环境", frequency: 20000, tag: "n"))
    #expect(UserDictionary.entry("放管服") == UserWord(word: "放管服"))
    #expect(UserDictionary.entry("双碳 nz") == UserWord(word: "双碳", tag: "nz"))
    #expect(UserDictionary.entry("2024 5") == UserWord(word: "2024", frequency: 5))
    #expect(UserDictionary.entry("一网 通办") == UserWord(word: "一网 通办"))
  }

  @Test func userDictionaryProblemsNameTheLine() {
    var diagnostics: [Diagnostic] = []
    // Made-up: line 2 is a word with a space; line 3 is not UTF-8.
    let good = UserDictionary.parse(
      data: Data("放管服\n一网 通办 3\n".utf8), file: "mine.txt", diagnostics: &diagnostics)
    #expect(good?.count == 2)
    #expect(diagnostics.map(\.line) == [2])
    #expect(diagnostics.first?.formatted.contains("mine.txt:2") == true)
    diagnostics = []
    let bad = UserDictionary.parse(
      data: Data([0xE6, 0x94, 0xBE, 0x0A, 0x0A, 0xFF, 0x0A]), file: "bad.txt",
      diagnostics: &diagnostics)
    #expect(bad == nil)
    #expect(diagnostics.first?.line == 3)
  }

  @Test func missingDictionaryNamesThePath() {
    #expect(throws: SegmenterError.missingDictionary("/nonexistent/dict.txt")) {
      try Jieba.load(folder: "/nonexistent")
    }
    #expect(SegmenterError.missingDictionary("/x/dict.txt").description.contains("python3-jieba"))
  }

  // MARK: Agreement with Python's jieba on the shared corpus

  /// Every national, provincial-2025 and seed report, and every 40th lawtext file.
  static func corpusTexts() -> [String] {
    let root = AnalysisCorpus.sharedRoot.appendingPathComponent("corpus").path
    var paths = [
      root + "/national/national-1954-2025.jsonl", root + "/seeds", root + "/provincial-2025",
    ]
    let law = root + "/lawtext"
    let files =
      (FileManager.default.enumerator(atPath: law)?.compactMap { $0 as? String } ?? [])
      .filter { $0.hasSuffix(".md") }.sorted()
    paths += stride(from: 0, to: files.count, by: 40).map { law + "/" + files[$0] }
    return ReportLoader().load(paths).reports.map(\.text).filter { !$0.isEmpty }
  }

  @Test func agreesWithPythonJiebaOnTheSharedCorpus() throws {
    let texts = Self.corpusTexts()
    try #require(
      texts.count >= 150, "shared corpus not loaded from \(AnalysisCorpus.sharedRoot.path)")
    let jieba = try Self.jieba()
    for hmm in [true, false] {
      let python = try Self.pythonTokenLengths(texts, hmm: hmm)
      try #require(python.count == texts.count)
      var same = 0
      var theirs = 0
      var ours = 0
      var identicalTexts = 0
      for (text, lengths) in zip(texts, python) {
        let scalars = text.unicodeScalars.map(\.value)
        let mine = jieba.cut(scalars, hmm: hmm)
        var offset = 0
        var spans = Set<Range<Int>>()
        for length in lengths {
          spans.insert(offset..<(offset + length))
          offset += length
        }
        let common = mine.filter { spans.contains($0) }.count
        same += common
        theirs += lengths.count
        ours += mine.count
        if common == lengths.count && mine.count == lengths.count { identicalTexts += 1 }
      }
      let agreement = Double(same) / Double(max(theirs, ours))
      print(
        "jieba agreement (HMM \(hmm ? "on" : "off")): \(same) of \(theirs) Python tokens "
          + "(\(ours) ours) = \(String(format: "%.5f", agreement * 100))%; "
          + "\(identicalTexts) of \(texts.count) reports identical")
      // Floor at the measured value: every report identical.
      #expect(identicalTexts == texts.count)
    }
  }

  /// Token lengths (in scalars) of each text from `/usr/bin/python3 -c 'import jieba'`.
  static func pythonTokenLengths(_ texts: [String], hmm: Bool) throws -> [[Int]] {
    let input = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-jieba-\(UUID().uuidString).json")
    try JSONSerialization.data(withJSONObject: texts).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let script = """
      import json, sys, logging, jieba
      jieba.setLogLevel(logging.ERROR)
      texts = json.load(open(sys.argv[1], encoding='utf-8'))
      json.dump([[len(t) for t in jieba.cut(s, HMM=\(hmm ? "True" : "False"))] for s in texts], sys.stdout)
      """
    let output = try runPython(script, arguments: [input.path])
    return try #require(try JSONSerialization.jsonObject(with: output) as? [[Int]])
  }

  static func pythonSuggestedFrequency(_ word: String) -> Int? {
    let script = """
      import sys, logging, jieba
      jieba.setLogLevel(logging.ERROR)
      print(jieba.suggest_freq(sys.argv[1]))
      """
    guard let out = try? runPython(script, arguments: [word]) else { return nil }
    return Int(String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Runs /usr/bin/python3; fails loudly when it or its jieba module is missing (`make deps`).
  static func runPython(_ script: String, arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let message = String(decoding: errors, as: UTF8.self)
      Issue.record(
        "/usr/bin/python3 with jieba failed (install python3-jieba: make deps): \(message)")
      throw SegmenterError.missingDictionary("/usr/lib/python3/dist-packages/jieba")
    }
    return data
  }
}

@Suite struct SegmentSourceTests {
  func run(_ statement: String) throws -> Table {
    let context = QueryContext(
      sources: SourceContext(corpus: Corpus()),
      catalog: Catalog(sources: [], parameterized: TextSources.parameterized))
    return try Fixture.run(statement, context: context)
  }

  @Test func segmentListsTheWordsAndWhatTermsCounts() throws {
    // A sentence of the 2024 national report.
    let table = try run("segment \"营造市场化、法治化、国际化一流营商环境\"")
    let words = try #require(table.column("word")).compactMap(\.string)
    #expect(
      words == ["营造", "市场化", "、", "法治化", "、", "国际化", "一流", "营商环境"])
    let counted = try #require(table.column("counted"))
    #expect(counted[1] == .bool(true) && counted[2] == .bool(false))
    let singles = try run("segment \"的发展\"")
    #expect(singles.column("counted") == [.bool(false), .bool(true)])
    let kept = try run("segment \"的发展\" singles")
    #expect(kept.column("counted") == [.bool(true), .bool(true)])
  }
}
