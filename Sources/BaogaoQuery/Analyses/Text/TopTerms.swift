import BaogaoCore

/// The most frequent words of the reports, for `terms top K`.
///
/// Words come from `Segmenter` (jieba); punctuation, numbers, the stopwords in
/// `Resources/dictionaries/stopwords.txt` (以及, 我们 …) and, unless kept, the single characters of
/// `function-characters.txt` (的, 年, 亿 …) are left out. `per_10k` is per 10,000
/// characters of all the reports together; `reports` is how many reports use the word.
public enum TopTerms {
  /// `word, count, per_10k, reports`.
  public static let schema = Schema([
    Column("word", .string), Column("count", .int),
    Column("per_10k", .double, help: "count per 10,000 characters of all the reports"),
    Column("reports", .int, help: "reports using the word"),
  ])

  /// The `k` most frequent words (ties by word), most frequent first.
  public static func table(
    for reports: [Report], top k: Int, segmenter: Segmenter,
    stopwords: Set<String> = BuiltInDictionaries.dropped(keepingSingles: false)
  ) -> Table {
    var counts: [String: Int] = [:]
    var reportCounts: [String: Int] = [:]
    var chars = 0
    for report in reports where !Cancellation.isRequested {
      chars += report.chars
      var seen = Set<String>()
      for word in segmenter.words(in: report.text)
      where word.isContent && !stopwords.contains(word.text) {
        counts[word.text, default: 0] += 1
        if seen.insert(word.text).inserted { reportCounts[word.text, default: 0] += 1 }
      }
    }
    let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(
      max(k, 0))
    let rows: [[Value]] = top.map { word, count in
      [
        .string(word), .int(count), Value(TermCounter.per10k(count: count, chars: chars)),
        .int(reportCounts[word] ?? 0),
      ]
    }
    return Table(schema: schema, rows: rows)
  }
}
