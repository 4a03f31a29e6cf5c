import BaogaoCore
import Foundation
import Testing
@testable import BaogaoShell

@Suite("Completion")
struct CompletionTests {
  let session = Session(output: CapturedOutput())

  @Test("first word: commands, sources and dot-commands")
  func firstWord() {
    #expect(session.completions(for: "rep") == ["reports"])
    #expect(session.completions(for: ".mo") == [".mode"])
    #expect(session.completions(for: "lo") == ["load"])
  }

  @Test("after '|': stage names")
  func stages() {
    #expect(session.completions(for: "reports | wh") == ["where"])
    #expect(session.completions(for: "reports | so") == ["sort"])
  }

  @Test("inside a stage: the fields of the table at that point")
  func fields() {
    #expect(session.completions(for: "reports | where ye") == ["year", "year("])
    #expect(
      session.completions(for: "reports | select region as r | where re").contains("region")
        == false)
    #expect(session.completions(for: "reports | select region as r | where ").contains("r"))
    #expect(
      session.completions(for: "reports | group level agg count() | sort co") == [
        "coalesce(", "contains(", "corr(", "count", "count(",
      ])
  }

  @Test("after load: paths, directories with a slash")
  func paths() throws {
    let dir = try Baogao.temporaryDirectory()
    try "made up".write(
      to: dir.appendingPathComponent("报告2024.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("报告集"), withIntermediateDirectories: true)
    let found = session.completions(for: "load \(dir.path)/报告")
    #expect(found == ["\(dir.path)/报告2024.txt", "\(dir.path)/报告集/"])
  }

  @Test(".mode and .help arguments")
  func dotArguments() {
    #expect(session.completions(for: ".mode js") == ["json", "jsonl"])
    #expect(session.completions(for: ".help whe") == ["where"])
  }

  @Test("the field a quoted value is compared with: ==, !=, in [..], in (..)")
  func comparedField() {
    #expect(Session.comparedField(before: "reports | where region == ") == "region")
    #expect(Session.comparedField(before: "reports | where level!=") == "level")
    #expect(Session.comparedField(before: "indicators | where metric in [\"gdp\", ") == "metric")
    #expect(Session.comparedField(before: "indicators | where metric not in (") == "metric")
    #expect(Session.comparedField(before: "reports | where `地区` == ") == "地区")
    #expect(Session.comparedField(before: "reports | where 地区 == ") == "地区")
    // Not a comparison: a function's argument, a regex, a list not after `in`.
    #expect(Session.comparedField(before: "reports | where contains(region, ") == nil)
    #expect(Session.comparedField(before: "reports | where region ~ ") == nil)
    #expect(Session.comparedField(before: "reports | where region == \"a\" and [") == nil)
  }

  /// A session with the ten Guangdong reports of 2019–2021 (a shared seed).
  static func loadedSession() throws -> Session {
    let seed = try Baogao.shared.appendingPathComponent(
      "corpus/seeds/2019-2021-guangdong-web-page-10-reports.txt")
    let session = Session(output: CapturedOutput())
    session.run("load \(seed.path)", origin: Origin(directory: "."))
    try #require(!session.corpus.reports.isEmpty, "the seed did not load")
    return session
  }

  /// The distinct values of a text field, read through the language in csv mode.
  static func values(_ query: String, in session: Session) -> Set<String> {
    let output = CapturedOutput()
    let reader = Session(output: output)
    reader.corpus = session.corpus
    reader.analysis = session.analysis
    reader.run(".mode csv\n" + query, origin: Origin(directory: "."))
    return Set(output.stdout.split(separator: "\n").dropFirst().map(String.init))
  }

  @Test("inside quotes after ==: the values the field holds at that point of the pipeline")
  func valueCompletion() throws {
    let session = try Self.loadedSession()
    let regions = Self.values("reports | select region", in: session)
    try #require(regions.count > 1)
    let offered = session.completions(for: "reports | where region == \"")
    #expect(Set(offered) == Set(regions.map { "\"\($0)\"" }))
    // The stages before the cursor count: after a filter, only what is left.
    let city = try #require(regions.sorted().first)
    let first = String(city.prefix(1))
    #expect(
      Set(session.completions(for: "reports | where region == \"\(first)"))
        == Set(regions.filter { $0.hasPrefix(first) }.map { "\"\($0)\"" }))
    let levels = Self.values("reports | select level", in: session)
    #expect(
      Set(session.completions(for: "reports | where region != \"x\" | where level in [\""))
        == Set(levels.map { "\"\($0)\"" }))
    let metrics = Self.values("indicators | select metric", in: session)
    try #require(!metrics.isEmpty)
    #expect(
      Set(session.completions(for: "indicators | where metric == \""))
        == Set(metrics.map { "\"\($0)\"" }))
    // A numeric field has no quoted values to offer.
    #expect(session.completions(for: "reports | where year == \"") == [])
  }

  @Test("show: report ids, then that report's sections; source: report ids; @: dictionaries")
  func commandArguments() throws {
    let session = try Self.loadedSession()
    let ids = session.corpus.reports.map(\.id)
    #expect(Set(session.completions(for: "show ")) == Set(ids))
    #expect(Set(session.completions(for: "source r")) == Set(ids.filter { $0.hasPrefix("r") }))
    let sections = Self.values("sections | where report_id == \"r1\" | select kind", in: session)
    try #require(!sections.isEmpty)
    #expect(Set(session.completions(for: "show r1 ")) == sections)
    #expect(session.completions(for: "freq @en") == ["@environment"])
    #expect(
      session.completions(for: "freq @")
        == ["@environment", "@innovation", "@uncertainty"])
  }
}
