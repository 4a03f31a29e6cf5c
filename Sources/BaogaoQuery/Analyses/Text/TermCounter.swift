import BaogaoCore

/// Counts terms in reports for `freq TERM…` and `freq @DICT`, with rates per 10,000 characters.
///
/// Matching is longest match first (see `TermMatcher`): with terms 印度 and 印度尼西亚,
/// `印度尼西亚和印度` counts each once. `per_10k = count / chars × 10000`, where `chars` is
/// `report.chars`, the Unicode scalars of the cleaned text; null for an empty report.
/// Every report gets a row for every term (or category), zeros included, so rates compare.
public struct TermCounter: Sendable {
  public let matcher: TermMatcher

  public init(terms: [String]) {
    matcher = TermMatcher(terms: terms)
  }

  /// `report_id, region, level, year, adcode, term, count, per_10k`.
  public static let termSchema = Schema(
    [Column("report_id", .string)] + ReportContext.columns + [
      Column("term", .string), Column("count", .int), rateColumn,
    ])

  /// `report_id, region, level, year, adcode, category, count, per_10k`.
  public static let categorySchema = Schema(
    [Column("report_id", .string)] + ReportContext.columns + [
      Column("category", .string), Column("count", .int), rateColumn,
    ])

  /// `report_id, region, level, year, adcode, category, word, count, per_10k`: `freq @DICT by word`.
  public static let wordSchema = Schema(
    [Column("report_id", .string)] + ReportContext.columns + [
      Column("category", .string), Column("word", .string, help: "a term of the dictionary"),
      Column("count", .int), rateColumn,
    ])

  static let rateColumn = Column(
    "per_10k", .double, help: "count per 10,000 characters of cleaned text")

  /// One row per report and term.
  public func frequencies(in reports: [Report]) -> Table {
    var rows: [[Value]] = []
    rows.reserveCapacity(reports.count * matcher.terms.count)
    for report in reports where !Cancellation.isRequested {
      let counts = matcher.counts(in: report.text)
      let chars = report.chars
      for (term, count) in zip(matcher.terms, counts) {
        rows.append(Self.row(report, [.string(term)], count, chars))
      }
    }
    return Table(schema: Self.termSchema, rows: rows)
  }

  /// One row per report and category of `dictionary`; a category's count is the sum of its
  /// terms' counts (a term listed in two categories counts in both).
  public static func frequencies(in reports: [Report], dictionary: TermDictionary) -> Table {
    counts(in: reports, dictionary: dictionary, schema: categorySchema) { category, terms, counts in
      [([.string(category.name)], terms.reduce(0) { $0 + counts[$1.index] })]
    }
  }

  /// `freq @DICT by word`: one row per report, category and word, so a category's count can be
  /// taken apart (which words of `environment` carry it). A word listed in two categories has a
  /// row in each; the rows of a category sum to its count in `frequencies(in:dictionary:)`.
  public static func wordFrequencies(in reports: [Report], dictionary: TermDictionary) -> Table {
    counts(in: reports, dictionary: dictionary, schema: wordSchema) { category, terms, counts in
      terms.map { ([.string(category.name), .string($0.term)], counts[$0.index]) }
    }
  }

  /// Counts the dictionary's terms once per report; `rows` turns one category's terms (with
  /// their index in the counter) and the report's counts into labelled counts.
  private static func counts(
    in reports: [Report], dictionary: TermDictionary, schema: Schema,
    rows makeRows: (TermDictionary.Category, [(term: String, index: Int)], [Int]) -> [(
      [Value], Int
    )]
  ) -> Table {
    let counter = TermCounter(terms: dictionary.terms)
    let termIndex = Dictionary(
      counter.matcher.terms.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let members = dictionary.categories.map { category in
      category.terms.compactMap { term in termIndex[term].map { (term: term, index: $0) } }
    }
    var rows: [[Value]] = []
    for report in reports where !Cancellation.isRequested {
      let counts = counter.matcher.counts(in: report.text)
      let chars = report.chars
      for (category, indices) in zip(dictionary.categories, members) {
        for (labels, count) in makeRows(category, indices, counts) {
          rows.append(row(report, labels, count, chars))
        }
      }
    }
    return Table(schema: schema, rows: rows)
  }

  /// Rate per 10,000 characters; nil when there are no characters.
  public static func per10k(count: Int, chars: Int) -> Double? {
    chars > 0 ? Double(count) / Double(chars) * 10000 : nil
  }

  private static func row(_ report: Report, _ labels: [Value], _ count: Int, _ chars: Int)
    -> [Value]
  {
    [.string(report.id)] + ReportContext.values(report) + labels + [
      .int(count), Value(per10k(count: count, chars: chars)),
    ]
  }
}
