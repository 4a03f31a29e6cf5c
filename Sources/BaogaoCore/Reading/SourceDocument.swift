/// Text read from one file (or one zip entry, or one table row) before splitting and cleaning.
struct SourceDocument: Sendable {
  /// The path as the user gave it; for a zip entry `archive.zip/entry-name`.
  var doc: String
  /// The decoded text, line ends normalised to "\n".
  var text: String
  /// For a table row: its 1-based line (JSONL) or record number (CSV), used as the report position.
  var position: Int?
  /// Metadata a table row states in its own columns (title, year, province …).
  var hints = MetadataHints()
  /// Notes from reading (the encoding a file was converted from).
  var diagnostics: [Diagnostic] = []
}

/// Metadata stated outside the text (table columns), preferred over what the text suggests.
struct MetadataHints: Sendable {
  var title: String?
  var year: Int?
  var region: String?
  var level: Level?
  /// Where the text was published (a Markdown file's `source:` URL).
  var source: String?
}
