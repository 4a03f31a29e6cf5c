/// Sentences and clauses of a cleaned text, the units `readability`, `cooccur` and `ngrams` count in.
///
/// A sentence ends at `。！？；` (and their ASCII forms) or at a line end, so a heading such as
/// `一、2024年工作回顾` is a sentence of its own. A clause ends at a sentence end or at `，；：、`
/// (and `,`, `:`): `稳增长、调结构，惠民生。` has one sentence and three clauses.
/// This is a simple stand-in for the structure stage's sentences (`BaogaoCore.Sentence`), kept
/// behind these two functions so it can be swapped without touching the analyses.
public enum TextUnits {
  static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？；!?;\n".unicodeScalars)
  static let clauseEnds: Set<Unicode.Scalar> = sentenceEnds.union("，：、,:".unicodeScalars)
  static let closers: Set<Unicode.Scalar> = Set("”’」』）)】》\"".unicodeScalars)

  /// Sentence ranges (Unicode-scalar offsets) of `scalars`, trimmed of spaces, empty ones dropped.
  public static func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    split(scalars, at: sentenceEnds)
  }

  /// Clause ranges (Unicode-scalar offsets) of `scalars`.
  public static func clauses(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    split(scalars, at: clauseEnds)
  }

  /// The text of a range of scalars.
  public static func string(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    return String(view)
  }

  private static func split(_ scalars: [Unicode.Scalar], at ends: Set<Unicode.Scalar>) -> [Range<
    Int
  >] {
    var out: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < scalars.count {
      if ends.contains(scalars[i]) {
        var end = i + 1
        while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
        add(scalars, start, end, to: &out)
        start = end
        i = end
      } else {
        i += 1
      }
    }
    add(scalars, start, scalars.count, to: &out)
    return out
  }

  /// Adds the range unless it holds no letter, digit or ideograph (a lone `。` or blank line).
  private static func add(
    _ scalars: [Unicode.Scalar], _ lo: Int, _ hi: Int, to out: inout [Range<Int>]
  ) {
    var lo = lo
    var hi = hi
    while lo < hi, scalars[lo].properties.isWhitespace { lo += 1 }
    while hi > lo, scalars[hi - 1].properties.isWhitespace { hi -= 1 }
    guard lo < hi, scalars[lo..<hi].contains(where: isCounted) else { return }
    out.append(lo..<hi)
  }

  /// Letters, digits and ideographs: the characters `readability` counts (not punctuation or spaces).
  public static func isCounted(_ scalar: Unicode.Scalar) -> Bool {
    let p = scalar.properties
    return p.isAlphabetic || p.numericType != nil
  }
}
