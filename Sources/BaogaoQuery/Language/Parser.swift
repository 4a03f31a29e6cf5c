/// Parses one statement: a dot-command, a word command (`load`, `show`, `source`), `let`, or a
/// pipeline `SOURCE [args] | stage | … [| export FILE]`.
public struct Parser {
  /// Commands whose arguments are words (paths, ids), not expressions.
  public static let wordCommands: Set<String> = ["load", "show", "source"]
  /// Stages that end a pipeline by sending the table somewhere.
  public static let sinkNames: Set<String> = ["export", "chart", "sparkline"]
  public static let stageNames = [
    "where", "select", "sort", "limit", "first", "count", "distinct", "top", "group", "pivot",
    "join",
  ]

  public var variables: [String: String]
  /// Words that mean a dot-command when typed alone (`help` may take a topic).
  static let wordsWithoutDot = ["help": "help", "?": "help", "quit": "quit", "exit": "quit"]

  public init(variables: [String: String] = [:]) {
    self.variables = variables
  }

  public func parse(_ statement: StatementText) throws(QueryError) -> Statement {
    let text = statement.text
    let base = statement.offset
    let firstWordEnd =
      text.unicodeScalars.firstIndex { $0.properties.isWhitespace } ?? text.unicodeScalars.endIndex
    let firstWord = String(text.unicodeScalars[..<firstWordEnd])
    let rest = text.unicodeScalars[firstWordEnd...]
    let restOffset =
      base + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: firstWordEnd)
    let whole = base..<(base + text.unicodeScalars.count)

    // `help`, `quit`, `exit` and `?` work without a dot, as in psql and IPython.
    if let dot = Parser.wordsWithoutDot[firstWord], firstWord == "help" || rest.isEmpty {
      let words = try Words.split(Substring(rest), offset: restOffset, variables: variables)
      return .dot(name: dot, arguments: words.map(\.word), range: whole)
    }
    if firstWord.hasPrefix(".") {
      let words = try Words.split(Substring(rest), offset: restOffset, variables: variables)
      return .dot(name: String(firstWord.dropFirst()), arguments: words.map(\.word), range: whole)
    }
    if Parser.wordCommands.contains(firstWord) {
      let words = try Words.split(Substring(rest), offset: restOffset, variables: variables)
      return .command(name: firstWord, arguments: words.map(\.word), range: whole)
    }
    if firstWord == "let" {
      let tokens = try Lexer(Substring(rest), base: restOffset).tokens()
      guard let name = tokens.first?.identifier else {
        throw QueryError("expected a name after 'let'", at: tokens.first?.range ?? whole)
      }
      guard tokens.count > 1, tokens[1].isSymbol("=") else {
        throw QueryError(
          "expected '=' after 'let \(name)'", at: tokens.count > 1 ? tokens[1].range : whole)
      }
      let pipelineStart = tokens[1].range.upperBound - base
      let pipelineText = String(text.unicodeScalars.dropFirst(pipelineStart))
      let pipeline = try parsePipeline(pipelineText[...], base: base + pipelineStart)
      return .assignment(name: name, pipeline: pipeline, range: whole)
    }
    return .pipeline(try parsePipeline(text[...], base: base))
  }

  /// Splits at `|` outside strings and brackets, then parses each part.
  func parsePipeline(_ text: Substring, base: Int) throws(QueryError) -> Pipeline {
    var parts: [(Substring, Int)] = []
    let scalars = Array(text.unicodeScalars)
    var start = 0
    var depth = 0
    var inString = false
    var i = 0
    while i < scalars.count {
      let c = scalars[i]
      if inString {
        if c == "\\" { i += 1 } else if c == "\"" { inString = false }
      } else if c == "\"" {
        inString = true
      } else if c == "(" || c == "[" {
        depth += 1
      } else if c == ")" || c == "]" {
        depth -= 1
      } else if c == "|", depth <= 0 {
        parts.append(
          (Substring(String(String.UnicodeScalarView(scalars[start..<i]))), base + start))
        start = i + 1
      }
      i += 1
    }
    parts.append((Substring(String(String.UnicodeScalarView(scalars[start...]))), base + start))

    let (sourceText, sourceOffset) = parts[0]
    let sourceTokens = try resolveVariables(
      in: try Lexer(sourceText, base: sourceOffset).tokens(), keeping: 0)
    guard let first = sourceTokens.first, first.kind != .end else {
      throw QueryError(
        "expected a source (reports, indicators, …) before '|'", at: sourceOffset..<sourceOffset)
    }
    let name: String
    switch first.kind {
    case .identifier(let s): name = s
    case .variable(let s, _): name = "$" + s
    default: throw QueryError("expected a source name, found \(first.description)", at: first.range)
    }
    let source = SourceCall(
      name: name, nameRange: first.range, arguments: Array(sourceTokens.dropFirst().dropLast()))

    var stages: [StageCall] = []
    var sink: Sink?
    for (index, (partText, partOffset)) in parts.enumerated().dropFirst() {
      let leading = partText.unicodeScalars.prefix { $0.properties.isWhitespace }.count
      let trimmed = partText.unicodeScalars.dropFirst(leading)
      let wordEnd = trimmed.firstIndex { $0.properties.isWhitespace } ?? trimmed.endIndex
      let stageName = String(trimmed[..<wordEnd])
      let nameRange =
        (partOffset + leading)..<(partOffset + leading + stageName.unicodeScalars.count)
      let partRange = (partOffset + leading)..<(partOffset + partText.unicodeScalars.count)
      if stageName.isEmpty {
        throw QueryError("expected a stage after '|'", at: (partOffset - 1)..<partOffset)
      }
      if Parser.sinkNames.contains(stageName) {
        guard index == parts.count - 1 else {
          throw QueryError("'\(stageName)' must be the last stage of a pipeline", at: nameRange)
        }
        let args = try Words.split(
          Substring(trimmed[wordEnd...]), offset: nameRange.upperBound, variables: variables)
        sink = Sink(name: stageName, arguments: args.map(\.word), range: partRange)
        continue
      }
      if !Parser.stageNames.contains(stageName),
        let hint = Parser.unquotedAlternation(before: parts[index - 1].0, stageName)
      {
        throw QueryError(
          "'|' splits stages; a regex with '|' is quoted: \(hint)",
          at: (partOffset - 1)..<nameRange.upperBound)
      }
      // `join $t on …` names a kept table, like a source; other `$name`s are parameters.
      let tokens = try resolveVariables(
        in: try Lexer(partText, base: partOffset).tokens(), keeping: stageName == "join" ? 1 : nil)
      var stream = TokenStream(tokens: Array(tokens.dropFirst()))
      let stage = try StageParser.parse(stageName, nameRange: nameRange, &stream)
      if let extra = stream.peek, extra.kind != .end {
        throw QueryError("unexpected \(extra.description) in '\(stageName)'", at: extra.range)
      }
      stages.append(StageCall(name: stageName, stage: stage, range: partRange))
    }
    return Pipeline(source: source, stages: stages, sink: sink)
  }

  /// `where title ~ 营商|环境`: the `|` was meant inside the regex. Gives the quoted form
  /// (`~ "营商|环境"`) when the part before ends with `~ WORD` outside quotes.
  static func unquotedAlternation(before previous: Substring, _ next: String) -> String? {
    let text = previous.trimmingCharacters()
    guard let tilde = text.lastIndex(of: "~") else { return nil }
    let pattern = text[text.index(after: tilde)...].trimmingCharacters()
    guard !pattern.isEmpty, !pattern.contains("\""), !pattern.contains(" ") else { return nil }
    return "~ \"\(pattern)|\(next)\""
  }

  /// Replaces `$name` tokens by literals from the session's parameters. The token at `keeping`
  /// (a pipeline's source, the table after `join`) names a table kept with `let` and stays.
  private func resolveVariables(in tokens: [Token], keeping: Int?) throws(QueryError) -> [Token] {
    var out: [Token] = []
    for (i, token) in tokens.enumerated() {
      guard case .variable(let name, let fallback) = token.kind, i != keeping else {
        out.append(token)
        continue
      }
      let value = try Words.expand(name, fallback, variables, token.range)
      if let d = Double(value) {
        out.append(Token(.number(d, isInteger: Int(value) != nil), token.range))
      } else {
        out.append(Token(.string(value), token.range))
      }
    }
    return out
  }
}

