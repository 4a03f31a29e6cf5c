/// Turns one source document into reports: split → clean → metadata.
///
/// This is the path each report takes after decoding; every stage is a value type so the
/// loader can run one builder per file on any thread.
struct ReportBuilder: Sendable {
  func reports(from document: SourceDocument) -> [Report] {
    let pieces = ReportSplitter.split(document.text)
    var reports: [Report] = []
    for (index, piece) in pieces.enumerated() {
      var cleaned = TextCleaner.shared.clean(piece)
      var report = Report(
        doc: document.doc, position: document.position ?? (index + 1), script: cleaned.script, text: cleaned.text,
        original: piece)
      var diagnostics = document.diagnostics
      diagnostics.append(contentsOf: cleaned.diagnostics)
      MetadataExtractor.fill(&report, hints: document.hints, diagnostics: &diagnostics)
      for i in diagnostics.indices where diagnostics[i].file == nil { diagnostics[i].file = document.doc }
      report.diagnostics = diagnostics
      cleaned.diagnostics = []
      reports.append(report)
    }
    return reports
  }
}
