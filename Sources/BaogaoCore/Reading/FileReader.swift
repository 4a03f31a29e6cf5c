import Foundation

/// Reads one file on disk, whatever its format, into reports.
///
/// The format is decided from the bytes first (a zip signature means `.docx` or an archive), then
/// from the extension for tables and HTML; anything else is decoded as plain text.
struct FileReader: Sendable {
  var options: LoadOptions
  /// How many archives (zip, gz) this file sits inside, for `ArchiveLimits.maxDepth`.
  var archiveDepth = 0

  /// The documents of one file and what went wrong reading it.
  struct Output: Sendable {
    var documents: [SourceDocument] = []
    var diagnostics: [Diagnostic] = []
  }

  /// Reads and decodes one file; splitting and cleaning happen later, per document, on all cores.
  func read(path: String, shownAs: String) -> Output {
    guard let data = FileManager.default.contents(atPath: path) else {
      return Output(diagnostics: [
        Diagnostic(
          severity: .error, kind: "unreadable_file", message: "cannot read file", file: shownAs)
      ])
    }
    var output = Output()
    output.documents = documents(data: data, name: shownAs, diagnostics: &output.diagnostics)
    return output
  }

  /// The texts a file holds: one for a text or docx file, one per entry of a zip, one per table row.
  func documents(data: Data, name: String, diagnostics: inout [Diagnostic]) -> [SourceDocument] {
    if data.isEmpty {
      diagnostics.append(
        Diagnostic(severity: .error, kind: "empty_file", message: "file is empty", file: name))
      return []
    }
    let lower = name.lowercased()
    if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
      if lower.hasSuffix(".docx") || DocxReader.isDocx(data) {
        return DocxReader.read(
          data: data, name: name, limits: options.archiveLimits, diagnostics: &diagnostics
        ).map { [$0] } ?? []
      }
      return ZipReader(fileReader: self).read(data: data, name: name, diagnostics: &diagnostics)
    }
    if GzipReader.isGzip(data) { return gunzipped(data, name: name, diagnostics: &diagnostics) }
    if let kind = Decoder.binaryContent(data) {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "unreadable_file",
          message: "not a text, .docx, .html, .csv, .jsonl, .zip or .gz file (\(kind))",
          file: name))
      return []
    }
    guard let decoded = Decoder.decode(data) else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "unreadable_file", message: "cannot decode text", file: name))
      return []
    }
    if BinaryCheck.looksBinary(decoded) {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "unreadable_file",
          message: "not a text, .docx, .html, .csv, .jsonl or .zip file (binary content)",
          file: name))
      return []
    }
    var encodingNotes: [Diagnostic] = []
    if decoded.encoding != "UTF-8" {
      encodingNotes.append(
        Diagnostic(
          severity: .note, kind: "encoding_converted", message: "decoded from \(decoded.encoding)",
          file: name))
    }
    if decoded.invalid > 0 {
      encodingNotes.append(
        Diagnostic(
          severity: .warning, kind: "invalid_bytes",
          message:
            "\(decoded.invalid) byte sequences invalid in \(decoded.encoding), replaced with U+FFFD"
            + (decoded.invalidOffsets.isEmpty
              ? "" : " (at byte " + decoded.invalidOffsets.map(String.init).joined(separator: ", ")
                + (decoded.invalid > decoded.invalidOffsets.count ? ", …" : "") + ")"),
          file: name, count: decoded.invalid, positions: decoded.invalidOffsets))
    }
    let text = LineEnds.normalize(decoded.text)
    if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") {
      return TableReader(options: options).jsonl(text, name: name, diagnostics: &diagnostics)
    }
    if lower.hasSuffix(".csv") || lower.hasSuffix(".tsv") {
      return TableReader(options: options).csv(
        text, name: name, separator: lower.hasSuffix(".tsv") ? "\t" : ",", diagnostics: &diagnostics
      )
    }
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
      || MarkdownReader.hasFrontMatter(text)
    {
      return [MarkdownReader.document(text, name: name, diagnostics: encodingNotes)]
    }
    if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || HTMLReader.looksLikeHTML(text) {
      let body = HTMLReader.text(fromHTML: text)
      return [SourceDocument(doc: name, text: body, diagnostics: encodingNotes)]
    }
    return [SourceDocument(doc: name, text: text, diagnostics: encodingNotes)]
  }
}

extension FileReader {
  /// The documents of a `.gz` file's contents, read as the file it names (`a.csv.gz` as CSV).
  fileprivate func gunzipped(_ data: Data, name: String, diagnostics: inout [Diagnostic])
    -> [SourceDocument]
  {
    guard archiveDepth < options.archiveLimits.maxDepth else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "archive_limit",
          message: "archive nested more than \(options.archiveLimits.maxDepth) deep, not read",
          file: name))
      return []
    }
    do {
      let inflated = try GzipReader.inflate(data, limits: options.archiveLimits)
      var inner = self
      inner.archiveDepth += 1
      let innerName = name.lowercased().hasSuffix(".gz") ? String(name.dropLast(3)) : name
      let before = diagnostics.count
      var documents = inner.documents(data: inflated, name: innerName, diagnostics: &diagnostics)
      // Shown under the name the user gave, the .gz file's.
      for i in documents.indices where documents[i].doc == innerName { documents[i].doc = name }
      for i in diagnostics.indices.dropFirst(before) where diagnostics[i].file == innerName {
        diagnostics[i].file = name
      }
      return documents
    } catch {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: error is ArchiveLimits.Exceeded ? "archive_limit" : "unreadable_file",
          message: "\(error)", file: name))
      return []
    }
  }
}

/// Line-end normalisation: CRLF and lone CR become LF.
enum LineEnds {
  static func normalize(_ text: String) -> String {
    guard text.containsByte(13) else { return text }
    var out = [UInt8]()
    out.reserveCapacity(text.utf8.count)
    var previousCR = false
    for b in text.utf8 {
      if b == 13 {
        out.append(10)
        previousCR = true
        continue
      }
      if b == 10 && previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      out.append(b)
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// Recognises files that decoded to something but are not text (images, executables, PDFs).
enum BinaryCheck {
  static func looksBinary(_ decoded: Decoder.Decoded) -> Bool {
    var control = 0, total = 0, replacement = 0
    for s in decoded.text.unicodeScalars.prefix(8192) {
      total += 1
      if s.value < 32 && s.value != 10 && s.value != 13 && s.value != 9 && s.value != 12 {
        control += 1
      }
      if s.value == 0xFFFD { replacement += 1 }
    }
    guard total > 0 else { return true }
    return control * 20 > total || replacement * 5 > total || decoded.text.hasPrefix("%PDF")
  }
}
