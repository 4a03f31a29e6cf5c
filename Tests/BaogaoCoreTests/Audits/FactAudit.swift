import Foundation
import Testing

@testable import BaogaoCore

/// Issue 9's hand-checked sample: 200 facts the extractor gives on lawtext, drawn with a fixed
/// seed across levels and decades, each with a person's verdict, kept in `Data/sample-200.tsv`.
enum FactAudit {
  /// A level and a span of years, and how many reports to draw from it (two facts each).
  struct Stratum: Sendable {
    var name: String
    var level: Level
    var years: ClosedRange<Int>
    var reports: Int
  }

  static let strata: [Stratum] = [
    Stratum(name: "province 1979-1999", level: .province, years: 1979...1999, reports: 10),
    Stratum(name: "province 2000-2019", level: .province, years: 2000...2019, reports: 15),
    Stratum(name: "province 2020-2026", level: .province, years: 2020...2026, reports: 15),
    Stratum(name: "city 2000-2019", level: .city, years: 2000...2019, reports: 25),
    Stratum(name: "city 2020-2026", level: .city, years: 2020...2026, reports: 35),
  ]
  static let factsPerReport = 2

  /// A drawn sample: its seed and its file. Sample `b` was drawn after the extractor's rules
  /// had been written from sample `a`'s wrong facts, from reports `a` does not hold: it measures
  /// the extractor on facts nobody had looked at; sample `c`, after rules were written from
  /// `b`, from reports neither holds.
  struct Sample: Sendable, CustomTestStringConvertible {
    var name: String
    var seed: UInt64
    var fileName: String
    /// Reports of these samples are left out of the draw.
    var excluding: [String] = []
    /// Only the province strata (sample l).
    var provincesOnly = false
    /// Province strata draw from facts (not reports) the excluded samples do not hold: every
    /// province report of lawtext is in a sample before h, two facts of it each. City strata
    /// still draw from reports no excluded sample holds. Samples from l on.
    var provincesByFact = false
    /// City strata draw from facts the excluded samples do not hold, as province strata do with
    /// `provincesByFact`: by o, every city report of 2000–2019 is in a sample. Samples from p on.
    var citiesByFact = false
    /// The strata drawn from.
    var strata: [Stratum] {
      provincesOnly ? FactAudit.strata.filter { $0.level == .province } : FactAudit.strata
    }
    /// How many facts the sample holds.
    var size: Int { strata.map(\.reports).reduce(0, +) * FactAudit.factsPerReport }
    var file: URL {
      URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Data/\(fileName)")
    }
    var testDescription: String { name }
  }

