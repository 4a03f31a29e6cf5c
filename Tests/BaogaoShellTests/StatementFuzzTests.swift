import BaogaoCore
import BaogaoQuery
import BaogaoShell
import Foundation
import Testing

@testable import BaogaoShell

/// A property test: statements generated from the grammar of the documented sources, stages and
/// functions, some of them mutated (characters dropped, inserted, repeated), run against the real
/// seed reports. Each must end with a table or a `QueryError` within 10 s: no crash, no hang.
///
/// CI runs `BAOGAO_STATEMENT_FUZZ` statements (100 when unset); the note's figure comes from
/// `BAOGAO_STATEMENT_FUZZ=20000`. The generator is seeded (`BAOGAO_STATEMENT_FUZZ_SEED`), so a
/// failure names the statement and replays.
@Suite("Statement fuzzer")
struct StatementFuzzTests {
  @Test("generated and mutated statements end with a result or a QueryError")
  func statements() throws {
    let environment = ProcessInfo.processInfo.environment
    let count = environment["BAOGAO_STATEMENT_FUZZ"].flatMap(Int.init) ?? 100
    let seed = environment["BAOGAO_STATEMENT_FUZZ_SEED"].flatMap(UInt64.init) ?? 12
    let seeds = try Baogao.shared.appendingPathComponent("corpus/seeds").path
    let session = Session(output: CapturedOutput())
    #expect(session.run("load \(seeds)", origin: Origin(directory: ".")) == .ok)
    let context = session.queryContext
    var generator = StatementGenerator(seed: seed)
    var (results, errors) = (0, 0)
    for i in 0..<count {
      if i > 0, i % 1_000 == 0 {
        print(
          "statement fuzzer: \(i) statements: \(results) results, \(errors) QueryErrors, 0 hangs")
      }
      let text = generator.statement()
      let outcome = Self.run(text, in: context, limit: 10)
      switch outcome {
      case .result: results += 1
      case .error: errors += 1
      case .hang:
        Issue.record("no result within 10 s: \(text)")
        return
      }
    }
    print(
      "statement fuzzer: \(count) statements (seed \(seed)): \(results) results, \(errors) QueryErrors, 0 hangs"
    )
    #expect(results + errors == count)
    #expect(results > count / 10, "the generator should mostly write statements that run")
  }

  enum Outcome { case result, error, hang }

  /// Parses and runs one statement on a worker thread (the shell's stack size), waiting at most
  /// `limit` seconds; commands and dot-commands are only parsed.
  static func run(_ text: String, in context: QueryContext, limit: Double) -> Outcome {
    final class Box: @unchecked Sendable { var outcome = Outcome.hang }
    let box = Box()
    let done = DispatchSemaphore(value: 0)
    let cancellation = Cancellation()
    DetachedThread.start {
      Cancellation.$current.withValue(cancellation) {
        do throws(QueryError) {
          for statement in StatementSplitter.split(text) {
            switch try Parser().parse(statement) {
            case .pipeline(let p), .assignment(_, let p, _):
              _ = try QueryEngine.run(p, in: context)
            default: break
            }
          }
          box.outcome = .result
        } catch {
          box.outcome = .error
        }
      }
      done.signal()
    }
    if done.wait(timeout: .now() + limit) == .timedOut {
      cancellation.cancel()
      return .hang
    }
    return box.outcome
  }
}

