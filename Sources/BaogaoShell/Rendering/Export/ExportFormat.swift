/// A file format `export FILE` writes, chosen by the file's extension.
public enum ExportFormat: String, Sendable, CaseIterable {
  case csv, tsv, json, jsonl, markdown, xlsx

  /// The format for `path`'s extension (`.md` and `.markdown` are Markdown), or nil.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    switch path[path.index(after: dot)...].lowercased() {
    case "csv": self = .csv
    case "tsv", "tab": self = .tsv
    case "json": self = .json
    case "jsonl", "ndjson": self = .jsonl
    case "md", "markdown": self = .markdown
    case "xlsx": self = .xlsx
    default: return nil
    }
  }

  /// Extensions accepted, for error messages and completion.
  public static let extensions = ["csv", "tsv", "json", "jsonl", "md", "xlsx"]
}

/// Choices for `export`.
public struct ExportOptions: Sendable, Hashable {
  /// Start CSV/TSV with a UTF-8 byte-order mark, so that Excel on Windows opens Chinese text as
  /// UTF-8 instead of guessing GBK (`export t.csv bom`).
  public var byteOrderMark: Bool
  /// The worksheet's name in an `.xlsx` file (at most 31 characters, no `[]:*?/\`).
  public var sheetName: String

  public init(byteOrderMark: Bool = false, sheetName: String = "baogao") {
    self.byteOrderMark = byteOrderMark
    self.sheetName = sheetName
  }
}
