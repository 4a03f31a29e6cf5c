import BaogaoCore
import BaogaoQuery
import Foundation

/// Tab completion: what the word before the cursor may become, from what the session knows
/// (commands, sources, stages, the fields of the pipeline so far, paths), and inside quotes
/// after `==`, `!=` or `in [`/`in (` the values that field holds in the data at that point.
extension Session {
  public func completions(for lineBeforeCursor: String) -> [String] {
    let statement = String(
      lineBeforeCursor.split(separator: ";", omittingEmptySubsequences: false).last ?? "")
    let word = Session.lastWord(of: statement)
    let before = String(statement.unicodeScalars.dropLast(word.unicodeScalars.count))
    let words = before.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    let candidates: [String]

    if words.isEmpty {
      candidates =
        Array(Parser.wordCommands) + ["let"] + catalog.names
        + Session.dotCommands.map { "." + $0.name }
    } else if ["load", ".read", ".import", ".output", ".once", ".save"].contains(words[0]) {
      return LineEditor.pathCompletions(prefix: word)
    } else if words[0] == ".help" {
      candidates = Array(Help.topics.keys) + catalog.names.filter { !$0.hasPrefix("$") }
    } else if words[0] == ".mode" {
      candidates = OutputMode.allCases.map(\.rawValue)
    } else if words[0] == "show", words.count == 2 {
      candidates = sectionNames(ofReport: words[1])
    } else if ["show", "source"].contains(words[0]) {
      candidates = words.count == 1 ? corpus.reports.map(\.id) : []
    } else if word.hasPrefix("@") {
      candidates = dictionaryCompletions(for: word)
    } else if before.trimmingWhitespace().hasSuffix("|") {
      candidates = Parser.stageNames + Array(Parser.sinkNames)
    } else if word.hasPrefix("\""), let field = Session.comparedField(before: before) {
      candidates =
        valuesOfField(field, before: before)
        ?? (metricIDs.map { "\"\($0)\"" } + levelNames.map { "\"\($0)\"" })
    } else if word.hasPrefix("\"") {
      candidates = metricIDs.map { "\"\($0)\"" } + levelNames.map { "\"\($0)\"" }
    } else {
      candidates =
        fieldsBeforeCursor(in: before) + CompiledExpression.functionNames.map { $0 + "(" }
        + AggregateFunction.allCases.map { $0.rawValue + "(" }
        + ["and", "or", "not", "in", "is", "null", "desc", "as", "by", "agg"]
    }
    return Array(Set(candidates.filter { $0.hasPrefix(word) })).sorted()
  }

  /// The section kinds `show ID KIND` accepts that report `id` has (all kinds for an id not
  /// loaded).
  private func sectionNames(ofReport id: String) -> [String] {
    guard let report = corpus.reports.first(where: { $0.id == id }) else {
      return SectionKind.allCases.map(\.rawValue)
    }
    var seen = Set<String>()
    return analyses.structure(of: report).sections.map(\.kind.rawValue).filter {
      seen.insert($0).inserted
    }
  }

  /// `@environment`, … (the built-in dictionaries); `@dicts/green.txt` completes as a path.
  private func dictionaryCompletions(for word: String) -> [String] {
    let typed = String(word.dropFirst())
    let paths =
      typed.contains("/") || typed.hasPrefix(".") || typed.hasPrefix("~")
      ? LineEditor.pathCompletions(prefix: typed).map { "@" + $0 } : []
    return BuiltInDictionaries.names.map { "@" + $0 } + paths
  }

