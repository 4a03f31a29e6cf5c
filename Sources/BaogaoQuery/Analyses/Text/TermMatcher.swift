/// Finds many terms in one pass over a text's Unicode scalars, longest match first.
///
/// At each position the longest term that starts there wins and the scan resumes after it, so a
/// term is never counted inside a longer one. With the terms 印度 and 印度尼西亚, the text
/// `印度尼西亚和印度` yields 印度尼西亚 once and 印度 once (a plain substring count, as in
/// quanteda's well-known example, would count 印度 twice).
///
/// The terms live in a trie keyed by `(node, scalar)` in one hash table; a scan costs one lookup per
/// scalar, plus one per extra scalar of a partial match.
public struct TermMatcher: Sendable {
  /// One match: which term, and where (Unicode-scalar offsets, end exclusive).
  public struct Match: Sendable, Hashable {
    public var term: Int
    public var start: Int
    public var end: Int
  }

  /// The terms, in the order given (duplicates and empty strings dropped).
  public let terms: [String]
  private var edges: [UInt64: Int32] = [:]
  private var terminal: [Int32] = [-1]
  private var nodeCount: Int32 = 1

  public init(terms: [String]) {
    var seen = Set<String>()
    var kept: [String] = []
    for term in terms where !term.isEmpty && seen.insert(term).inserted { kept.append(term) }
    self.terms = kept
    for (index, term) in kept.enumerated() {
      var node: Int32 = 0
      for scalar in term.unicodeScalars {
        let key = Self.key(node, scalar.value)
        if let next = edges[key] {
          node = next
        } else {
          edges[key] = nodeCount
          terminal.append(-1)
          node = nodeCount
          nodeCount += 1
        }
      }
      terminal[Int(node)] = Int32(index)
    }
  }

  private static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar)
  }

  /// All non-overlapping matches in `text`, left to right, longest first at each position.
  public func matches(in text: String) -> [Match] {
    matches(in: Array(text.unicodeScalars))
  }

  /// All non-overlapping matches in `scalars`, left to right, longest first at each position.
  public func matches(in scalars: [Unicode.Scalar]) -> [Match] {
    var result: [Match] = []
    var i = 0
    while i < scalars.count {
      var node: Int32 = 0
      var best: (term: Int32, end: Int)?
      var j = i
      while j < scalars.count, let next = edges[Self.key(node, scalars[j].value)] {
        node = next
        j += 1
        let t = terminal[Int(node)]
        if t >= 0 { best = (t, j) }
      }
      if let best {
        result.append(Match(term: Int(best.term), start: i, end: best.end))
        i = best.end
      } else {
        i += 1
      }
    }
    return result
  }

  /// How many times each term occurs in `text` (indexed like `terms`).
  public func counts(in text: String) -> [Int] {
    var counts = [Int](repeating: 0, count: terms.count)
    for match in matches(in: text) { counts[match.term] += 1 }
    return counts
  }
}
