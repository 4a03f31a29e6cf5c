import BaogaoCore
import BaogaoQuery
import Foundation

/// `.metrics` lists the indicator lexicon; `.metrics add ID NAME...` adds written forms (or a
/// new metric); `.metrics load FILE.json` merges a user's lexicon file. Indicators are then
/// extracted again with the new lexicon.
extension Session {
  func runMetricsCommand(_ args: [String], range: Range<Int>, origin: Origin) throws {
    switch args.first {
    case nil:
      let rows = lexicon.entries.map { entry -> [Value] in
        [.string(entry.id), .string(entry.names.joined(separator: "、"))]
      }
      try emit(
        render(
          Table(schema: Schema([Column("metric", .string), Column("names", .string)]), rows: rows)))
    case "add":
      guard args.count >= 3 else {
        throw QueryError(".metrics add takes a metric id and one or more names", at: range)
      }
      guard
        args[1].unicodeScalars.allSatisfy({
          $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0)
        })
      else {
        throw QueryError(
          "metric ids are lower-case ASCII with _ (e.g. tourism_revenue), not '\(args[1])'",
          at: range)
      }
      lexicon.add(metric: args[1], names: Array(args.dropFirst(2)))
      analysis = CorpusAnalysis(lexicon: lexicon)
      note("metric \(args[1]): \(lexicon.entry(for: args[1])?.names.joined(separator: "、") ?? "")")
    case "load":
      guard args.count == 2 else {
        throw QueryError(".metrics load takes a lexicon file (JSON)", at: range)
      }
      let path = resolve(args[1], origin: origin)
      do {
        lexicon.merge(try MetricLexicon(contentsOf: URL(fileURLWithPath: path)))
      } catch {
        throw QueryError(
          "cannot read the lexicon '\(args[1])': \(error.localizedDescription)", at: range)
      }
      analysis = CorpusAnalysis(lexicon: lexicon)
      note("lexicon now has \(lexicon.entries.count) metrics")
    default:
      throw QueryError(".metrics takes nothing, add ID NAME..., or load FILE", at: range)
    }
  }
}
