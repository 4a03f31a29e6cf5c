import Foundation
import Testing

/// Transcript tests of non-interactive runs: a script in, exact stdout, stderr and exit code out.
@Suite("Running scripts")
struct ScriptRunTests {
  @Test("an error in a script names FILE:LINE:COL, shows the line with a caret, stops and exits 1")
  func scriptErrorStops() throws {
    let dir = try Baogao.temporaryDirectory()
    let script = dir.appendingPathComponent("analysis.bg")
    try """
    # made-up script: the second statement misspells a field
    .mode csv
    reports | where yaer > 2000
    reports | count
    """.write(to: script, atomically: true, encoding: .utf8)
    let r = try Baogao.run([script.path])
    #expect(r.status == 1)
    #expect(r.stdout == "")
    #expect(
      r.stderr == """
        \(script.path):3:17: error: unknown field 'yaer' (did you mean 'year'?)
         3 | reports | where yaer > 2000
           |                 ^~~~

        """)
  }

  @Test(".bail off goes on after an error; the exit status is then 0")
  func bailOff() throws {
    let r = try Baogao.run([
      "-c", ".bail off; .mode csv; reports | where yaer > 1; reports | count",
    ])
    #expect(r.status == 0)
    #expect(r.stdout == "count\n0\n")
    #expect(r.stderr.hasPrefix("error: unknown field 'yaer' (did you mean 'year'?)\n"))
  }

  @Test("-c runs statements; --mode and --set apply; output on stdout only")
  func commandOption() throws {
    let r = try Baogao.run([
      "--mode", "jsonl", "--set", "n=2", "-c", "reports | count | select count + $n as n",
    ])
    #expect(r.status == 0)
    #expect(r.stdout == "{\"n\":2}\n")
    #expect(r.stderr == "")
  }

  @Test("a --set the script never uses is an error (a misspelt name)")
  func unusedParameter() throws {
    let r = try Baogao.run(["--set", "metirc=gdp", "-c", "reports | where region == $metric"])
    #expect(r.status == 2)
    #expect(r.stderr == "baogao: --set metirc=… is not used by -c (did you mean 'metric'?)\n")
    #expect(r.stdout == "")
  }

  @Test(".pwd, .cd and .shell, as in sqlite3 and psql; .read of a missing file names the folder")
  func folderCommands() throws {
    let folder = try Baogao.temporaryDirectory()
    try "made-up\n".write(
      to: folder.appendingPathComponent("note.txt"), atomically: true, encoding: .utf8)
    let r = try Baogao.run([
      "-c", ".bail off; .cd \(folder.path); .pwd; .shell cat note.txt; .shell exit 3; .read none.bg",
    ])
    let real = folder.resolvingSymlinksInPath().path
    #expect(r.stdout == "\(real)\nmade-up\n" || r.stdout == "\(folder.path)\nmade-up\n", "\(r.stdout)")
    #expect(r.stderr.contains("error: 'exit 3' exited with status 3"), "\(r.stderr)")
    #expect(r.stderr.contains("error: no such file 'none.bg' (current folder: "), "\(r.stderr)")
    let missing = try Baogao.run(["-c", ".cd /no/such/folder"])
    #expect(missing.stderr.contains("no such folder '/no/such/folder' (current folder: "))
  }

  @Test(".help lists every kind of topic; field names are never cut")
  func helpTopics() throws {
    let all = try Baogao.run(["-c", ".help"])
    for heading in ["Sources: ", "Stages: ", "Functions: ", "Aggregates: ", "Other topics: "] {
      #expect(all.stdout.contains("\n" + heading), "\(heading)")
    }
    #expect(all.stdout.contains("lag, lead") && all.stdout.contains("corr"))
    let attainment = try Baogao.run(["-c", ".help attainment"])
    #expect(attainment.stdout.contains("  target_report_id "), "\(attainment.stdout)")
    #expect(attainment.stdout.contains("  actual_report_id "))
  }

  @Test("statements from standard input run without prompts")
  func standardInput() throws {
    let r = try Baogao.run([], stdin: ".mode csv\nreports | count\n")
    #expect(r.status == 0)
    #expect(r.stdout == "count\n0\n")
  }

  @Test("a missing script is a clear error")
  func missingScript() throws {
    let r = try Baogao.run(["no-such-script.bg"])
    #expect(r.status == 2)
    #expect(
      r.stderr
        == "baogao: no such file 'no-such-script.bg' (current folder: \(Baogao.packageRoot.path))\n")
  }

  @Test(".read resolves paths relative to the script that reads; errors name the inner file")
  func readNested() throws {
    let dir = try Baogao.temporaryDirectory()
    let sub = dir.appendingPathComponent("lib")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    try ".mode csv\n.read inner.bg\n".write(
      to: sub.appendingPathComponent("outer.bg"), atomically: true, encoding: .utf8)
    try "reports | count\nreports | limit x\n".write(
      to: sub.appendingPathComponent("inner.bg"), atomically: true, encoding: .utf8)
    let r = try Baogao.run(["lib/outer.bg"], in: dir)
    #expect(r.status == 1)
    #expect(r.stdout == "count\n0\n")
    #expect(
      r.stderr.hasPrefix(
        "inner.bg:2:17: error: expected a row count after 'limit' (a whole number), found 'x'\n"))
  }

  @Test("load of seeds prints one JSON object per loaded report")
  func loadSeedJSONL() throws {
    let shared = try Baogao.shared
    let r = try Baogao.run([
      "-c",
      "load \(shared.path)/corpus/seeds/2024-county-anonymized-guangdong.txt; .mode jsonl; reports",
    ])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count >= 1)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["id"] as? String != nil)
      #expect(
        (object?["doc"] as? String)?.hasSuffix("2024-county-anonymized-guangdong.txt") == true)
      #expect(object?["text"] != nil)
    }
  }

  /// Malformed statements, each run on its own: an error message and exit 1, never a crash.
  @Test(arguments: [
    "|||", "reports | where", "reports | where (((", "\"", "reports | select", ".mode x", ".nope",
    "reports | sort", "let = reports", "let x reports", "$", "${", "reports | join",
    "reports | pivot a",
    "reports | group x agg", "reports | top 3", "@", "load", "reports | select -", "\u{7}",
    "报告 | 哪里",
    "reports | where year in [1,", "reports | limit 99999999999999999999999", ".width -3", ".set",
  ])
  func malformedInput(statement: String) throws {
    let r = try Baogao.run(["-c", statement])
    #expect(r.status == 1, "\(statement): \(r.stderr)")
    #expect(r.stderr.contains("error: "))
    #expect(r.stdout == "")
  }

  @Test("after an error the interactive-style run goes on with the session intact")
  func sessionGoesOn() throws {
    let r = try Baogao.run([
      "-c",
      ".bail off; .set y 2020; reports | wher x; .mode csv; reports | where year > $y | count",
    ])
    #expect(r.status == 0)
    #expect(r.stdout == "count\n0\n")
  }
}
