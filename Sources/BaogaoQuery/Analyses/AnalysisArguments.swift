/// Reads the words after an analysis source's name: `kwic 改革 width 8`, `terms top 20`.
struct AnalysisArguments {
  var tokens: [Token]
  let usage: String

  init(_ tokens: [Token], usage: String) {
    self.tokens = tokens.filter { $0.kind != .end }
    self.usage = usage
  }

  /// Removes `keyword N` and returns N, or `fallback` when the keyword is absent.
  mutating func option(
    _ keyword: String, default fallback: Int,
    within bounds: ClosedRange<Int> = 0...WholeNumber.limit
  ) throws(QueryError) -> Int {
    guard let i = tokens.firstIndex(where: { $0.isKeyword(keyword) }) else { return fallback }
    guard i + 1 < tokens.count, case .number(let n, _) = tokens[i + 1].kind, n >= 0 else {
      throw QueryError("'\(keyword)' needs a number; usage: \(usage)", at: tokens[i].range)
    }
    let value = try WholeNumber.from(
      n, for: "'\(keyword)'", within: bounds, at: tokens[i + 1].range)
    tokens.removeSubrange(i...(i + 1))
    return value
  }

  /// Removes `by WORD` and returns WORD, one of `choices`; nil when there is no `by`.
  mutating func by(among choices: [String]) throws(QueryError) -> String? {
    guard let i = tokens.firstIndex(where: { $0.isKeyword("by") }) else { return nil }
    guard i + 1 < tokens.count, case .identifier(let word) = tokens[i + 1].kind else {
      throw QueryError(
        "'by' needs one of \(choices.joined(separator: ", ")); usage: \(usage)", at: tokens[i].range
      )
    }
    guard choices.contains(word) else {
      throw .unknown("grouping", word, among: choices, at: tokens[i + 1].range)
    }
    tokens.removeSubrange(i...(i + 1))
    return word
  }

  /// Removes and returns a leading bare number (`ngrams 2`), if any.
  mutating func leadingNumber(for what: String, within bounds: ClosedRange<Int>) throws(QueryError)
    -> Int?
  {
    guard let first = tokens.first, case .number(let n, _) = first.kind else { return nil }
    let value = try WholeNumber.from(n, for: what, within: bounds, at: first.range)
    tokens.removeFirst()
    return value
  }

  /// The remaining words (identifiers, strings, numbers as written); at least one.
  func words() throws(QueryError) -> [String] {
    var out: [String] = []
    for token in tokens {
      switch token.kind {
      case .identifier(let s), .string(let s): out.append(s)
      case .number(let d, _): out.append(Value.format(d))
      default: throw QueryError("unexpected \(token.description); usage: \(usage)", at: token.range)
      }
    }
    guard !out.isEmpty else { throw QueryError("missing argument; usage: \(usage)") }
    return out
  }

  func expectEmpty() throws(QueryError) {
    if let extra = tokens.first {
      throw QueryError("unexpected \(extra.description); usage: \(usage)", at: extra.range)
    }
  }

  /// Removes the word `keyword` (`terms top 20 singles`) and says whether it was there.
  mutating func flag(_ keyword: String) -> Bool {
    guard let i = tokens.firstIndex(where: { $0.isKeyword(keyword) }) else { return false }
    tokens.remove(at: i)
    return true
  }
}

/// A source whose table is computed by a closure over the session's context.
struct ComputedSource: Source {
  var name: String
  var schema: Schema
  var summary: String
  var compute: @Sendable (SourceContext) throws -> Table

  func table(in context: SourceContext) throws -> Table { try compute(context) }
}
