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
  private let expression: Pattern

  /// The pattern as plain text when it has no regular-expression syntax (`高质量发展`), so an
  /// index of literal text can serve it; nil for `绿色|低碳`, `稳.{0,4}增长`, `\d+`.
  public var literal: String? {
    let syntax = Set(#"\^$.|?*+()[]{}"#.unicodeScalars)
    return pattern.unicodeScalars.contains(where: syntax.contains) || pattern.isEmpty
      ? nil : pattern
  }

  /// Compiles `pattern`; an invalid one is an error at `range`.
  public init(pattern: String, at range: Range<Int>? = nil) throws(QueryError) {
    expression = try Pattern(pattern, at: range)
    self.pattern = pattern
  }

  /// Every non-overlapping match in `text`, left to right.
  public func matches(in text: String) throws(QueryError) -> [Match] {
    let found = try expression.utf16Matches(in: text)
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
