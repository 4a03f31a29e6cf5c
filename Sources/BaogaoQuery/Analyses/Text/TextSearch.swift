import BaogaoCore
import Foundation

/// A regular expression over cleaned text, for `search REGEX` and for highlighting its matches.
///
/// ICU syntax through `NSRegularExpression` (`稳.{0,4}增长`, `\d+(\.\d+)?%`). Matches come back
/// as Unicode-scalar offsets into the text, the unit every other offset in baogao uses.
public struct TextSearch: Sendable {
  /// One match: its scalar range and text.
  public struct Match: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
  }

  public let pattern: String
  private let expression: NSRegularExpressionBox

  /// Compiles `pattern`; an invalid one becomes an error diagnostic and the result is nil.
  public init?(pattern: String, diagnostics: inout [Diagnostic]) {
    do {
      expression = NSRegularExpressionBox(try NSRegularExpression(pattern: pattern))
    } catch {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "bad_regex",
          message: "invalid regular expression '\(pattern)': \(error.localizedDescription)"))
      return nil
    }
    self.pattern = pattern
  }

  /// Every non-overlapping match in `text`, left to right.
  public func matches(in text: String) -> [Match] {
    let ns = text as NSString
    let found = expression.value.matches(in: text, range: NSRange(location: 0, length: ns.length))
    guard !found.isEmpty else { return [] }
    // UTF-16 offset → scalar offset, computed once per text.
    var scalarAt = [Int](repeating: 0, count: ns.length + 1)
    var s = 0
    var u = 0
    for scalar in text.unicodeScalars {
      let width = scalar.utf16.count
      for k in 0..<width { scalarAt[u + k] = s }
      u += width
      s += 1
    }
    scalarAt[ns.length] = s
    return found.map { result in
      let r = result.range
      return Match(
        start: scalarAt[r.location], end: scalarAt[r.location + r.length],
        text: ns.substring(with: r))
    }
  }
}

/// `NSRegularExpression` is immutable and thread-safe but not marked `Sendable`.
private final class NSRegularExpressionBox: @unchecked Sendable {
  let value: NSRegularExpression
  init(_ value: NSRegularExpression) { self.value = value }
}
