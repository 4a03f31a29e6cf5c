import BaogaoCore

/// Word n-grams of the reports, for `ngrams N`.
///
/// These are **word** n-grams over the words `Segmenter` finds (not character n-grams): `ngrams 2`
/// over `推动高质量发展` gives `推动 高质量` and `高质量 发展`, words joined by a space. An n-gram
/// never crosses punctuation (`，`, `。`) or a number, and one that begins or ends with a stopword
/// (`的 发展`) is dropped.
public enum NgramCounter {
  /// `ngram, count, reports`.
  public static let schema = Schema([
    Column("ngram", .string, help: "words joined by a space"), Column("count", .int),
    Column("reports", .int, help: "reports using the n-gram"),
  ])

  /// The `k` most frequent n-grams of `n` words (ties by text), most frequent first.
  public static func table(
    for reports: [Report], n: Int, top k: Int = 50, segmenter: Segmenter,
    stopwords: Set<String> = BuiltInDictionaries.dropped(keepingSingles: false)
  ) -> Table {
    guard n >= 1 else { return Table(schema: schema) }
    var counts: [String: Int] = [:]
    var reportCounts: [String: Int] = [:]
    for report in reports where !Cancellation.isRequested {
      var seen = Set<String>()
      for gram in ngrams(in: report.text, n: n, stopwords: stopwords, segmenter: segmenter) {
        counts[gram, default: 0] += 1
        if seen.insert(gram).inserted { reportCounts[gram, default: 0] += 1 }
      }
    }
    let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(
      max(k, 0))
    return Table(
      schema: schema,
      rows: top.map { [.string($0.key), .int($0.value), .int(reportCounts[$0.key] ?? 0)] })
  }

  /// The n-grams of one text, in order.
  public static func ngrams(
    in text: String, n: Int, stopwords: Set<String>, segmenter: Segmenter
  ) -> [String] {
    var out: [String] = []
    var run: [String] = []
    func flush() {
      if run.count >= n {
        for i in 0...(run.count - n) {
          let gram = run[i..<(i + n)]
          if stopwords.contains(gram.first!) || stopwords.contains(gram.last!) { continue }
          out.append(gram.joined(separator: " "))
        }
      }
      run.removeAll(keepingCapacity: true)
    }
    for word in segmenter.words(in: text) {
      if word.isContent {
        run.append(word.text)
      } else if !word.text.allSatisfy(\.isWhitespace) || word.text.contains("\n") {
        flush()
      }
    }
    flush()
    return out
  }
}
