import BaogaoCore
import Foundation

/// The text measures as sources of the pipeline language: `freq`, `kwic`, `terms`, `ngrams`,
/// `cooccur` (with arguments) and `readability` (without). Register with
/// `Catalog(sources: TextSources.sources, parameterized: TextSources.parameterized)`.
public enum TextSources {
  public static let sources: [any Source] = [
    ComputedSource(
      name: "readability", schema: Readability.schema,
      summary: "characters per sentence and per clause of each report",
      compute: { Readability.table(for: $0.corpus.reports) })
  ]

  public static let parameterized: [any ParameterizedSource] = [
    FreqSource(), KwicSource(), TermsSource(), NgramsSource(), CooccurSource(), SegmentSource(),
  ]
}

/// `freq TERM...` (one row per report and term), `freq @DICT` (per report and category) or
/// `freq @DICT by word` (per report, category and word); `@environment`, `@innovation`, `@uncertainty` are built in, any other `@path` is read as a
/// dictionary file (`.txt` or `.yaml`).
struct FreqSource: ParameterizedSource {
  var name: String { "freq" }
  var summary: String { "term counts and rates per 10,000 characters, longest match first" }
  var usage: String { "freq TERM... | freq @DICT [by word]" }

  func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source {
    let args = AnalysisArguments(arguments, usage: usage)
    if let first = args.tokens.first, case .atName(let dictName) = first.kind {
      var rest = AnalysisArguments(Array(args.tokens.dropFirst()), usage: usage)
      let byWord = try rest.by(among: ["category", "word"]) == "word"
      try rest.expectEmpty()
      var diagnostics: [Diagnostic] = []
      let dictionary =
        BuiltInDictionaries.dictionary(named: dictName)
        ?? (FileManager.default.fileExists(atPath: dictName)
          ? TermDictionary.load(path: dictName, diagnostics: &diagnostics) : nil)
      guard let dictionary else {
        let reason = diagnostics.first?.message ?? "no built-in dictionary or file '\(dictName)'"
        throw QueryError(
          "\(reason) (built in: \(BuiltInDictionaries.names.map { "@" + $0 }.joined(separator: ", ")))",
          at: first.range)
      }
      if byWord {
        return ComputedSource(
          name: "freq", schema: TermCounter.wordSchema, summary: summary,
          compute: { TermCounter.wordFrequencies(in: $0.corpus.reports, dictionary: dictionary) })
      }
      return ComputedSource(
        name: "freq", schema: TermCounter.categorySchema, summary: summary,
        compute: { TermCounter.frequencies(in: $0.corpus.reports, dictionary: dictionary) })
    }
    let counter = TermCounter(terms: try args.words())
    return ComputedSource(
      name: "freq", schema: TermCounter.termSchema, summary: summary,
      compute: { counter.frequencies(in: $0.corpus.reports) })
  }
}

/// `kwic TERM... [width N]`: each occurrence with N characters either side (default 10).
struct KwicSource: ParameterizedSource {
  var name: String { "kwic" }
  var summary: String { "keyword in context, keywords aligned" }
  var usage: String { "kwic TERM... [width N]" }

  func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source {
    var args = AnalysisArguments(arguments, usage: usage)
    let width = try args.option("width", default: 10, within: 0...1_000)
    let terms = try args.words()
    return ComputedSource(
      name: "kwic", schema: Concordance.schema, summary: summary,
      compute: { Concordance.table(for: $0.corpus.reports, terms: terms, width: width) })
  }
}

/// `terms [top] K [singles]`: the K most frequent words (default 20); `singles` keeps
/// single-character function words and units (的, 年, 亿).
struct TermsSource: ParameterizedSource {
  var name: String { "terms" }
  var summary: String { "most frequent words (jieba segmentation, stopwords left out)" }
  var usage: String { "terms top K [singles]" }

