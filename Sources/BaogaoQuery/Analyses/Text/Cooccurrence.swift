import BaogaoCore

/// Words found in the same sentence as a term, for `cooccur TERM`.
///
/// For `cooccur 污染`, the sentence `打好污染防治攻坚战，空气质量持续改善。` contributes 防治,
/// 攻坚战, 空气质量, 持续, 改善 (as jieba segments them). The text around each occurrence of
/// the term is segmented on its own, so no word straddles the term; the term itself, stopwords,
/// numbers and punctuation are left out. `sentences` counts sentences holding both, `count` all
/// occurrences of the word in them.
public enum Cooccurrence {
  /// `term, word, sentences, count`.
  public static let schema = Schema([
    Column("term", .string), Column("word", .string),
    Column("sentences", .int, help: "sentences holding both the term and the word"),
    Column("count", .int, help: "occurrences of the word in those sentences"),
  ])

  /// The `k` words most often in a sentence with `term` (by sentences, then count, then word).
  public static func table(
    for reports: [Report], term: String, top k: Int = 50, segmenter: Segmenter,
    stopwords: Set<String> = BuiltInDictionaries.dropped(keepingSingles: false)
  ) -> Table {
    let matcher = TermMatcher(terms: [term])
    guard !matcher.terms.isEmpty else { return Table(schema: schema) }
    var sentenceCounts: [String: Int] = [:]
    var counts: [String: Int] = [:]
    for report in reports where !Cancellation.isRequested {
      let scalars = Array(report.text.unicodeScalars)
      for sentence in TextUnits.sentences(in: scalars) {
        let piece = Array(scalars[sentence])
        let hits = matcher.matches(in: piece)
        if hits.isEmpty { continue }
        var seen = Set<String>()
        var start = 0
        for range in hits.map({ $0.start..<$0.end }) + [piece.count..<piece.count] {
          let around = TextUnits.string(piece, start..<range.lowerBound)
          for word in segmenter.words(in: around)
          where word.isContent && word.text != term && !stopwords.contains(word.text) {
            counts[word.text, default: 0] += 1
            if seen.insert(word.text).inserted { sentenceCounts[word.text, default: 0] += 1 }
          }
          start = range.upperBound
        }
      }
    }
    let ordered = sentenceCounts.keys.sorted {
      let a = (sentenceCounts[$0]!, counts[$0]!)
      let b = (sentenceCounts[$1]!, counts[$1]!)
      return a != b ? a > b : $0 < $1
    }
    let rows: [[Value]] = ordered.prefix(max(k, 0)).map {
      [.string(term), .string($0), .int(sentenceCounts[$0]!), .int(counts[$0]!)]
    }
    return Table(schema: schema, rows: rows)
  }
}
