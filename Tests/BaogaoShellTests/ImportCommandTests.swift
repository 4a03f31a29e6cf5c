import Foundation
import Testing

@testable import BaogaoShell

/// `.import FILE.csv [as NAME]`, `load` of a CSV without a text column, the staleness of `let`
/// tables after a load, and `source` on the fact ids of `attainment`.
@Suite("Import")
struct ImportCommandTests {
  func session() -> (Session, CapturedOutput) {
    let out = CapturedOutput()
    return (Session(output: out), out)
  }

  /// Made-up covariates (invented numbers) written to a fresh folder.
  func covariates(_ text: String = "region,year,population\n甲市,2023,120\n甲市,2024,125.5\n")
    throws -> URL
  {
    let dir = try Baogao.temporaryDirectory()
    try text.write(to: dir.appendingPathComponent("cov.csv"), atomically: true, encoding: .utf8)
    return dir
  }

  @Test(".import keeps a typed table as $NAME, listed by .tables as imported")
  func importAs() throws {
    let dir = try covariates()
    let (s, out) = session()
    s.run(
      ".mode csv\n.import cov.csv as panel\n$panel | where population > 121 | select region, year\n.tables",
      origin: Origin(file: "t.bg", directory: dir.path))
    #expect(
      out.stderr.contains(
        "imported $panel from cov.csv: 2 rows (region text, year int, population double)"),
      "\(out.stderr)")
    #expect(out.stdout.hasPrefix("region,year\n甲市,2024\n"), "\(out.stdout)")
    #expect(out.stdout.contains("$panel  —  imported: 2 rows (region, year, population)"))
  }

  @Test(".save keeps an .import replayable from the script's folder")
  func saveRebasesTheFile() throws {
    let dir = try covariates()
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let (s, out) = session()
    s.run(
      ".import cov.csv as pop\n.save sub/saved.bg",
      origin: Origin(file: "t.bg", directory: dir.path))
    let saved = try String(
      contentsOf: dir.appendingPathComponent("sub/saved.bg"), encoding: .utf8)
    #expect(saved.contains("\n.import ../cov.csv as pop\n"), "\(saved)\(out.stderr)")
  }

  @Test(".import completes paths, as load does")
  func completesPaths() throws {
    let dir = try covariates()
    let (s, _) = session()
    #expect(s.completions(for: ".import \(dir.path)/co") == ["\(dir.path)/cov.csv"])
  }

  @Test(".import names the table after the file; errors name the file and line")
  func importErrors() throws {
    let dir = try covariates("region,year\n甲市,2023\n乙县\n")
    let (s, out) = session()
    s.run(".import cov.csv", origin: Origin(file: "t.bg", directory: dir.path))
    #expect(out.stderr.contains("cov.csv:3: 1 field where the header has 2"), "\(out.stderr)")
    let (s2, out2) = session()
    s2.run(".import missing.csv as m", origin: Origin(file: "t.bg", directory: dir.path))
    #expect(out2.stderr.contains("no such file 'missing.csv'"), "\(out2.stderr)")
    let good = try covariates()
    let (s3, out3) = session()
    s3.run(
      ".mode csv; .import cov.csv; $cov | count", origin: Origin(file: "t.bg", directory: good.path)
    )
    #expect(out3.stdout == "count\n2\n", "\(out3.stderr)")
  }

  @Test("load of a CSV without a text column imports it as a table, not as reports")
  func loadPlainCSV() throws {
    let dir = try covariates()
    let (s, out) = session()
    s.run(
      ".mode csv\nload cov.csv\nreports | count\n$cov | count",
      origin: Origin(file: "t.bg", directory: dir.path))
    #expect(out.stderr.contains("imported $cov from cov.csv: 2 rows"), "\(out.stderr)")
    #expect(out.stdout == "count\n0\ncount\n2\n", "\(out.stderr)")
  }

  @Test("a later load warns that a let table was made from fewer reports")
  func staleLetTable() throws {
    let seeds = try Baogao.shared.appendingPathComponent("corpus/seeds")
    let dir = try covariates()
    let (s, out) = session()
    s.run(
      """
      load \(seeds.path)/2024-county-anonymized-guangdong.txt
      let n = reports | count
      .import \(dir.path)/cov.csv
      let p = $cov | where year > 2023
      .tables
      load \(seeds.path)/2024-tongwei-county-gansu-traditional.txt
      """, origin: Origin(directory: "."))
    #expect(
      out.stdout.contains("$n  —  kept with let, from 1 report (r1): 1 rows (count)"),
      "\(out.stdout)")
    #expect(
      out.stderr.contains(
        "warning: $n was made from 1 report (r1), before this load; run it again to include the 2 reports now loaded: let n = reports | count"
      ), "\(out.stderr)")
    // A table made from an imported table alone holds no report's data: never stale.
    #expect(!out.stderr.contains("$p was made"), "\(out.stderr)")
    #expect(!out.stderr.contains("$cov was made"), "\(out.stderr)")
  }

  @Test("attainment rows name their facts, and source shows each one's sentence")
  func attainmentSource() throws {
    let national = try Baogao.shared.appendingPathComponent(
      "corpus/national/national-1954-2025.jsonl")
    let (s, out) = session()
    s.run(
      ".mode csv\nload \(national.path)\nattainment | select target_id, actual_id, target, actual",
      origin: Origin(directory: "."))
    let rows = out.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false)
    }
    let met = try #require(rows.first { $0.count == 4 && !$0[1].isEmpty }, "\(out.stderr)")
    #expect(rows.count > 20)
    let (targetID, actualID) = (String(met[0]), String(met[1]))
    let before = out.stdout.count
    s.run("source \(targetID)\nsource \(actualID)", origin: Origin(directory: "."))
    let shown = String(out.stdout.dropFirst(before))
    #expect(shown.contains("\(targetID)  "), "\(shown)\(out.stderr)")
    #expect(shown.contains("\(actualID)  "), "\(shown)")
    // The figures of the row are in the facts' lines.
    #expect(shown.contains("target"), "\(shown)")
    #expect(shown.contains("actual"), "\(shown)")
  }
}
