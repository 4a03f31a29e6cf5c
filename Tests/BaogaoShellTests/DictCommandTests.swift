import Foundation
import Testing

/// `.dict`, `.dict load FILE` and `.dict show NAME`, run through the built executable.
@Suite struct DictCommandTests {
  /// A made-up report: a title, an address to the deputies, and one paragraph.
  static func writeReport(_ paragraph: String, in dir: URL) throws {
    try "2024年样本市政府工作报告\n\n各位代表：\n\n\(paragraph)\n".write(
      to: dir.appendingPathComponent("report.txt"), atomically: true, encoding: .utf8)
  }

  @Test func loadAddsWordsThatTermsThenCountWhole() throws {
    let dir = try Baogao.temporaryDirectory()
    // Made-up user dictionary and report text.
    try "跨省通办\n一码通行 100000 n\n".write(
      to: dir.appendingPathComponent("mine.txt"), atomically: true, encoding: .utf8)
    try Self.writeReport("推进跨省通办和一码通行，跨省通办覆盖全市，一码通行覆盖全省。", in: dir)
    let before = try Baogao.run(["--mode", "csv", "-c", "load report.txt; terms top 20"], in: dir)
    #expect(before.status == 0, "\(before.stderr)")
    #expect(!before.stdout.contains("跨省通办") && !before.stdout.contains("一码通行"))
    let after = try Baogao.run(
      ["--mode", "csv", "-c", ".dict load mine.txt; load report.txt; terms top 20"], in: dir)
    #expect(after.status == 0, "\(after.stderr)")
    #expect(after.stdout.contains("跨省通办,2,"))
    #expect(after.stdout.contains("一码通行,2,"))
    #expect(after.stderr.contains("added 2 words"))
    let shown = try Baogao.run(
      ["--mode", "csv", "-c", ".dict load mine.txt; .dict show user"], in: dir)
    #expect(shown.stdout == "word,frequency,tag\n跨省通办,,\n一码通行,100000,n\n")
  }

  @Test func loadNamesTheFileAndLineOfAProblem() throws {
    let dir = try Baogao.temporaryDirectory()
    // Made-up: line 2 is not UTF-8.
    try Data([0xE6, 0x94, 0xBE, 0x0A, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("bad.txt"))
    let r = try Baogao.run(["-c", ".dict load bad.txt"], in: dir)
    #expect(r.status != 0)
    #expect(r.stderr.contains("bad.txt:2: error: not UTF-8"))
  }

  @Test func showListsABuiltInDictionary() throws {
    let r = try Baogao.run(["--mode", "csv", "-c", ".dict show policy"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("category,term\n"))
    #expect(r.stdout.contains("policy,营商环境\n") && r.stdout.contains("policy,新质生产力\n"))
    let env = try Baogao.run(["--mode", "csv", "-c", ".dict show @environment"])
    #expect(env.stdout.contains(",PM2.5\n"))
    let list = try Baogao.run(["--mode", "csv", "-c", ".dict"])
    #expect(list.stdout.contains("function-characters,"))
    let unknown = try Baogao.run(["-c", ".dict show enviroment"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("did you mean"))
  }

  @Test func singlesKeepsSingleCharacterFunctionWords() throws {
    let dir = try Baogao.temporaryDirectory()
    // Made-up report text.
    try Self.writeReport("我们的的的发展。", in: dir)
    let dropped = try Baogao.run(["--mode", "csv", "-c", "load report.txt; terms top 5"], in: dir)
    #expect(!dropped.stdout.contains("\n的,"))
    let kept = try Baogao.run(
      ["--mode", "csv", "-c", "load report.txt; terms top 5 singles"], in: dir)
    #expect(kept.stdout.contains("\n的,3,"))
  }
}
