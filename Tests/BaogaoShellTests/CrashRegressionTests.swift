import Foundation
import Testing

@testable import BaogaoShell

/// Issue 12's crash sites, each run in a session on a real report: every one used to end the
/// process (SIGILL or SIGSEGV) and now ends the statement with an error at the right place.
@Suite("Crash regressions")
struct CrashRegressionTests {
  /// A session with one real seed report loaded.
  static func session() throws -> (Session, CapturedOutput) {
    let file = try Baogao.shared.appendingPathComponent(
      "corpus/seeds/2024-county-anonymized-guangdong.txt")
    let out = CapturedOutput()
    let session = Session(output: out)
    session.settings.bail = false
    #expect(session.run("load \(file.path)", origin: Origin(directory: ".")) == .ok)
    return (session, out)
  }

  /// Runs `statement` and returns its error line (the first of stderr after the load's notes).
  static func error(of statement: String) throws -> String {
    let (session, out) = try session()
    let before = out.stderr.count
    session.run(statement, origin: Origin(directory: "."))
    return String(out.stderr.dropFirst(before)).split(separator: "\n").first.map(String.init) ?? ""
  }

  @Test(
    "numbers that no Int holds are errors at their call",
    arguments: [
      ("reports | select round(1e19) as r", "error: 1e+19 is out of range for round()'s result"),
      (
        "reports | select round(year, -400) as r",
        "error: -400 is out of range for round()'s digits"
      ),
      (
        "reports | select round(year, 1e19) as r",
        "error: 1e+19 is out of range for round()'s digits"
      ),
      (
        "reports | select substr(title, 1e19) as s",
        "error: 1e+19 is out of range for substr()'s start"
      ),
      (
        "reports | select substr(title, -9223372036854775808) as s",
        "error: -9.22337203685e+18 is out of range for substr()'s start"
      ),
      (
        "reports | select substr(title, 1, 1e300) as s",
        "error: 1e+300 is out of range for substr()'s length"
      ),
      ("kwic 发展 width 1e19", "error: 1e+19 is out of range for 'width' (0–1000)"),
      ("ngrams 1e19", "error: 1e+19 is out of range for N (1–100)"),
      ("terms top 1e300", "error: 1e+300 is out of range for 'top'"),
    ])
  func wholeNumbers(statement: String, expected: String) throws {
    #expect(try Self.error(of: statement).hasPrefix(expected))
  }

  @Test("deep nesting and long sums are errors, not stack overflows")
  func depth() throws {
    let parentheses =
      String(repeating: "(", count: 8_000) + "year" + String(repeating: ")", count: 8_000)
    #expect(
      try Self.error(of: "reports | select \(parentheses) as y")
        == "error: expression nested more than 200 levels deep")
    let sum = Array(repeating: "year", count: 40_000).joined(separator: "+")
    #expect(
      try Self.error(of: "reports | select \(sum) as y").hasPrefix(
        "error: more than 2000 operators in one stage"))
    let minuses = String(repeating: "-", count: 5_000) + "year"
    #expect(
      try Self.error(of: "reports | select \(minuses) as y")
        == "error: expression nested more than 200 levels deep")
    // Within the limits a long expression still runs: 1,000 terms of year.
    let (session, out) = try Self.session()
    session.run(
      ".mode csv; reports | select " + Array(repeating: "year", count: 1_000).joined(separator: "+")
        + " as y", origin: Origin(directory: "."))
    #expect(out.stdout == "y\n2024000\n")
  }

  @Test("charts of infinite values are errors; huge values draw inside the grid")
  func charts() throws {
    #expect(
      try Self.error(of: "reports | select year*1e308*10 as x, region | chart bar region x")
        .hasPrefix("error: field 'x' is infinite or not a number at"))
    #expect(
      try Self.error(
        of: "reports | select year*1e308*10 as x, year | chart line year x to /tmp/x.svg"
      )
      .hasPrefix("error: field 'x' is infinite or not a number at"))
    let (session, out) = try Self.session()
    let dir = try Baogao.temporaryDirectory()
    let status = session.run(
      """
      let t = reports | select year, year * 1e16 as x
      $t | chart line year x
      $t | chart bar year x
      $t | sparkline year x
      $t | chart line year x to \(dir.path)/big.svg
      reports | select year, -1e308 as x | chart bar year x to \(dir.path)/neg.svg
      """, origin: Origin(directory: "."))
    #expect(status == .ok, "\(out.stderr)")
    #expect(out.stdout.contains("2.024e+19"))
    let svg = try String(contentsOf: dir.appendingPathComponent("big.svg"), encoding: .utf8)
    #expect(svg.contains("</svg>"))
  }

  @Test("a catastrophic regular expression ends at ICU's time limit with an error naming it")
  func regexTimeLimit() throws {
    let start = Date()
    #expect(
      try Self.error(of: #"search "(.*)*x""#).hasPrefix(
        "error: regular expression '(.*)*x' ran past ICU's time limit"))
    #expect(Date().timeIntervalSince(start) < 60)
  }

  @Test("archive limits are set with .set, and a bad value is an error naming the setting")
  func archiveLimitsFromSet() throws {
    // A real seed repeated past 1 MB, zipped with zip(1).
    let dir = try Baogao.temporaryDirectory()
    let seed = try Data(
      contentsOf: try Baogao.shared.appendingPathComponent(
        "corpus/seeds/2024-county-anonymized-guangdong.txt"))
    let big = dir.appendingPathComponent("big.txt")
    try Data(repeatElement(seed, count: (2 << 20) / seed.count + 1).joined()).write(to: big)
    let zip = Process()
    zip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    zip.arguments = ["zip", "-q", "-j", dir.appendingPathComponent("r.zip").path, big.path]
    try zip.run()
    zip.waitUntilExit()
    #expect(zip.terminationStatus == 0)
    let path = dir.appendingPathComponent("r.zip").path
    let (session, out) = try Self.session()
    let before = out.stderr.count
    session.run(".set archive_max_mb 1\nload \(path)", origin: Origin(directory: "."))
    #expect(
      String(out.stderr.dropFirst(before)).contains("expands past 1 MB, the limit for one entry"))
    #expect(
      try Self.error(of: ".set archive_max_depth 99\nload \(path)").hasPrefix(
        "error: $archive_max_depth must be a whole number from 0 to 16, not '99'"))
    let (fresh, freshOut) = try Self.session()
    #expect(fresh.run("load \(path)", origin: Origin(directory: ".")) == .ok, "\(freshOut.stderr)")
  }

  @Test("NiceScale ends on ranges where adding a step no longer changes the value")
  func niceScale() {
    for (low, high) in [
      (2.019e16, 2.024e16), (0, 1e308), (-1e308, 1e308), (1e300, 1e300 * 1.0000001),
    ] {
      let ticks = NiceScale.ticks(low: low, high: high)
      #expect(!ticks.isEmpty && ticks.count <= 21, "\(low)…\(high): \(ticks.count) ticks")
    }
  }
}
