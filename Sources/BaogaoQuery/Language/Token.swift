/// A lexical token of the pipeline language, with its place in the source text.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case identifier(String)
    case number(Double, isInteger: Bool)
    case string(String)
    /// `$name` or `${name:-default}`: a parameter set with `.set` or `--set`.
    case variable(String, default: String?)
    /// `@name`: a dictionary for `freq`.
    case atName(String)
    case symbol(String)
    case end
  }

  public var kind: Kind
  /// Scalar offsets into the whole source text.
  public var range: Range<Int>

  public init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
  }

  public var identifier: String? { if case .identifier(let s) = kind { s } else { nil } }

  public func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }

  /// Keywords are identifiers compared case-insensitively: `DESC`, `and`.
  public func isKeyword(_ word: String) -> Bool {
    identifier?.lowercased() == word
  }

  /// How the token reads, for messages: `'|'`, `'year'`, `end of statement`.
  public var description: String {
    switch kind {
    case .identifier(let s): "'\(s)'"
    case .number(let d, _): "'\(d)'"
    case .string(let s): "\"\(s)\""
    case .variable(let s, _): "'$\(s)'"
    case .atName(let s): "'@\(s)'"
    case .symbol(let s): "'\(s)'"
    case .end: "end of statement"
    }
  }
}
