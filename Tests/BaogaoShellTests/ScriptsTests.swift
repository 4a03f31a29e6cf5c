import Foundation
import Testing

/// The analyses in `Scripts/` run as a researcher runs them: `baogao Scripts/NAME.bg`.
///
/// On the invented demo corpus (`Notebooks/demo-corpus`, the scripts' default) their stdout must
/// equal a golden file, so that a change in extraction or in the language shows up as a diff of
/// what a person reads; on the real seed reports in `../shared` they must run cleanly and print
/// their tables.
@Suite("Scripts")
struct ScriptsTests {
  static let names = ["attainment", "escalation", "wording-strength", "attention", "data-quality"]

  static func script(_ name: String) -> URL {
    Baogao.packageRoot.appendingPathComponent("Scripts").appendingPathComponent("\(name).bg")
  }

  @Test("every .bg in Scripts/ is covered by these tests")
  func allScriptsListed() throws {
    let folder = Baogao.packageRoot.appendingPathComponent("Scripts")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".bg") }.map { String($0.dropLast(3)) }
    #expect(Set(files) == Set(Self.names))
  }

  @Test("a script on the demo corpus prints its golden tables and exits 0", arguments: names)
  func demoCorpus(name: String) throws {
    let r = try Baogao.run([Self.script(name).path])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(!r.stderr.contains("error:"), "stderr: \(r.stderr)")
    // The default corpus is the demo corpus: all nine reports load.
    #expect(r.stderr.contains("loaded 9 reports from 9 files"), "stderr: \(r.stderr)")
    assertGolden(r.stdout, named: "scripts/\(name).txt")
  }

  @Test("a script runs from another folder: its default corpus is relative to the script")
  func otherFolder() throws {
    let dir = try Baogao.temporaryDirectory()
    let r = try Baogao.run([Self.script("escalation").path], in: dir)
    #expect(r.status == 0, "stderr: \(r.stderr)")
    let fromRoot = try Baogao.run(["Scripts/escalation.bg"])
    #expect(r.stdout == fromRoot.stdout)
  }

  @Test("a script on the real seed reports (--set corpus=…) exits 0 with tables", arguments: names)
  func seeds(name: String) throws {
    let seeds = try Baogao.shared.appendingPathComponent("corpus/seeds").path
    let r = try Baogao.run([Self.script(name).path, "--set", "corpus=\(seeds)"])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(!r.stderr.contains("error:"), "stderr: \(r.stderr)")
    #expect(r.stderr.contains("loaded 14 reports from 5 files"), "stderr: \(r.stderr)")
    // `.params` echoes the corpus given; then at least one table with rows.
    #expect(r.stdout.hasPrefix("$corpus = \(seeds)\n"))
    #expect(r.stdout.contains(" rows)") || r.stdout.contains("(1 row)"))
  }

  @Test("attainment on the demo corpus: the 以上 target missed by 0.1, the 左右 one within 0.5")
  func attainmentFacts() throws {
    let r = try Baogao.run([
      "--mode", "csv", "-c",
      """
      load Notebooks/demo-corpus
      attainment | where region == "虚构省" and metric == "fixed_investment" and period == "2023" |
        select target, qualifier, actual, gap, met
      attainment | where region == "样本市" and metric == "gdp" and period == "2023" |
        select target, qualifier, actual, gap, met
      """,
    ])
    #expect(r.status == 0, "stderr: \(r.stderr)")
    #expect(
      r.stdout == """
        target,qualifier,actual,gap,met
        6,at_least,5.9,-0.1,false
        target,qualifier,actual,gap,met
        6,about,5.6,-0.4,true

        """)
  }
}
