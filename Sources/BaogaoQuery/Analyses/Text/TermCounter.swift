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

  /// `report_id, region, year, term, count, per_10k`.
  public static let termSchema = Schema([
    Column("report_id", .string), Column("region", .string), Column("year", .int),
    Column("term", .string), Column("count", .int),
    Column("per_10k", .double, help: "count per 10,000 characters of cleaned text"),
  ])

  /// `report_id, region, year, category, count, per_10k`.
  public static let categorySchema = Schema([
    Column("report_id", .string), Column("region", .string), Column("year", .int),
    Column("category", .string), Column("count", .int),
    Column("per_10k", .double, help: "count per 10,000 characters of cleaned text"),
  ])

  /// One row per report and term.
  public func frequencies(in reports: [Report]) -> Table {
    var rows: [[Value]] = []
    rows.reserveCapacity(reports.count * matcher.terms.count)
    for report in reports where !Cancellation.isRequested {
      let counts = matcher.counts(in: report.text)
      let chars = report.chars
      for (term, count) in zip(matcher.terms, counts) {
        rows.append(Self.row(report, .string(term), count, chars))
      }
    }
    return Table(schema: Self.termSchema, rows: rows)
  }

  /// One row per report and category of `dictionary`; a category's count is the sum of its
  /// terms' counts (a term listed in two categories counts in both).
  public static func frequencies(in reports: [Report], dictionary: TermDictionary) -> Table {
    let counter = TermCounter(terms: dictionary.terms)
    let termIndex = Dictionary(
      uniqueKeysWithValues: counter.matcher.terms.enumerated().map { ($1, $0) })
    let members = dictionary.categories.map { $0.terms.compactMap { termIndex[$0] } }
    var rows: [[Value]] = []
    for report in reports where !Cancellation.isRequested {
      let counts = counter.matcher.counts(in: report.text)
      let chars = report.chars
      for (category, indices) in zip(dictionary.categories, members) {
        let total = indices.reduce(0) { $0 + counts[$1] }
        rows.append(row(report, .string(category.name), total, chars))
      }
    }
    return Table(schema: categorySchema, rows: rows)
  }

  /// Rate per 10,000 characters; nil when there are no characters.
  public static func per10k(count: Int, chars: Int) -> Double? {
    chars > 0 ? Double(count) / Double(chars) * 10000 : nil
  }

  private static func row(_ report: Report, _ label: Value, _ count: Int, _ chars: Int) -> [Value] {
    [
      .string(report.id), Value(report.region), Value(report.year), label, .int(count),
      Value(per10k(count: count, chars: chars)),
    ]
  }
}
