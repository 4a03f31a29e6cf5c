/// A metric's name counts only as the head of its noun phrase. In `单位生产总值能耗`,
/// `万元生产总值用水量` and `生产总值比重` the name modifies the noun after it, and the figure
/// that follows is that noun's, not the metric's.
///
/// The name is the head when what follows it (past spaces and a parenthesis such as `（GDP）`)
/// is the end of its clause, a figure, a list joiner, `的` with a figure or a growth word, or a
/// word that starts a predicate (`增长`, `达到`, `突破`, `同比`, `年均` …: `headFollowers` in
/// `extraction-vocabulary.json`). Anything else is a noun the name modifies.
struct HeadNoun: Sendable {
  private let followers: [[Unicode.Scalar]]
  static let joiners: Set<Unicode.Scalar> = Set("、和及与暨".unicodeScalars)
  static let growthNouns = ["增速", "增长", "增幅", "总量", "规模", "总额", "降幅", "涨幅"]

  init(vocabulary: ExtractionVocabulary = .builtIn) {
    followers = vocabulary.headFollowers.map { Array($0.unicodeScalars) }
      .sorted { $0.count > $1.count }
  }

  /// Is the name ending at `end` the head of its phrase?
  func isHead(nameEnd end: Int, in text: [Unicode.Scalar], limit: Int) -> Bool {
    var j = end
    let limit = min(limit, text.count)
    while j < limit, TextBlocks.isSpace(text[j]) { j += 1 }
    // `地区生产总值（GDP）增长6%`: a gloss in brackets stands aside.
    if j < limit, text[j] == "（" || text[j] == "(" {
      var k = j + 1
      while k < limit, k - j <= 12, text[k] != "）", text[k] != ")" { k += 1 }
      if k < limit, text[k] == "）" || text[k] == ")" { j = k + 1 }
    }
    guard j < limit else { return true }
    let c = text[j]
    if !SubjectFilter.isHan(c) { return true }
    if Self.joiners.contains(c) { return true }
    // A figure with its unit (`生产总值1000亿元`, `两万亿元`); a bare numeral may begin a noun
    // (`单位GDP二氧化碳排放`).
    if NumberGrammar.figure(at: j, in: text, limit: limit) != nil { return true }
    if c == "的" {
      // `地区生产总值的增速`, `经济增长速度的宏观调控目标`; not `生产总值的比重`, nor the share in
      // `经济总量的45%在县域`.
      let k = j + 1
      if k >= limit { return true }
      if Self.growthNouns.contains(where: {
        NumberGrammar.matches($0, at: k, in: text, limit: limit)
      }) {
        return true
      }
      j = k
    }
    return followers.contains { w in
      j + w.count <= limit && (0..<w.count).allSatisfy { text[j + $0] == w[$0] }
    }
  }
}
