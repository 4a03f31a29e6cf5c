import Foundation

/// Reads corpus tables, `.jsonl` and `.csv`, one report per row.
///
/// The text column is `--text NAME` or the first of `content`, `full_text`, `text`, `正文` …;
/// `title`, `year`, `province`-like columns become metadata. Rows that are not work reports (the
/// NPC resolutions of `national-1954-2025.jsonl`, with `year: null` and a title `…决议`) are skipped
/// with a note naming the line.
struct TableReader {
  var options: LoadOptions

  static let textColumns = ["content", "full_text", "fulltext", "text", "body", "正文", "内容", "全文"]
  static let titleColumns = ["title", "name", "标题", "题目"]
  static let yearColumns = ["year", "年份", "年度"]
  static let regionColumns = [
    "region", "province", "city", "county", "government", "place", "地区", "省份", "省", "城市", "地方",
  ]

  func jsonl(_ text: String, name: String, diagnostics: inout [Diagnostic]) -> [SourceDocument] {
    var rows: [(line: Int, fields: [String: String], nullFields: Set<String>)] = []
    var lineNumber = 0
    for line in text.lines() {
      lineNumber += 1
      if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
      guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      else {
        diagnostics.append(
          Diagnostic(
            severity: .error, kind: "bad_row", message: "not a JSON object; row skipped",
            file: name,
            line: lineNumber))
        continue
      }
      var fields: [String: String] = [:]
      var nulls: Set<String> = []
      for (key, value) in object {
        switch value {
        case let s as String: fields[key] = s
        case let n as NSNumber: fields[key] = n.stringValue
        case is NSNull: nulls.insert(key)
        default: break
        }
      }
      rows.append((lineNumber, fields, nulls))
    }
    return documents(rows: rows, name: name, diagnostics: &diagnostics)
  }

  func csv(_ text: String, name: String, separator: Character, diagnostics: inout [Diagnostic])
    -> [SourceDocument]
  {
    let (records, unterminated) = CSVParser.records(text, separator: separator)
    if let line = unterminated {
      diagnostics.append(
        Diagnostic(
          severity: .warning, kind: "unterminated_quote",
          message: "the quote opened on this line is never closed: the rest of the file is one field",
          file: name, line: line))
    }
    guard let header = records.first else { return [] }
    var rows: [(line: Int, fields: [String: String], nullFields: Set<String>)] = []
    for record in records.dropFirst() {
      var fields: [String: String] = [:]
      var nulls: Set<String> = []
      for (k, key) in header.fields.enumerated() {
        let value = k < record.fields.count ? record.fields[k] : ""
        if value.isEmpty { nulls.insert(key) } else { fields[key] = value }
      }
      rows.append((record.line, fields, nulls))
    }
    return documents(rows: rows, name: name, diagnostics: &diagnostics)
  }

  private func documents(
    rows: [(line: Int, fields: [String: String], nullFields: Set<String>)], name: String,
    diagnostics: inout [Diagnostic]
  ) -> [SourceDocument] {
    guard !rows.isEmpty else { return [] }
    let keys = Set(rows.flatMap { $0.fields.keys }).union(rows.flatMap { $0.nullFields })
    guard
      let textKey = column(in: keys, wanted: options.textColumn.map { [$0] } ?? Self.textColumns)
    else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "no_text_column",
          message:
            "no text column (looked for \((options.textColumn.map { [$0] } ?? Self.textColumns).joined(separator: ", ")); use --text NAME)",
          file: name))
      return []
    }
    let titleKey = column(in: keys, wanted: Self.titleColumns)
    let yearKey = column(in: keys, wanted: Self.yearColumns)
    let regionKey = column(in: keys, wanted: Self.regionColumns)
    var documents: [SourceDocument] = []
    var skipped: [(line: Int, title: String)] = []
    for row in rows {
      let title = titleKey.flatMap { row.fields[$0] }
      guard let body = row.fields[textKey], !body.isEmpty else {
        skipped.append((row.line, title ?? "(no text)"))
        continue
      }
      // A row whose year column exists but is null is not a dated work report (NPC resolutions).
      let yearText = yearKey.flatMap { row.fields[$0] }
      if let yearKey, yearText == nil, row.nullFields.contains(yearKey) {
        skipped.append((row.line, title ?? "(untitled)"))
        continue
      }
      if let title, !WorkReportTitle.isWorkReport(title) {
        skipped.append((row.line, title))
        continue
      }
      var hints = MetadataHints()
      hints.title = title
      hints.year = yearText.flatMap { Int($0.prefix(4)) }
      hints.region = regionKey.flatMap { row.fields[$0] }
      documents.append(
        SourceDocument(doc: name, text: LineEnds.normalize(body), position: row.line, hints: hints))
    }
    for s in skipped {
      diagnostics.append(
        Diagnostic(
          severity: .note, kind: "row_skipped",
          message: "row skipped, not a work report: \(s.title)", file: name,
          line: s.line))
    }
    return documents
  }

  /// The first wanted column present, compared case-insensitively.
  private func column(in keys: Set<String>, wanted: [String]) -> String? {
    for w in wanted {
      if let k = keys.first(where: { $0.lowercased() == w.lowercased() }) { return k }
    }
    return nil
  }
}

/// Tells work reports from other documents by their title.
enum WorkReportTitle {
  /// `关于政府工作报告的决议` is a resolution about a report, not a report.
  static func isWorkReport(_ title: String) -> Bool {
    if title.hasSuffix("决议") || title.hasSuffix("決議") { return false }
    return true
  }
}