  /// The field compared with the quoted word being typed: `region == "`, `level != "`,
  /// `metric in ["gdp", "` and `metric in ("gdp", "` give `region`, `level`, `metric`.
  static func comparedField(before: String) -> String? {
    var scalars = Array(before.unicodeScalars)
    func trimSpaces() {
      while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    }
    trimSpaces()
    if scalars.count >= 2, scalars[scalars.count - 1] == "=",
      ["=", "!"].contains(scalars[scalars.count - 2])
    {
      scalars.removeLast(2)
    } else {
      // A list after `in`: quoted values and commas back to the `[` or `(` that opened it.
      var inQuote = false
      while let last = scalars.last {
        if last == "\"" {
          inQuote.toggle()
        } else if !inQuote, last == "[" || last == "(" {
          break
        } else if !inQuote, last != ",", last != " ", last != "\t" {
          return nil
        }
        scalars.removeLast()
      }
      guard !inQuote, !scalars.isEmpty else { return nil }
      scalars.removeLast()
      trimSpaces()
      guard scalars.count >= 3, String(String.UnicodeScalarView(scalars.suffix(2))) == "in",
        [" ", "\t"].contains(scalars[scalars.count - 3])
      else { return nil }
      scalars.removeLast(2)
      trimSpaces()
      if String(String.UnicodeScalarView(scalars.suffix(4))) == " not" { scalars.removeLast(3) }
    }
    trimSpaces()
    var name = String.UnicodeScalarView()
    if scalars.last == "`" {
      scalars.removeLast()
      while let last = scalars.popLast(), last != "`" { name.append(last) }
    } else {
      while let last = scalars.last,
        last == "_" || last.properties.isAlphabetic
          || ("0"..."9").contains(last)
      {
        name.append(last)
        scalars.removeLast()
      }
    }
    let field = String(String.UnicodeScalarView(name.reversed()))
    return field.isEmpty || field.first!.isNumber ? nil : field
  }

  /// The distinct text values of `field` in the table at the cursor (the pipeline before the
  /// last `|` in `before`), quoted, most frequent first; nil when that table cannot be made or
  /// has no such field.
  func valuesOfField(_ field: String, before: String, limit: Int = 5_000) -> [String]? {
    guard let pipeline = pipelineBeforeCursor(in: before),
      let table = try? QueryEngine.run(pipeline, in: queryContext),
      let index = table.schema.index(of: field)
    else { return nil }
    var counts: [String: Int] = [:]
    for row in table.rows {
      guard case .string(let value) = row[index], !value.isEmpty,
        !value.contains("\""), !value.contains("\n")
      else { continue }
      counts[value, default: 0] += 1
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(limit).map { "\"\($0.key)\"" }
  }

  private var levelNames: [String] {
    ["national", "province", "city", "district", "county", "town"]
  }

  /// The word being typed: after the last space, `|`, `,`, `(` or `[`.
  static func lastWord(of s: String) -> String {
    let separators: Set<Unicode.Scalar> = [" ", "\t", "|", ",", "(", "[", "=", "<", ">", "!"]
    var scalars = String.UnicodeScalarView()
    for c in s.unicodeScalars.reversed() {
      if separators.contains(c) { break }
      scalars.append(c)
    }
    return String(String.UnicodeScalarView(scalars.reversed()))
  }

  /// Fields of the table at the cursor: the source's, after every complete stage before it.
  private func fieldsBeforeCursor(in before: String) -> [String] {
    guard let pipeline = pipelineBeforeCursor(in: before),
      let schemas = try? QueryEngine.schemas(of: pipeline, in: queryContext)
    else { return [] }
    return schemas.last?.names ?? []
  }

  /// The complete stages before the cursor: the text before the last `|` outside quotes.
  private func pipelineBeforeCursor(in before: String) -> Pipeline? {
    var text = before.trimmingWhitespace()
    if text.hasPrefix("let "), let eq = text.firstIndex(of: "=") {
      text = String(text[text.index(after: eq)...])
    }
    var lastPipe: String.Index?
    var inQuote = false
    for i in text.indices {
      if text[i] == "\"" { inQuote.toggle() } else if text[i] == "|", !inQuote { lastPipe = i }
    }
    guard let lastPipe else { return nil }
    let complete = String(text[..<lastPipe])
    guard
      case .pipeline(let pipeline)? = try? Parser(variables: settings.variables).parse(
        StatementText(text: complete, offset: 0))
    else { return nil }
    return pipeline
  }
}
