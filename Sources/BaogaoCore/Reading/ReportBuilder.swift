/// Turns one source document into reports: split → clean → metadata.
///
/// This is the path each report takes after decoding; every stage is a value type so the
/// loader can run one builder per file on any thread.
struct ReportBuilder: Sendable {
  /// A report has Chinese text; fewer ideographs than this is a licence, a README, an index page.
  static let minimumIdeographs = 20

  func reports(from document: SourceDocument, diagnostics fileDiagnostics: inout [Diagnostic])
    -> [Report]
  {
    var ideographs = 0
    for s in document.text.unicodeScalars where s.isIdeograph {
      ideographs += 1
      if ideographs >= Self.minimumIdeographs { break }
    }
    guard ideographs >= Self.minimumIdeographs else {
      fileDiagnostics.append(
        Diagnostic(
          severity: .warning, kind: "not_a_report",
          message: "skipped: not a report (\(ideographs) Chinese characters)", file: document.doc,
          line: document.position))
      return []
    }
    var text = document.text
    // Notes about the document as a whole go to its first report.
    var documentNotes: [Diagnostic] = []
    if let collapsed = RepeatedPages.collapse(text) {
      text = collapsed.text
      documentNotes.append(
        Diagnostic(
          severity: .note, kind: "repeated_page_removed",
          message: "the same page \(collapsed.copies) times: read once",
          count: collapsed.copies - 1))
    }
    guard ReportShape.isReport(text, title: document.hints.title) else {
      fileDiagnostics.append(
        Diagnostic(
          severity: .warning, kind: "not_a_report",
          message: "skipped: not a report (no report title, meeting or address to the deputies)",
          file: document.doc, line: document.position))
      return []
    }
    let split = ReportSplitter.split(text)
    if split.joinedPages > 0 {
      documentNotes.append(
        Diagnostic(
          severity: .note, kind: "page_joined",
          message:
            "\(split.joinedPages) later page\(split.joinedPages == 1 ? "" : "s") of one report joined to the first",
          count: split.joinedPages))
    }
    let pieces = split.parts
    var reports: [Report] = []
    for (index, piece) in pieces.enumerated() {
      var cleaned = TextCleaner.shared.clean(piece)
      var report = Report(
        doc: document.doc, position: document.position ?? (index + 1), script: cleaned.script,
        text: cleaned.text.compacted(),
        original: piece)
      // The cleaner's copy goes now, not after metadata: on a huge text it is a third of the peak.
      cleaned.text = ""
      var diagnostics = document.diagnostics
      if index == 0 { diagnostics.append(contentsOf: documentNotes) }
      diagnostics.append(contentsOf: cleaned.diagnostics)
      report.source = document.hints.source
      MetadataExtractor.fill(&report, hints: document.hints, diagnostics: &diagnostics)
      for i in diagnostics.indices where diagnostics[i].file == nil {
        diagnostics[i].file = document.doc
      }
      report.diagnostics = diagnostics
      cleaned.diagnostics = []
      reports.append(report)
    }
    return reports
  }
}

extension String {
  /// The same text in a buffer of exactly its size.
  ///
  /// Strings built by appending keep up to twice their size in capacity; a report's texts live as
  /// long as the session, so they are copied once into tight buffers (a tenth of a large load's memory).
  func compacted() -> String {
    var copy = self
    return copy.withUTF8 { String(decoding: $0, as: UTF8.self) }
  }
}
