/// Finds which government, level and year a report belongs to.
enum MetadataExtractor {
  static func fill(_ report: inout Report, hints: MetadataHints, diagnostics: inout [Diagnostic]) {
    report.title = hints.title
    report.year = hints.year
    report.region = hints.region
  }
}
