import BaogaoCore
import Foundation
import Yams

/// Named lists of terms grouped in categories, for `freq @environment`.
///
/// Two formats are read, each with or without a byte-order mark and with CR, LF or CRLF line ends:
///
/// Plain text (`.txt`, `.dict`): one term per line, or several separated by spaces, `、` or commas;
/// `# 名称` (a `#` and one word) starts a category; `##` lines and any other `#` line are
/// comments; a line
/// `category: term term` (ASCII or full-width colon) adds terms to that category. Terms before any
/// category belong to one named after the dictionary.
/// ```
/// # 污染
/// 污染 排污
/// 减排: 减排 二氧化硫 化学需氧量
/// ```
/// YAML (`.yaml`, `.yml`): a mapping from category to a list of terms (or one string of terms
/// separated by spaces), in file order.
public struct TermDictionary: Sendable, Hashable {
  public struct Category: Sendable, Hashable {
    public var name: String
    public var terms: [String]

    public init(name: String, terms: [String]) {
      self.name = name
      self.terms = terms
    }
  }

  public var name: String
  public var categories: [Category]

  public init(name: String, categories: [Category]) {
    self.name = name
    self.categories = categories
  }

  /// Every term once, in order of first appearance.
  public var terms: [String] {
    var seen = Set<String>()
    return categories.flatMap(\.terms).filter { seen.insert($0).inserted }
  }

  /// Reads a dictionary file; problems (unreadable file, bad YAML, no terms) become diagnostics.
  public static func load(path: String, diagnostics: inout [Diagnostic]) -> TermDictionary? {
    let url = URL(fileURLWithPath: path)
    guard let data = try? Data(contentsOf: url) else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "unreadable_dictionary",
          message: "cannot read dictionary \(path)",
          file: path))
      return nil
    }
    let name = url.deletingPathExtension().lastPathComponent
    let isYAML = ["yaml", "yml"].contains(url.pathExtension.lowercased())
    return parse(data: data, name: name, yaml: isYAML, file: path, diagnostics: &diagnostics)
  }

  /// Parses dictionary bytes (UTF-8, optional BOM).
  public static func parse(
    data: Data, name: String, yaml: Bool, file: String? = nil, diagnostics: inout [Diagnostic]
  ) -> TermDictionary? {
    guard var text = String(data: data, encoding: .utf8) else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "dictionary_not_utf8",
          message: "dictionary \(name) is not UTF-8 text", file: file))
      return nil
    }
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
      of: "\r", with: "\n")
    let dictionary =
      yaml
      ? parseYAML(text, name: name, file: file, diagnostics: &diagnostics)
      : parsePlain(text, name: name)
    guard let dictionary else { return nil }
    if dictionary.terms.isEmpty {
      diagnostics.append(
        Diagnostic(
          severity: .warning, kind: "empty_dictionary", message: "dictionary \(name) has no terms",
          file: file))
    }
    return dictionary
  }

  /// Splits a run of terms on spaces, `、`, `，` and commas.
  static func splitTerms<S: StringProtocol>(_ text: S) -> [String] {
    let separators: Set<Character> = [" ", "\t", "、", "，", ",", "；", ";", "\u{3000}"]
    return text.split(whereSeparator: { separators.contains($0) }).map { String($0) }
  }

  static func parsePlain(_ text: String, name: String) -> TermDictionary {
    var builder = CategoryBuilder(defaultName: name)
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty { continue }
      if line.hasPrefix("##") { continue }
      if line.hasPrefix("#") {
        let rest = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty, !rest.contains(where: \.isWhitespace) { builder.start(rest) }
        continue
      }
      if let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) {
        let category = line[..<colon].trimmingCharacters(in: .whitespaces)
        builder.add(splitTerms(line[line.index(after: colon)...]), to: category)
      } else {
        builder.add(splitTerms(line), to: nil)
      }
    }
    return TermDictionary(name: name, categories: builder.categories)
  }

  static func parseYAML(
    _ text: String, name: String, file: String?, diagnostics: inout [Diagnostic]
  ) -> TermDictionary? {
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "bad_dictionary_yaml",
          message: "dictionary \(name): \(error)", file: file))
      return nil
    }
    guard let mapping = node?.mapping else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "bad_dictionary_yaml",
          message: "dictionary \(name): expected a mapping from category to a list of terms",
          file: file, line: node?.mark.map { $0.line }))
      return nil
    }
    var builder = CategoryBuilder(defaultName: name)
    for (key, value) in mapping {
      let category = key.string ?? name
      if let items = value.sequence {
        builder.add(items.compactMap(\.string).flatMap { splitTerms($0) }, to: category)
      } else if let scalar = value.string {
        builder.add(splitTerms(scalar), to: category)
      }
    }
    return TermDictionary(name: name, categories: builder.categories)
  }
}

/// Collects terms into categories in order of first mention.
private struct CategoryBuilder {
  let defaultName: String
  var categories: [TermDictionary.Category] = []
  var current: String?

  init(defaultName: String) { self.defaultName = defaultName }

  mutating func start(_ name: String) { current = name }

  mutating func add(_ terms: [String], to category: String?) {
    let name = category ?? current ?? defaultName
    if let i = categories.firstIndex(where: { $0.name == name }) {
      for term in terms where !categories[i].terms.contains(term) {
        categories[i].terms.append(term)
      }
    } else {
      var unique: [String] = []
      for term in terms where !unique.contains(term) { unique.append(term) }
      categories.append(.init(name: name, terms: unique))
    }
  }
}
