import Foundation
import Testing

/// The rule for a script's standard output in a data mode: tables only, one per script for one
/// file; a second table is separated by a blank line and warned about on standard error.
@Suite("Script output in csv/tsv/json modes")
struct ScriptCSVOutputTests {
  /// A script loading the demo corpus (invented reports), echoing its parameters.
  static func script(printing tables: [String]) throws -> String {
    let dir = try Baogao.temporaryDirectory()
    let demo = Baogao.packageRoot.appendingPathComponent("Notebooks/demo-corpus").path
    let text = ".params\nload ${corpus:-\(demo)}\n" + tables.joined(separator: "\n") + "\n"
    let path = dir.appendingPathComponent("export.bg").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test("one table: stdout is exactly one CSV; parameters and load notes go to stderr")
  func oneTableIsOneCSV() throws {
    let path = try Self.script(printing: ["reports | select id, year | sort id | limit 2"])
    let demo = Baogao.packageRoot.appendingPathComponent("Notebooks/demo-corpus").path
    let r = try Baogao.run(["--mode", "csv", "--set", "corpus=\(demo)", path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "id,year\nr1,2022\nr2,2023\n")
    #expect(r.stderr.contains("$corpus = \(demo)\n"))
    #expect(r.stderr.contains("loaded 9 reports"))
    #expect(!r.stderr.contains("warning: the output holds several"))
  }

  @Test("two tables: a blank line between them and one warning on stderr", arguments: ["csv", "tsv", "json"])
  func twoTablesAreSeparatedAndWarned(mode: String) throws {
    let path = try Self.script(printing: [
      "reports | select id | sort id | limit 1", "reports | count", "reports | count",
    ])
    let r = try Baogao.run(["--mode", mode, path])
    #expect(r.status == 0, "\(r.stderr)")
    let tables = r.stdout.components(separatedBy: "\n\n")
    #expect(tables.count == 3, "\(r.stdout)")
    let warnings = r.stderr.components(separatedBy: "warning: the output holds several \(mode) tables")
    #expect(warnings.count == 2, "\(r.stderr)")
  }
}