/// Writes statements from the pipeline grammar (help.md) with a seeded generator.
struct StatementGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

  /// SplitMix64.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
  mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
  mutating func chance(_ percent: Int) -> Bool { int(100) < percent }

  static let fields = [
    "id", "region", "year", "level", "title", "parent", "metric", "kind", "growth", "value",
    "unit", "qualifier", "text", "heading", "section", "count", "per_10k", "term", "ngram",
    "report_id", "chars", "sentences", "yaer", "x", "`2024`",
  ]
  static let numbers = [
    "0", "1", "-1", "2", "2024", "3.5", "1e19", "-9223372036854775808", "1e308", "1e-308",
    "9223372036854775807", "0.1", "100000000000000000000",
  ]
  static let strings = [
    "\"县\"", "\"\"", "\"(.*)*x\"", "\"发展\"", "\"gdp\"", "\"county\"", "\"[\"", "\"\\\\\"",
    "\"增长.{0,4}%\"", "\"🙂\"",
  ]
  static let functions = [
    "abs", "coalesce", "contains", "length", "lower", "round", "substr", "upper", "year", "nope",
  ]
  static let binary = [
    "+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "~", "!~", "and", "or",
  ]
  static let aggregates = [
    "count", "sum", "mean", "median", "min", "max", "stdev", "p25", "p75", "first", "last",
  ]

  mutating func expression(depth: Int = 0) -> String {
    let roll = depth > 4 ? int(3) : int(9)
    switch roll {
    case 0: return pick(Self.fields)
    case 1: return pick(Self.numbers)
    case 2: return pick(Self.strings)
    case 3:
      let arity = int(4)
      let args = (0..<arity).map { _ in expression(depth: depth + 1) }
      return pick(Self.functions) + "(" + args.joined(separator: ", ") + ")"
    case 4, 5:
      return expression(depth: depth + 1) + " " + pick(Self.binary) + " "
        + expression(depth: depth + 1)
    case 6: return pick(["-", "not "]) + expression(depth: depth + 1)
    case 7:
      let items = (0..<int(4)).map { _ in pick(Self.numbers + Self.strings) }
      return expression(depth: depth + 1) + pick([" in [", " not in ["])
        + items.joined(separator: ", ") + "]"
    default:
      if chance(3) {
        let n = pick([50, 199, 250, 3_000])
        return String(repeating: "(", count: n) + pick(Self.fields)
          + String(repeating: ")", count: n)
      }
      return "(" + expression(depth: depth + 1) + ")"
        + (chance(30) ? " is " + pick(["null", "not null"]) : "")
    }
  }

  mutating func source() -> String {
    let word = pick(["发展", "经济", "gdp", "县", "(.*)*x", "增长", "\"绿色|低碳\""])
    let n = pick(Self.numbers)
    return pick([
      "reports", "indicators", "targets", "sentences", "sections", "terms", "diagnostics",
      "search \(word)", "search \"\(word)+\"", "kwic \(word) width \(n)", "freq \(word)",
      "ngrams \(n) top \(n)", "terms top \(n)", "cooccur \(word) top \(n)", "readability",
      "attainment", "escalation", "strength", "compare r1 r2", "sample", "$t",
    ])
  }

  mutating func stage() -> String {
    switch int(10) {
    case 0: return "where " + expression()
    case 1:
      return "select "
        + (0..<(1 + int(3))).map { k in expression() + (chance(60) ? " as c\(k)" : "") }
        .joined(separator: ", ")
    case 2: return "sort " + expression() + (chance(50) ? " desc" : "")
    case 3: return pick(["limit", "first"]) + " " + pick(Self.numbers)
    case 4: return pick(["count", "distinct"])
    case 5: return "top " + pick(Self.numbers) + " by " + expression()
    case 6:
      return "group " + expression() + " agg " + pick(Self.aggregates) + "("
        + (chance(30) ? "" : expression())
        + ") as a"
    case 7: return "pivot " + pick(Self.fields) + " by " + pick(Self.fields)
    case 8:
      return "join " + pick(["reports", "indicators", "targets"]) + " on " + pick(Self.fields)
        + (chance(50) ? " left" : "")
    default: return "where " + expression() + " and " + expression()
    }
  }

  mutating func statement() -> String {
    var text = source()
    for _ in 0..<int(5) { text += " | " + stage() }
    if chance(10) { text = "let t = " + text }
    if chance(30) { text = mutated(text) }
    return text
  }

  /// Drops, inserts or repeats characters, as a careless typist or a fuzzer would.
  mutating func mutated(_ text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<(1 + int(3)) where !scalars.isEmpty {
      let at = int(scalars.count)
      switch int(3) {
      case 0: scalars.remove(at: at)
      case 1: scalars.insert(pick(Array("()[]\"|;$`#-+*/%~!=<>\\ 0.e".unicodeScalars)), at: at)
      default:
        let end = min(scalars.count, at + 1 + int(12))
        scalars.insert(contentsOf: scalars[at..<end], at: at)
      }
    }
    return String(String.UnicodeScalarView(scalars))
  }
}
