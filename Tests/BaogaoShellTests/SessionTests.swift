import Foundation
import Testing
@testable import BaogaoShell

@Suite("Session")
struct SessionTests {
  func session() -> (Session, CapturedOutput) {
    let out = CapturedOutput()
    return (Session(output: out), out)
  }

  @Test(".set parameters and .params")
  func parameters() {
    let (s, out) = session()
    s.run(".set year 2024; .set place 广东 省; .params", origin: Origin(directory: "."))
    #expect(out.stdout == "$place = 广东 省\n$year = 2024\n")
  }

  @Test(".output and .once send results to files; .output alone comes back")
  func redirection() throws {
    let dir = try Baogao.temporaryDirectory()
    let (s, out) = session()
    let origin = Origin(file: "t.bg", directory: dir.path)
    s.run(
      ".mode csv\n.once once.csv\nreports | count\n.output all.csv\nreports | count\nreports | count\n.output\nreports | count",
      origin: origin)
    #expect(
      try String(contentsOf: dir.appendingPathComponent("once.csv"), encoding: .utf8)
        == "count\n0\n")
    #expect(
      try String(contentsOf: dir.appendingPathComponent("all.csv"), encoding: .utf8)
        == "count\n0\ncount\n0\n")
    #expect(out.stdout == "count\n0\n")
  }

  @Test("let keeps a table as $NAME; .tables lists it")
  func letTables() {
    let (s, out) = session()
    s.run(
      ".mode csv; let n = reports | count; $n | select count + 1 as m; .tables",
      origin: Origin(directory: "."))
    #expect(out.stdout.hasPrefix("m\n1\n"))
    #expect(out.stdout.contains("$n  —  kept with let, from no reports: 1 rows (count)"))
    #expect(out.stderr == "kept $n: 1 row\n")
  }

  @Test("unknown dot-command suggests the closest")
  func unknownDot() {
    let (s, out) = session()
    let status = s.run(".mdoe csv", origin: Origin(directory: "."))
    #expect(status == .failed)
    #expect(out.stderr.hasPrefix("error: unknown command '.mdoe' (did you mean '.mode'?)"))
  }

  /// `.mode csv -- note` used to answer "unknown mode 'csv' (did you mean 'csv'?)".
  @Test(".mode with extra words says so and names the comment character")
  func modeWithExtraWords() {
    let (s, out) = session()
    let status = s.run(".mode csv -- note", origin: Origin(directory: "."))
    #expect(status == .failed)
    #expect(out.stderr.hasPrefix("error: .mode takes one mode, not 3 words: .mode csv (comments start with #)"))
    #expect(s.run(".mode csv  # a note", origin: Origin(directory: ".")) == .ok)
  }

  @Test(".help lists topics, sources with their fields, and stages")
  func help() {
    let (s, out) = session()
    s.run(".help; .help reports; .help where", origin: Origin(directory: "."))
    #expect(out.stdout.contains("Dot-commands:"))
    #expect(out.stdout.contains("reports — one row per loaded report"))
    #expect(out.stdout.contains("  region         string  the government giving the report"))
    #expect(out.stdout.contains("where EXPR — keep the rows for which EXPR is true."))
  }

  @Test(".save writes the statements that succeeded; replaying the script gives the same output")
  func saveAndReplay() throws {
    let shared = try Baogao.shared
    let dir = try Baogao.temporaryDirectory()
    let seeds = shared.appendingPathComponent("corpus/seeds").path
    let typed = """
      .bail off
      load \(seeds)
      .mode csv
      reports | select id, region, level, year | sort id
      reports | where yaer > 1
      reports | group level agg count() | sort level
      .save \(dir.path)/session.bg
      """
    let live = try Baogao.run([], stdin: typed + "\n")
    let replay = try Baogao.run(["\(dir.path)/session.bg"])
    #expect(replay.status == 0)
    #expect(!live.stdout.isEmpty)
    #expect(replay.stdout == live.stdout)
    let saved = try String(contentsOf: dir.appendingPathComponent("session.bg"), encoding: .utf8)
    #expect(!saved.contains("yaer"))
  }

  @Test(".save keeps a .read, not the statements it ran, so a replay runs them once")
  func saveKeepsRead() throws {
    let dir = try Baogao.temporaryDirectory()
    try "reports | count\n".write(
      to: dir.appendingPathComponent("inner.bg"), atomically: true, encoding: .utf8)
    let (s, _) = session()
    s.run(
      ".mode csv\n.read inner.bg\n.save saved.bg", origin: Origin(file: "t.bg", directory: dir.path)
    )
    let saved = try String(contentsOf: dir.appendingPathComponent("saved.bg"), encoding: .utf8)
    #expect(saved.split(separator: "\n").dropFirst() == [".mode csv", ".read inner.bg"])
  }

  @Test(
    ".save rewrites relative paths for the folder it saves to, so the script replays from there")
  func saveRebasesPaths() throws {
    let dir = try Baogao.temporaryDirectory()
    let data = dir.appendingPathComponent("data")
    let elsewhere = dir.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    // A made-up two-line report.
    try "示例县2024年政府工作报告\n地区生产总值增长5%。\n".write(
      to: data.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let live = try Baogao.run(
      ["-c", ".mode csv; load a.txt; reports | select region, year; .save ../elsewhere/s.bg"],
      in: data)
    #expect(live.status == 0, "\(live.stderr)")
    let saved = try String(contentsOf: elsewhere.appendingPathComponent("s.bg"), encoding: .utf8)
    #expect(saved.contains("load ../data/a.txt\n"))
    let replay = try Baogao.run(
      [elsewhere.appendingPathComponent("s.bg").path], in: URL(fileURLWithPath: "/"))
    #expect(replay.status == 0)
    #expect(replay.stdout == live.stdout)
    #expect(SavedScript.relative(from: "/tmp", to: "/work/a/b") == "../work/a/b")
  }
}
