import CSV
import Foundation

/// A researcher's own table read from a CSV file, for `.import FILE.csv [as NAME]` and for `load`
/// of a CSV without a text column: a panel's covariates (population, GDP per capita) to `join`
/// with `indicators` or `reports`.
///
/// The first row is the header. A column whose every non-empty field is a whole number is `int`,
/// one whose every non-empty field is a decimal number is `double`, any other is text; an empty
/// field is null. A whole number written with a leading zero (`010100`, a code) stays text;
/// spaces around a number (` 2023`) are ignored. A `.tsv` file is split at tabs.
/// Fields are split by CSV.swift; this type adds what a person needs when the file is wrong: the
/// line of an unterminated quote or of a row with too few or too many fields.
public enum ImportedTable {
  /// The table in `text`; `file` names the file in errors (`gdp.csv:4: …`) and, ending in
  /// `.tsv`, makes tabs the separator.
  public static func parse(_ text: String, file: String) throws(QueryError) -> Table {
    let rows = try records(text, file: file, separator: separator(for: file))
    guard let header = rows.first else { throw QueryError("\(file): the file is empty") }
    let names = try columnNames(header.fields, file: file)
    var cells: [[String]] = []
    cells.reserveCapacity(rows.count - 1)
    for row in rows.dropFirst() {
      guard row.fields.count == names.count else {
        throw QueryError(
          "\(file):\(row.line): \(row.fields.count) field\(row.fields.count == 1 ? "" : "s") where the header has \(names.count)"
        )
      }
      cells.append(row.fields)
    }
    let types = names.indices.map { i in columnType(cells.lazy.map { $0[i] }) }
    let schema = Schema(zip(names, types).map { Column($0, $1) })
    let values = cells.map { row in zip(row, types).map { value($0, as: $1) } }
    return Table(schema: schema, rows: values)
  }

  /// Reads and parses the file at `path`; `shownAs` is the path as the user typed it.
  public static func read(path: String, shownAs: String) throws(QueryError) -> Table {
    try parse(try contents(path: path, shownAs: shownAs), file: shownAs)
  }

  /// The header of the CSV file at `path`, or nil when it cannot be read: `load` asks it whether
  /// a CSV is a corpus (with a text column) or a table.
  public static func header(path: String) -> [String]? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    // The header is on the first line; 64 KiB holds any header a person writes.
    guard let data = try? handle.read(upToCount: 1 << 16) else { return nil }
    let prefix = String(decoding: data, as: UTF8.self)
    let firstLine =
      prefix.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
      .first.map(String.init) ?? ""
    return (try? records(firstLine, file: path, separator: separator(for: path)))?.first?.fields
  }

  /// Tab for a `.tsv` file, else comma.
  static func separator(for file: String) -> Unicode.Scalar {
    file.lowercased().hasSuffix(".tsv") ? "\t" : ","
  }

  static func contents(path: String, shownAs: String) throws(QueryError) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw QueryError(
        "\(exists ? "cannot read" : "no such file") '\(shownAs)' (current folder: "
          + "\(FileManager.default.currentDirectoryPath))")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw QueryError("'\(shownAs)' is not UTF-8 text")
    }
    return text
  }

  /// One CSV record and the 1-based line it starts on.
  struct Record {
    var line: Int
    var fields: [String]
  }

  /// The records of `text`, blank lines left out. CSV.swift does not say where a record starts,
  /// so lines are counted here: one for the record's end, one for each line break inside a
  /// quoted field. A quote never closed swallows the rest of the file into one field; the
  /// quotes of a well-formed file pair up, so an odd count means one was left open, in the last
  /// record read.
  static func records(_ text: String, file: String, separator: Unicode.Scalar = ",")
    throws(QueryError) -> [Record]
  {
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let reader: CSVReader
    do {
      reader = try CSVReader(string: body, hasHeaderRow: false, delimiter: separator)
    } catch {
      throw QueryError("\(file): \(error)")
    }
    var records: [Record] = []
    var line = 1
    while let fields = reader.next() {
      let start = line
      line += 1 + fields.reduce(0) { $0 + $1.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
      if fields.count == 1, fields[0].isEmpty { continue }
      records.append(Record(line: start, fields: fields))
    }
    if let error = reader.error { throw QueryError("\(file): \(error)") }
    let quotes = body.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\"") ? 1 : 0) }
    if quotes % 2 == 1 {
      let at = records.last?.line ?? 1
      throw QueryError(
        "\(file):\(at): a quote in this row is never closed (the rest of the file would be one field)"
      )
    }
    return records
  }

  /// Header names, trimmed; an empty name becomes `column_N`, a repeated one an error.
  static func columnNames(_ header: [String], file: String) throws(QueryError) -> [String] {
    var seen: Set<String> = []
    var names: [String] = []
    for (i, raw) in header.enumerated() {
      let trimmed = raw.trimmingCharacters(in: .whitespaces)
      let name = trimmed.isEmpty ? "column_\(i + 1)" : trimmed
      guard seen.insert(name).inserted else {
        throw QueryError("\(file):1: the header names '\(name)' twice")
      }
      names.append(name)
    }
    return names
  }

  /// `int` when every non-empty field is a whole number, `double` when every one is a number,
  /// else `string`. A column of empty fields is text.
  static func columnType(_ fields: some Sequence<String>) -> ValueType {
    var type: ValueType? = nil
    for field in fields.lazy.map(trimmed) where !field.isEmpty {
      if wholeNumber(field) != nil {
        if type == nil { type = .int }
      } else if decimalNumber(field) != nil {
        if type == nil || type == .int { type = .double }
      } else {
        return .string
      }
    }
    return type ?? .string
  }

  static func value(_ field: String, as type: ValueType) -> Value {
    if field.isEmpty { return .null }
    switch type {
    case .int: return Value(wholeNumber(trimmed(field)))
    case .double:
      let number = trimmed(field)
      return Value(wholeNumber(number).map(Double.init) ?? decimalNumber(number))
    default: return .string(field)
    }
  }

  private static func trimmed(_ field: String) -> String {
    field.trimmingCharacters(in: .whitespaces)
  }

  /// `2023`, `-5`; not `010100` (a code written with its leading zero) nor `+5`.
  static func wholeNumber(_ s: String) -> Int? {
    let digits = s.hasPrefix("-") ? s.dropFirst() : Substring(s)
    guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      digits.count == 1 || digits.first != "0"
    else { return nil }
    return Int(s)
  }

  /// `5.2`, `-0.3`, `1e6`; not `nan`, `inf` or `0x1p3`.
  static func decimalNumber(_ s: String) -> Double? {
    guard
      s.utf8.allSatisfy({
        (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
          || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "+")
      }), let d = Double(s), d.isFinite
    else { return nil }
    // A whole number with a leading zero is a code, whatever Double makes of it.
    if !s.contains("."), !s.contains("e"), !s.contains("E") { return nil }
    return d
  }
}
