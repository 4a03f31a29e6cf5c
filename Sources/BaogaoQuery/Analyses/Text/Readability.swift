import BaogaoCore

/// Sentence and clause lengths of each report, for `readability`.
///
/// `chars` counts letters, digits and ideographs (not punctuation or spaces); sentences end at
/// `。！？；` or a line end and clauses also at `，：、` (see `TextUnits`). Long sentences and long
/// clauses are what make a work report hard to read aloud and to follow.
public enum Readability {
  /// `report_id, region, level, year, adcode, chars, sentences, clauses, chars_per_sentence,
  /// chars_per_clause`.
  public static let schema = Schema(
    [Column("report_id", .string)] + ReportContext.columns + [
      Column("chars", .int, help: "letters, digits and ideographs (no punctuation or spaces)"),
      Column("sentences", .int, help: "split on 。！？； and line ends"),
      Column("clauses", .int, help: "split on 。！？；，：、 and line ends"),
      Column("chars_per_sentence", .double), Column("chars_per_clause", .double),
    ])

  /// One row per report.
  public static func table(for reports: [Report]) -> Table {
    Table(schema: schema, rows: reports.lazy.filter { _ in !Cancellation.isRequested }.map(row))
  }

  static func row(_ report: Report) -> [Value] {
    let scalars = Array(report.text.unicodeScalars)
    let chars = scalars.reduce(0) { $0 + (TextUnits.isCounted($1) ? 1 : 0) }
    let sentences = TextUnits.sentences(in: scalars).count
    let clauses = TextUnits.clauses(in: scalars).count
    return [.string(report.id)] + ReportContext.values(report) + [
      .int(chars), .int(sentences), .int(clauses), Value(ratio(chars, sentences)),
      Value(ratio(chars, clauses)),
    ]
  }

  private static func ratio(_ a: Int, _ b: Int) -> Double? {
    b > 0 ? Double(a) / Double(b) : nil
  }
}
