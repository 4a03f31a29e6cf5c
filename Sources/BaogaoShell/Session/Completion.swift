import BaogaoCore
import BaogaoQuery
import Foundation

/// Tab completion: what the word before the cursor may become, from what the session knows
/// (commands, sources, stages, the fields of the pipeline so far, metric ids, paths).
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
    } else if ["show", "source"].contains(words[0]) {
      candidates = corpus.reports.map(\.id)
    } else if before.trimmingWhitespace().hasSuffix("|") {
      candidates = Parser.stageNames + Array(Parser.sinkNames)
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
    var text = before.trimmingWhitespace()
    if text.hasPrefix("let "), let eq = text.firstIndex(of: "=") {
      text = String(text[text.index(after: eq)...])
    }
    guard let lastPipe = text.lastIndex(of: "|") else {
      return []
    }
    let complete = String(text[..<lastPipe])
    guard
      case .pipeline(let pipeline)? = try? Parser(variables: settings.variables).parse(
        StatementText(text: complete, offset: 0)),
      let schemas = try? QueryEngine.schemas(of: pipeline, in: queryContext)
    else { return [] }
    return schemas.last?.names ?? []
  }
}
