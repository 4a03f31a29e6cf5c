import BaogaoCore
import Foundation

/// A regular expression over cleaned text, for `search REGEX` and for highlighting its matches.
///
/// ICU syntax through `Pattern` (with ICU's time limit) (`稳.{0,4}增长`, `\d+(\.\d+)?%`). Matches come back
/// as Unicode-scalar offsets into the text, the unit every other offset in baogao uses.
public struct TextSearch: Sendable {
  /// One match: its scalar range and text.
  public struct Match: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
  }

  public let pattern: String
  private let expression: Expression

  /// The pattern as plain text when it has no regular-expression syntax (`高质量发展`), so an
  /// index of literal text can serve it; nil for `绿色|低碳`, `稳.{0,4}增长`, `\d+`.
  public var literal: String? { Self.literal(pattern) }

  private static func literal(_ pattern: String) -> String? {
    let syntax = Set(#"\^$.|?*+()[]{}"#.unicodeScalars)
    return pattern.unicodeScalars.contains(where: syntax.contains) || pattern.isEmpty
      ? nil : pattern
  }

  /// Compiles `pattern`; an invalid one is an error at `range`. A literal (which cannot be
  /// invalid) is compiled when first matched: a store's index answers it without matching.
  public init(pattern: String, at range: Range<Int>? = nil) throws(QueryError) {
    expression = Expression(
      Self.literal(pattern) == nil ? try Pattern(pattern, at: range) : nil, source: pattern)
    self.pattern = pattern
  }

  /// The compiled pattern, compiled when first needed if it was not at once.
  private final class Expression: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: Pattern?
    private let source: String

    init(_ compiled: Pattern?, source: String) {
      self.compiled = compiled
      self.source = source
    }

    var pattern: Pattern {
      get throws(QueryError) {
        lock.lock()
        defer { lock.unlock() }
        if let compiled { return compiled }
        let pattern = try Pattern(source)
        compiled = pattern
        return pattern
      }
    }
  }

  /// Every non-overlapping match in `text`, left to right.
  public func matches(in text: String) throws(QueryError) -> [Match] {
    let found = try expression.pattern.utf16Matches(in: text)
    guard !found.isEmpty else { return [] }
    // UTF-16 offset → scalar offset, computed once per text.
    let units = Array(text.utf16)
    var scalarAt = [Int](repeating: 0, count: units.count + 1)
    var s = 0
    var u = 0
    for scalar in text.unicodeScalars {
      let width = scalar.utf16.count
      for k in 0..<width { scalarAt[u + k] = s }
      u += width
      s += 1
    }
    scalarAt[units.count] = s
    return found.map { r in
      Match(
        start: scalarAt[r.lowerBound], end: scalarAt[r.upperBound],
        text: String(decoding: units[r], as: UTF16.self))
    }
  }
}