  func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source {
    var args = AnalysisArguments(arguments, usage: usage)
    let dropped = BuiltInDictionaries.dropped(keepingSingles: args.flag("singles"))
    let top = try args.option("top", default: 20)
    let k = try args.leadingNumber(for: "K", within: 0...WholeNumber.limit) ?? top
    try args.expectEmpty()
    return ComputedSource(
      name: "terms", schema: TopTerms.schema, summary: summary,
      compute: {
        TopTerms.table(
          for: $0.corpus.reports, top: k, segmenter: try $0.wordSegmenter(), stopwords: dropped)
      })
  }
}

/// `ngrams N [top K] [singles]`: the K most frequent word n-grams (default 50).
struct NgramsSource: ParameterizedSource {
  var name: String { "ngrams" }
  var summary: String { "most frequent word n-grams" }
  var usage: String { "ngrams N [top K] [singles]" }

  func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source {
    var args = AnalysisArguments(arguments, usage: usage)
    let dropped = BuiltInDictionaries.dropped(keepingSingles: args.flag("singles"))
    guard let n = try args.leadingNumber(for: "N", within: 1...100) else {
      throw QueryError("missing N; usage: \(usage)", at: arguments.first?.range)
    }
    let k = try args.option("top", default: 50)
    try args.expectEmpty()
    return ComputedSource(
      name: "ngrams", schema: NgramCounter.schema, summary: summary,
      compute: {
        NgramCounter.table(
          for: $0.corpus.reports, n: n, top: k, segmenter: try $0.wordSegmenter(),
          stopwords: dropped)
      })
  }
}

/// `cooccur TERM [top K] [singles]`: words in the same sentences as TERM (default 50).
struct CooccurSource: ParameterizedSource {
  var name: String { "cooccur" }
  var summary: String { "words in the same sentence as a term" }
  var usage: String { "cooccur TERM [top K] [singles]" }

  func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source {
    var args = AnalysisArguments(arguments, usage: usage)
    let dropped = BuiltInDictionaries.dropped(keepingSingles: args.flag("singles"))
    let k = try args.option("top", default: 50)
    let words = try args.words()
    guard words.count == 1 else {
      throw QueryError("one term only; usage: \(usage)", at: arguments.first?.range)
    }
    return ComputedSource(
      name: "cooccur", schema: Cooccurrence.schema, summary: summary,
      compute: {
        Cooccurrence.table(
          for: $0.corpus.reports, term: words[0], top: k, segmenter: try $0.wordSegmenter(),
          stopwords: dropped)
      })
  }
}

/// `segment TEXT... [singles]`: the words the segmenter cuts TEXT into, and whether `terms`,
/// `ngrams` and `cooccur` count each (`segment "加快发展新质生产力"`).
struct SegmentSource: ParameterizedSource {
  var name: String { "segment" }
  var summary: String { "the words jieba cuts a text into, and which of them terms counts" }
  var usage: String { "segment TEXT... [singles]" }

  static let schema = Schema([
    Column("word", .string),
    Column("kind", .string, help: "chinese, letters, number or other (punctuation, space)"),
    Column("start", .int, help: "character offset in the text"),
    Column("counted", .bool, help: "counted by terms, ngrams and cooccur (not a stopword)"),
  ])

  func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source {
    var args = AnalysisArguments(arguments, usage: usage)
    let dropped = BuiltInDictionaries.dropped(keepingSingles: args.flag("singles"))
    let text = try args.words().joined(separator: " ")
    return ComputedSource(
      name: "segment", schema: Self.schema, summary: summary,
      compute: {
        let rows: [[Value]] = try $0.wordSegmenter().words(in: text).map { word in
          [
            .string(word.text), .string(Self.kindName(word.kind)), .int(word.start),
            .bool(word.isContent && !dropped.contains(word.text)),
          ]
        }
        return Table(schema: Self.schema, rows: rows)
      })
  }

  static func kindName(_ kind: Segmenter.Word.Kind) -> String {
    switch kind {
    case .ideographic: "chinese"
    case .letters: "letters"
    case .number: "number"
    case .other: "other"
    }
  }
}
