import Foundation
import Testing

@testable import BaogaoCore

/// One row of a mechanism table (`Tables/*.tsv`): a real sentence from lawtext, the
/// report it is read as, and what the facts of one metric must show. README.md gives the format.
struct MechanismRow: Sendable, CustomTestStringConvertible {
  /// The lawtext file, `政府工作报告-省自治区/云南省/2018.md`, or `issue9: …` for the issue's quotes.
  var source: String
  var region: String
  var level: Level?
  var year: Int
  /// Made-up heading placed before the sentence: `review`, `review5`, `targets` or `-`.
  var section: String
  /// The metric the patterns are about; `a|b` when the sentence leaves the choice open
  /// (城乡居民收入: disposable_income or the urban and rural ones).
  var metric: String
  /// Holds on main and must keep holding.
  var expect: [FactPattern]
  /// What issue 9 adds; checked inside `withKnownIssue` until the mechanism lands.
  var pending: [FactPattern]
  var sentence: String
  /// The table (`head-noun`) and the line in it.
  var table: String
  var line: Int

  var testDescription: String { "\(table):\(line) \(source) [\(metric)] \(sentence.prefix(30))" }

  /// The made-up report around the sentence: a heading of the right kind, then the sentence.
  var text: String {
    switch section {
    case "review": "一、\(year - 1)年工作回顾\n" + sentence
    case "review5": "一、过去五年工作回顾\n" + sentence
    case "targets": "二、\(year)年工作目标和任务\n" + sentence
    default: sentence
    }
  }

  /// The facts of this row's metric, each as its fields (see `FactFields`). The text is cleaned
  /// as the loader cleans it (fullwidth ％, spaces inside figures), since the sentences are raw.
  func facts() -> [[String: String]] {
    let metrics = Set(metric.split(separator: "|").map(String.init))
    return MadeUpReport.facts(
      TextCleaner.shared.clean(text).text, year: year, region: region, level: level
    )
    .filter { metrics.contains($0.metric) }
    .map(FactFields.of)
  }

  static func described(_ facts: [[String: String]]) -> String {
    if facts.isEmpty { return "no fact" }
    let keys = ["kind", "period", "value", "unit", "growth", "growthHigh", "qualifier", "valueBase", "baseUnit"]
    return facts.map { f in keys.compactMap { k in f[k].map { "\(k)=\($0)" } }.joined(separator: " ") }
      .joined(separator: " | ")
  }
}

enum MechanismTable {
  /// Each table and the mechanism its pending rows wait for.
  static let tables: [(name: String, mechanism: String)] = [
    ("head-noun", "the head-noun rule"), ("subject", "the subject of a clause"),
    ("spans", "multi-year spans"), ("thresholds", "thresholds as at_least"),
    ("qualitative", "qualitative targets"), ("units", "value_base in base units"),
  ]

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Tables")

  /// Reads `name.tsv`; a missing or malformed table is a recorded failure, not an empty table.
  static func rows(_ name: String) -> [MechanismRow] {
    let url = folder.appendingPathComponent(name + ".tsv")
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      return [broken("missing \(url.path)", table: name, line: 0)]
    }
    var rows: [MechanismRow] = []
    for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = String(raw)
      if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if c.first == "source" { continue }
      guard c.count == 9 else {
        rows.append(broken("\(name).tsv: \(c.count) columns, not 9", table: name, line: n + 1))
        continue
      }
      rows.append(MechanismRow(
        source: c[0], region: c[1], level: Level(rawValue: c[2]), year: Int(c[3]) ?? 0,
        section: c[4], metric: c[5], expect: FactPattern.parseList(c[6]),
        pending: FactPattern.parseList(c[7]), sentence: c[8], table: name, line: n + 1))
    }
    return rows
  }

  /// A row that fails: the table could not be read.
  static func broken(_ why: String, table: String, line: Int) -> MechanismRow {
    MechanismRow(
      source: why, region: "", level: nil, year: 0, section: "-", metric: "-",
      expect: [FactPattern(negated: false, fields: [FieldExpectation(field: "table", alternatives: ["readable"])])],
      pending: [], sentence: "", table: table, line: line)
  }

  /// Checks a row: `expect` plainly, `pending` as a known issue of `mechanism` while it fails.
  static func check(_ row: MechanismRow) {
    let facts = row.facts()
    let place = "\(row.table).tsv:\(row.line) \(row.source)"
    let mechanism = tables.first { $0.name == row.table }?.mechanism ?? row.table
    for p in row.expect {
      #expect(p.holds(for: facts), "\(place): \(row.metric) \(p) — found \(MechanismRow.described(facts))")
    }
    let failing = row.pending.filter { !$0.holds(for: facts) }
    guard !row.pending.isEmpty else { return }
    // Remove this wrapper (move the row's `pending` into `expect`) once the mechanism lands:
    // it then fails with "known issue was not recorded".
    withKnownIssue("needs \(mechanism) (issue 9)") {
      for p in failing {
        Issue.record("\(place): \(row.metric) \(p) — found \(MechanismRow.described(facts))")
      }
    }
  }
}

@Suite struct MechanismTableTests {
  @Test(arguments: MechanismTable.tables.flatMap { MechanismTable.rows($0.name) })
  func row(_ row: MechanismRow) {
    MechanismTable.check(row)
  }
}
