import BaogaoCore

/// A problem with a statement, pointing at the place in its source text.
///
/// `range` is in Unicode scalars from the start of the text the statement came from (a script, a
/// `-c` argument or one interactive entry), so the shell can print `script.bg:3:18: error: …`
/// with the line and a caret.
public struct QueryError: Error, Sendable, Equatable {
  public var message: String
  public var range: Range<Int>?

  public init(_ message: String, at range: Range<Int>? = nil) {
    self.message = message
    self.range = range
  }

  /// `unknown field 'yaer' (did you mean 'year'?)`.
  public static func unknown(
    _ what: String, _ name: String, among candidates: [String], at range: Range<Int>?
  ) -> QueryError {
    var message = "unknown \(what) '\(name)'"
    if let best = Suggestion.closest(to: name, among: candidates) {
      message += " (did you mean '\(best)'?)"
    } else if !candidates.isEmpty, candidates.count <= 8 {
      // A short list is worth showing whole: `unknown chart kind 'pie' (one of bar, line, sparkline)`.
      message += " (one of " + candidates.joined(separator: ", ") + ")"
    }
    return QueryError(message, at: range)
  }
}

extension QueryError {
  /// Ctrl-C stopped the statement; the session is as it was before it.
  public static let interrupted = QueryError("interrupted")
}

extension Cancellation {
  /// Throws `interrupted` when the statement running on this thread was cancelled: called by
  /// loops over reports and rows, often enough that Ctrl-C stops them within a moment.
  public static func check() throws(QueryError) {
    if isRequested { throw .interrupted }
  }
}

/// Finds the candidate a mistyped name most likely meant, by edit distance.
public enum Suggestion {
  public static func closest(to name: String, among candidates: [String]) -> String? {
    let source = Array(name.lowercased().unicodeScalars)
    var best: (String, Int)?
    for candidate in candidates {
      let d = distance(source, Array(candidate.lowercased().unicodeScalars))
      if d < (best?.1 ?? Int.max) { best = (candidate, d) }
    }
    guard let (candidate, d) = best else { return nil }
    let limit = max(1, min(source.count, candidate.unicodeScalars.count) / 2)
    return d <= limit ? candidate : nil
  }

  /// Damerau–Levenshtein (optimal string alignment): `yaer` is one transposition from `year`.
  static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        }
      }
    }
    return d[a.count][b.count]
  }
}
