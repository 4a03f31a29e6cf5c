import BaogaoCore
import Foundation
import Testing

@testable import BaogaoQuery

@Suite struct DictionaryTests {
  @Test func plainTextWithBOMAndCRLFAndCategories() throws {
    // Made-up dictionary: BOM, CRLF and a lone CR, headers, a comment, a colon line.
    let text =
      "\u{FEFF}## 我们的词表\r\n# 污染\r\n污染 排污\r\n# 这是 一条注释\r减排：减排、二氧化硫,化学需氧量\r\n\r\n# 生态\n生态\n绿色 低碳\n"
    var diagnostics: [Diagnostic] = []
    let dictionary = try #require(
      TermDictionary.parse(
        data: Data(text.utf8), name: "mine", yaml: false, diagnostics: &diagnostics))
    #expect(diagnostics.isEmpty)
    #expect(dictionary.categories.map(\.name) == ["污染", "减排", "生态"])
    #expect(dictionary.categories[0].terms == ["污染", "排污"])
    #expect(dictionary.categories[1].terms == ["减排", "二氧化硫", "化学需氧量"])
    #expect(dictionary.categories[2].terms == ["生态", "绿色", "低碳"])
  }

  @Test func termsBeforeAnyHeaderBelongToTheDictionaryName() throws {
    var diagnostics: [Diagnostic] = []
    let dictionary = try #require(
      TermDictionary.parse(
        data: Data("创新\n研发\n".utf8), name: "inno", yaml: false, diagnostics: &diagnostics))
    #expect(dictionary.categories == [.init(name: "inno", terms: ["创新", "研发"])])
  }

  @Test func yamlKeepsCategoryOrder() throws {
    // Made-up YAML with a BOM and CRLF line ends; one category given as a string.
    let yaml = "\u{FEFF}环境:\r\n  - 环境\r\n  - 环保\r\n不确定: 不确定 可能\r\n"
    var diagnostics: [Diagnostic] = []
    let dictionary = try #require(
      TermDictionary.parse(data: Data(yaml.utf8), name: "y", yaml: true, diagnostics: &diagnostics))
    #expect(dictionary.categories.map(\.name) == ["环境", "不确定"])
    #expect(dictionary.terms == ["环境", "环保", "不确定", "可能"])
  }

  @Test func badInputBecomesDiagnostics() {
    var diagnostics: [Diagnostic] = []
    #expect(
      TermDictionary.parse(
        data: Data("- a\n- b\n".utf8), name: "list", yaml: true, diagnostics: &diagnostics) == nil)
    #expect(TermDictionary.load(path: "/nonexistent/x.txt", diagnostics: &diagnostics) == nil)
    #expect(
      TermDictionary.parse(
        data: Data([0xB0, 0xA1, 0xFF]), name: "gbk", yaml: false, diagnostics: &diagnostics) == nil)
    #expect(
      diagnostics.map(\.kind) == [
        "bad_dictionary_yaml", "unreadable_dictionary", "dictionary_not_utf8",
      ])
  }

  @Test func loadsFromAFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-dict-\(UUID()).yml")
    try Data("创新: [创新, 研发]\n".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    var diagnostics: [Diagnostic] = []
    let dictionary = try #require(TermDictionary.load(path: url.path, diagnostics: &diagnostics))
    #expect(dictionary.terms == ["创新", "研发"])
  }

  @Test(arguments: ["environment", "innovation", "uncertainty"])
  func builtInDictionariesLoad(name: String) throws {
    let dictionary = try #require(BuiltInDictionaries.dictionary(named: name))
    #expect(dictionary.categories.map(\.name) == [name])
    #expect(dictionary.terms.count >= 10)
  }

  @Test func builtInContents() throws {
    let environment = try #require(BuiltInDictionaries.dictionary(named: "environment"))
    for term in ["环境", "环保", "污染", "化学需氧量", "二氧化硫", "PM10", "PM2.5", "能耗"] {
      #expect(environment.terms.contains(term), "\(term)")
    }
    let uncertainty = try #require(BuiltInDictionaries.dictionary(named: "uncertainty"))
    #expect(uncertainty.terms.contains("试点") && uncertainty.terms.contains("有望"))
    #expect(BuiltInDictionaries.functionCharacters.contains("的"))
    #expect(BuiltInDictionaries.dropped(keepingSingles: false).contains("的"))
    #expect(!BuiltInDictionaries.dropped(keepingSingles: true).contains("的"))
    #expect(BuiltInDictionaries.dictionary(named: "nope") == nil)
  }
}