  static let samples = [
    Sample(name: "a", seed: 20_261_206, fileName: "sample-200.tsv"),
    Sample(name: "b", seed: 20_261_207, fileName: "sample-b-200.tsv", excluding: ["a"]),
    Sample(name: "c", seed: 20_261_208, fileName: "sample-c-200.tsv", excluding: ["a", "b"]),
    Sample(
      name: "d", seed: 20_261_209, fileName: "sample-d-200.tsv", excluding: ["a", "b", "c"]),
    Sample(
      name: "e", seed: 20_261_210, fileName: "sample-e-200.tsv", excluding: ["a", "b", "c", "d"]),
    Sample(
      name: "f", seed: 20_261_211, fileName: "sample-f-200.tsv",
      excluding: ["a", "b", "c", "d", "e"]),
    Sample(
      name: "g", seed: 20_261_212, fileName: "sample-g-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f"]),
    Sample(
      name: "h", seed: 20_261_213, fileName: "sample-h-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g"]),
    Sample(
      name: "i", seed: 20_261_214, fileName: "sample-i-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h"]),
    Sample(
      name: "j", seed: 20_261_215, fileName: "sample-j-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h", "i"]),
    Sample(
      name: "k", seed: 20_261_216, fileName: "sample-k-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]),
    Sample(
      name: "l", seed: 20_261_217, fileName: "sample-l-provinces-80.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"], provincesOnly: true,
      provincesByFact: true),
    Sample(
      name: "m", seed: 20_261_218, fileName: "sample-m-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"],
      provincesByFact: true),
    Sample(
      name: "n", seed: 20_261_219, fileName: "sample-n-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"],
      provincesByFact: true),
    // o: no city report of 2000–2019 is left that no sample holds; its quota passed on.
    Sample(
      name: "o", seed: 20_261_220, fileName: "sample-o-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"],
      provincesByFact: true),
    Sample(
      name: "p", seed: 20_261_221, fileName: "sample-p-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o"],
      provincesByFact: true, citiesByFact: true),
    Sample(
      name: "q", seed: 20_261_222, fileName: "sample-q-200.tsv",
      excluding: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"],
      provincesByFact: true, citiesByFact: true),
  ]
  static func sample(_ name: String) -> Sample { samples.first { $0.name == name }! }

  /// The columns that identify a fact, by their JSON names; read through `FactFields`.
  static let factColumns = [
    "metric", "kind", "period", "value", "unit", "growth", "growth_high", "qualifier",
  ]
  static let header =
    ["n", "stratum", "file", "position"] + factColumns + ["evidence", "verdict", "why"]

  struct Row: Sendable {
    var n: Int
    var stratum: String
    var file: String
    /// The report's place in its file (some lawtext files load as two reports).
    var position: Int
    var fact: [String]
    /// The figure and up to 16 characters before it, as the cleaned text has them.
    var evidence: String
    var verdict: String
    var why: String
    /// The whole sentence, for the person judging; not stored (short quotes only).
    var sentence = ""

    var line: String {
      ([String(n), stratum, file, String(position)] + fact + [evidence, verdict, why])
        .joined(separator: "\t")
    }
  }

  /// The year from the file name (`2018.md`, `2021-10.md`), for reports whose text gives none.
  static func fileYear(_ file: String) -> Int? {
    Int(((file as NSString).lastPathComponent).prefix(4))
  }

  /// The fact's columns, `-` for empty, numbers as Swift prints them.
  static func columns(of fact: Indicator) -> [String] {
    let fields = FactFields.of(fact)
    return factColumns.map { fields[FactFields.label($0)] ?? "-" }
  }

  static func evidence(of fact: Indicator, in report: Report) -> String {
    let scalars = Array(report.text.unicodeScalars)
    let lower = max(0, min(fact.start, scalars.count) - 16)
    let upper = min(scalars.count, max(fact.end, lower))
    var s = String(String.UnicodeScalarView(scalars[lower..<upper]))
    s = s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    return String(s.suffix(40))
  }

  /// SplitMix64: a small seeded generator, so the draw is the same on every machine.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Draws the sample: per stratum, reports in a seeded order, two distinct facts from each
  /// report that has at least two, until the stratum's quota is met. A quota a stratum cannot
  /// fill (sample d: the provinces' reports of 1979–1999 not in a, b or c are few) passes to the
  /// next stratum. Verdicts start empty.
  static func draw(_ sample: Sample) throws -> [Row] {
    var rng = Generator(state: sample.seed)
    var rows: [Row] = []
    var carried = 0
    let drawn = try sample.excluding.flatMap { try stored(Self.sample($0)) }
    let excluded = Set(drawn.map { "\($0.file)#\($0.position)" })
    let excludedFacts = Set(drawn.map { ["\($0.file)#\($0.position)"] + $0.fact })
    for stratum in sample.strata {
      var pool = LawtextCorpus.entries.filter { e in
        let byFact =
          sample.provincesByFact && stratum.level == .province
          || sample.citiesByFact && stratum.level == .city
        if !byFact, excluded.contains("\(e.file)#\(e.report.position)") {
          return false
        }
        let year = e.report.year ?? fileYear(e.file) ?? 0
        let level = e.report.level == .national ? .province : e.report.level
        return level == stratum.level && stratum.years.contains(year)
      }
      pool.shuffle(using: &rng)
      var taken = 0
      var next = 0
      let quota = stratum.reports + carried
      while taken < quota && next < pool.count {
        let batch = Array(pool[next..<min(pool.count, next + quota - taken)])
        next += batch.count
        for (entry, all) in zip(batch, LawtextCorpus.facts(of: batch)) {
          let facts = all.filter { f in
            !excludedFacts.contains(["\(entry.file)#\(entry.report.position)"] + columns(of: f))
          }
          guard facts.count >= factsPerReport else { continue }
          let picked = facts.shuffled(using: &rng).prefix(factsPerReport)
          for fact in picked.sorted(by: { $0.start < $1.start }) {
            rows.append(
              Row(
                n: rows.count + 1, stratum: stratum.name, file: entry.file,
                position: entry.report.position, fact: columns(of: fact),
                evidence: evidence(of: fact, in: entry.report), verdict: "", why: "",
                sentence: fact.sentence))
          }
          taken += 1
        }
      }
      carried = quota - taken
    }
    return rows
  }

  /// The stored sample; a row that does not parse is returned with verdict `unreadable`.
  static func stored(_ sample: Sample) throws -> [Row] {
    let text = try String(contentsOf: sample.file, encoding: .utf8)
    return text.split(separator: "\n").dropFirst().compactMap { raw -> Row? in
      let c = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard c.count == header.count else {
        return Row(
          n: 0, stratum: "", file: String(raw.prefix(60)), position: 0, fact: [], evidence: "",
          verdict: "unreadable", why: "\(c.count) columns")
      }
      let k = factColumns.count
      return Row(
        n: Int(c[0]) ?? 0, stratum: c[1], file: c[2], position: Int(c[3]) ?? 0,
        fact: Array(c[4..<(4 + k)]), evidence: c[4 + k], verdict: c[5 + k], why: c[6 + k])
    }
  }

  /// Wilson score interval for `k` of `n` at 95%.
  static func wilson(_ k: Int, _ n: Int) -> (low: Double, high: Double) {
    guard n > 0 else { return (0, 1) }
    let z = 1.959964
    let p = Double(k) / Double(n)
    let d = 1 + z * z / Double(n)
    let centre = (p + z * z / (2 * Double(n))) / d
    let half =
      z * ((p * (1 - p) / Double(n) + z * z / (4 * Double(n) * Double(n))).squareRoot()) / d
    return (centre - half, centre + half)
  }
}
