import CEditLine
import Foundation
import Testing

@testable import BaogaoShell

@Suite("LineEditor")
struct LineEditorTests {
  @Test(
    "the word before the cursor",
    arguments: [
      ("rep", "rep"),
      ("reports | where 年", "年"),
      ("reports | top 5,yea", "yea"),
      ("reports | where len(tit", "tit"),
      ("load ~/报告/2024", "~/报告/2024"),
      ("indicators | where metric=\"gd", "\"gd"),
      ("reports | ", ""),
      ("", ""),
    ])
  func word(line: String, word: String) {
    #expect(CompletionWord(lineBeforeCursor: line).word == word)
  }

  @Test("a unique match completes with a space; a directory or a function call with none")
  func uniqueMatch() {
    #expect(
      CompletionWord(lineBeforeCursor: "rep").action(for: ["reports", "indicators"])
        == .insert("orts "))
    #expect(CompletionWord(lineBeforeCursor: "load da").action(for: ["data/"]) == .insert("ta/"))
    #expect(CompletionWord(lineBeforeCursor: "where su").action(for: ["sum("]) == .insert("m("))
    #expect(CompletionWord(lineBeforeCursor: "where 年").action(for: ["年份", "报告"]) == .insert("份 "))
    #expect(CompletionWord(lineBeforeCursor: "x").action(for: ["reports"]) == .none)
    // A quoted word matches quoted candidates, and unquoted ones when nothing else does.
    #expect(
      CompletionWord(lineBeforeCursor: "metric=\"gd").action(for: ["\"gdp\""]) == .insert("p\" "))
    #expect(CompletionWord(lineBeforeCursor: "load \"报").action(for: ["报告/"]) == .insert("告/"))
  }

  @Test("several matches list, after completing their common prefix")
  func severalMatches() {
    let word = CompletionWord(lineBeforeCursor: "reports | where 城")
    #expect(
      word.action(for: ["城镇居民人均可支配收入", "城乡居民人均可支配收入", "城镇化率"])
        == .list(insert: "", matches: ["城乡居民人均可支配收入", "城镇化率", "城镇居民人均可支配收入"]))
    #expect(
      CompletionWord(lineBeforeCursor: ".m").action(for: [".mode", ".metrics", ".mode"])
        == .list(insert: "", matches: [".metrics", ".mode"]))
    #expect(
      CompletionWord(lineBeforeCursor: "ind").action(for: ["indicators", "indicator_kinds"])
        == .list(insert: "icator", matches: ["indicator_kinds", "indicators"]))
  }

  @Test("listings go down then across, aligned by display width")
  func listing() {
    let out = CompletionList.format(["年份", "报告", "reports", "indicators", "地区"], width: 30)
    #expect(out == "年份        indicators\n报告        地区\nreports\n")
    let many = (1...250).map { "m\($0)" }
    #expect(CompletionList.format(many, width: 80).hasSuffix("… and 50 more\n"))
  }

  @Test("path completion lists Chinese names and marks directories")
  func paths() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-paths-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("报告2024"), withIntermediateDirectories: true)
    try Data().write(to: dir.appendingPathComponent("报告2023.txt"))
    try Data().write(to: dir.appendingPathComponent(".hidden"))
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(
      LineEditor.pathCompletions(prefix: dir.path + "/报") == [
        dir.path + "/报告2023.txt", dir.path + "/报告2024/",
      ])
    #expect(LineEditor.pathCompletions(prefix: dir.path + "/").count == 2)
    #expect(LineEditor.pathCompletions(prefix: dir.path + "/.h") == [dir.path + "/.hidden"])
    #expect(LineEditor.pathCompletions(prefix: "~") == ["~/"])
  }

  @Test("history path: BAOGAO_HISTORY wins over ~/.baogao_history")
  func historyPath() {
    #expect(
      LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u"]) == "/home/u/.baogao_history")
    #expect(
      LineEditor.defaultHistoryPath(environment: ["HOME": "/home/u", "BAOGAO_HISTORY": "/tmp/h"])
        == "/tmp/h")
  }

  /// Made-up statements: Chinese, a statement over two lines, quotes and backslashes.
  @Test(
    "history round-trips through libedit's file, keeps the newest entries, survives a foreign file")
  func historyFile() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-hist-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let statements = [
      "reports | where 年份 >= 2020", "indicators |\n  where metric = \"gdp\"", #".help 报告 \ "“两会”""#,
    ]
    let first = try #require(baogao_history_open(10))
    for s in statements { _ = baogao_history_enter(first, s) }
    HistoryFile.save(first, to: path)
    baogao_history_close(first)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("_HiStOrY_V2_\n"))
    #expect(text.split(separator: "\n").count == 4)

    #expect(entries(loading: path, size: 10) == statements)
    #expect(entries(loading: path, size: 2) == Array(statements.suffix(2)))

    try "reports\n.mode box\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(entries(loading: path, size: 10) == ["reports", ".mode box"])
  }

  /// Two shells appending in turn: each append keeps what the other wrote, and the newest
  /// `size` entries survive. Made-up statements.
  @Test("appending merges with the file on disk and converts a foreign file")
  func historyAppend() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-hist-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    HistoryFile.append("reports", to: path, size: 3)
    HistoryFile.append(".mode box", to: path, size: 3)
    HistoryFile.append("indicators | where 年份 = 2024", to: path, size: 3)
    #expect(
      entries(loading: path, size: 10) == ["reports", ".mode box", "indicators | where 年份 = 2024"])
    HistoryFile.append("报告", to: path, size: 3)
    #expect(
      entries(loading: path, size: 10) == [".mode box", "indicators | where 年份 = 2024", "报告"])

    try "reports\n\n.mode box\n".write(toFile: path, atomically: true, encoding: .utf8)
    HistoryFile.append(".width auto", to: path, size: 3)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("_HiStOrY_V2_\n"))
    #expect(entries(loading: path, size: 10) == ["reports", ".mode box", ".width auto"])
  }

  /// Entries of a history loaded from `path`, oldest first.
  private func entries(loading path: String, size: Int32) -> [String] {
    guard let h = baogao_history_open(size) else { return [] }
    defer { baogao_history_close(h) }
    HistoryFile.load(into: h, from: path)
    return (0..<baogao_history_count(h)).compactMap { i in
      baogao_history_entry(h, i).map { String(cString: $0) }
    }
  }
}
