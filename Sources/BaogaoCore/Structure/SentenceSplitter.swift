/// Cuts text into sentences at `。！？；` and at line and paragraph ends, keeping a quotation
/// (`提出“稳字当头。”的要求`) in one piece and closing marks (`。”`) with their sentence.
enum SentenceSplitter {
  static let terminators = ScalarSet("。！？；!?;")
  static let closers = ScalarSet("”’」』）)】》\"")
  static let openQuotes = ScalarSet("“‘「『")
  static let closeQuotes = ScalarSet("”’」』")
  /// Words that carry a sentence on past a quotation.
  static let continuing = ScalarSet("的地得等和与及、，,）)”’")
  /// A quote open longer than this is taken as unbalanced (a mojibake join), and no longer holds
  /// its sentence together.
  static let maxQuote = 160

  /// Sentence ranges, in order, each trimmed of surrounding spaces.
  static func sentences(
    in text: [Unicode.Scalar], blocks: [Range<Int>], cuts: Set<Int> = []
  ) -> [Range<Int>] {
    var out: [Range<Int>] = []
    // Positions only move forward, so the cuts are read in order rather than hashed at each one.
    let cuts = cuts.sorted()
    var nextCut = 0
    func add(_ lo: Int, _ hi: Int) {
      var lo = lo
      var hi = hi
      while lo < hi, TextBlocks.isSpace(text[lo]) { lo += 1 }
      while hi > lo, TextBlocks.isSpace(text[hi - 1]) { hi -= 1 }
      if lo < hi { out.append(lo..<hi) }
    }
    for block in blocks {
      var start = block.lowerBound
      var quoteOpenedAt: Int?
      var i = block.lowerBound
      while i < block.upperBound {
        let c = text[i]
        while nextCut < cuts.count, cuts[nextCut] < i { nextCut += 1 }
        if nextCut < cuts.count, cuts[nextCut] == i, i > start {
          add(start, i)
          start = i
        }
        if openQuotes.contains(c) {
          quoteOpenedAt = i
        } else if closeQuotes.contains(c) {
          quoteOpenedAt = nil
          // `他说：“好。”然后…`: a quote ending in a stop ends the sentence, unless the sentence
          // goes on (`“稳字当头。”的要求`).
          if i > start, terminators.contains(text[i - 1]),
            i + 1 >= block.upperBound || !continuing.contains(text[i + 1])
          {
            add(start, i + 1)
            start = i + 1
          }
        }
        if let q = quoteOpenedAt, i - q > maxQuote { quoteOpenedAt = nil }
        if terminators.contains(c), quoteOpenedAt == nil {
          var end = i + 1
          while end < block.upperBound,
            closers.contains(text[end]) || terminators.contains(text[end])
          {
            end += 1
          }
          add(start, end)
          start = end
          i = end
          continue
        }
        i += 1
      }
      add(start, block.upperBound)
    }
    return out
  }
}