/// A cursor over a stage's tokens.
public struct TokenStream {
  var tokens: [Token]
  var position = 0
  /// How deep the expression parser has recursed (parentheses, calls, `not`, unary minus).
  var nesting = 0
  /// Operators read so far in this stage; with `nesting`, it bounds the depth of the tree the
  /// compiler and evaluator recurse through.
  var operators = 0

  public init(tokens: [Token]) { self.tokens = tokens }

  public var peek: Token? { position < tokens.count ? tokens[position] : nil }
  public var atEnd: Bool { peek.map { $0.kind == .end } ?? true }
  var endRange: Range<Int> { tokens.last?.range ?? 0..<0 }

  public mutating func next() -> Token? {
    guard position < tokens.count else { return nil }
    defer { position += 1 }
    return tokens[position]
  }

  public mutating func accept(symbol: String) -> Bool {
    if peek?.isSymbol(symbol) == true { position += 1; return true }
    return false
  }

  public mutating func accept(keyword: String) -> Bool {
    if peek?.isKeyword(keyword) == true { position += 1; return true }
    return false
  }

  public mutating func expect(symbol: String, _ context: String) throws(QueryError) {
    guard accept(symbol: symbol) else {
      throw QueryError(
        "expected '\(symbol)' \(context), found \(peek?.description ?? "end")",
        at: peek?.range ?? endRange)
    }
  }

  public mutating func identifier(_ what: String) throws(QueryError) -> (String, Range<Int>) {
    guard let token = peek, let name = token.identifier else {
      throw QueryError(
        "expected \(what), found \(peek?.description ?? "end of statement")",
        at: peek?.range ?? endRange)
    }
    position += 1
    return (name, token.range)
  }

  public mutating func integer(_ what: String) throws(QueryError) -> Int {
    guard let token = peek, case .number(let d, true) = token.kind, d >= 0 else {
      throw QueryError(
        "expected \(what) (a whole number), found \(peek?.description ?? "end of statement")",
        at: peek?.range ?? endRange)
    }
    guard d <= 1e15 else { throw QueryError("\(what) is too large", at: token.range) }
    position += 1
    return Int(d)
  }
}

extension StringProtocol {
  func trimmingCharacters() -> String { String(self).trimmingWhitespace() }
}
