import Foundation
import Testing
@testable import BaogaoShell

/// `show`, `source`, `search`, charts and export on the real seeds, as a person sees them.
@Suite("Report commands")
struct ReportCommandsTests {
  func seed(_ name: String) throws -> String {
    try Baogao.shared.appendingPathComponent("corpus/seeds/\(name)").path
  }

  @Test("source prints the fact, its report and section, and the sentence with the figure marked")
  func source() throws {
    let r = try Baogao.run([
      "-c", "load \(try seed("2019-2021-guangdong-web-page-10-reports.txt")); source r1.f1",
    ])
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "commands/source-r1.f1.txt")
    #expect(r.stdout.contains("«1002.18亿元"))
  }

  @Test("show ID SECTION prints the section's headings and text")
  func showSection() throws {
    let r = try Baogao.run([
      "-c", "load \(try seed("2024-county-anonymized-guangdong.txt")); .width 100; show r1 review",
    ])
    #expect(r.status == 0)
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("r1  ") == true)
    #expect(lines.contains { $0.contains("(review, ") && $0.contains("【") })
    // The body is wrapped to the width (the header holds the file's path, which is not).
    #expect(
      lines.dropFirst(2).allSatisfy {
        DisplayWidth.width(of: String($0), ambiguousWide: false) <= 100
      })
  }

  @Test("show and source name an unknown id and suggest the closest")
  func unknownIDs() throws {
    let r = try Baogao.run([
      "-c", "load \(try seed("2024-county-anonymized-guangdong.txt")); show r9",
    ])
    #expect(r.status == 1)
    #expect(r.stderr.contains("error: unknown report 'r9' (did you mean 'r1'?)"))
    let s = try Baogao.run([
      "-c", "load \(try seed("2024-county-anonymized-guangdong.txt")); source r1.f999",
    ])
    #expect(s.status == 1)
    #expect(s.stderr.contains("r1 has no fact or sentence 'r1.f999'"))
  }

  @Test("search marks every match in its sentence")
  func search() throws {
    let r = try Baogao.run([
      "--mode", "csv", "-c",
      "load \(try seed("2019-2021-guangdong-web-page-10-reports.txt")); search \"稳.{0,2}增长\" | select report_id, match, context | limit 2",
    ])
    #expect(r.status == 0)
    assertGolden(r.stdout, named: "commands/search.csv")
  }

  @Test("chart bar in the terminal and as SVG; export to CSV equals .mode csv")
  func chartAndExport() throws {
    let dir = try Baogao.temporaryDirectory()
    let seeds = try Baogao.shared.appendingPathComponent("corpus/seeds").path
    let r = try Baogao.run([
      "-c",
      """
      load \(seeds)
      reports | where level == "town" | select region, chars | sort chars desc | chart bar region chars
      reports | group level agg count() as n | chart bar level n to \(dir.path)/levels.svg
      reports | select id, region, year | export \(dir.path)/r.csv
      .mode csv
      reports | select id, region, year
      """,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    assertGolden(r.stdout, named: "commands/chart-and-csv.txt")
    let csv = try String(contentsOf: dir.appendingPathComponent("r.csv"), encoding: .utf8)
    #expect(r.stdout.hasSuffix(csv))
    let svg = try String(contentsOf: dir.appendingPathComponent("levels.svg"), encoding: .utf8)
    #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
  }
}
