/// Where a glossary note's term is used in the report's body.
///
/// A note at a report's end explains a term of the body, and its figures belong to the time the
/// body used the term in: a shortfall the review names (`[16]部分经济指标未达预期：地区生产总值增长
/// 1.3%`) looks back, a slogan among the goals (`10.一突破、两进位、三覆盖、六倍增：全市地区生产
/// 总值突破5000亿元`) looks ahead. The note's term is what stands before its first colon, past
/// its number (`[16]`, `﹝26﹞`, `27.`, `（3）`).
enum NoteAnchor {
  /// Brackets a note's number may stand in.
  static let numberBrackets: [Unicode.Scalar: Unicode.Scalar] = [
    "[": "]", "［": "］", "﹝": "﹞", "〔": "〕", "【": "】", "(": ")", "（": "）",
  ]
  /// The longest term looked for: a note's term is a phrase, not a sentence.
  static let termLimit = 40

  /// The offset in `body` where the term of the note whose line holds `offset` is first used,
  /// or nil when the line has no term or the body never uses it.
  static func anchor(of offset: Int, in text: [Unicode.Scalar], body: Range<Int>) -> Int? {
    guard let term = term(of: offset, in: text) else { return nil }
    if let p = firstIndex(of: term, in: text, range: body) { return p }
    // `“双百”城市` written `双百城市` or quoted otherwise: its longest unquoted piece.
    let pieces = term.split(whereSeparator: { quotes.contains($0) }).map(Array.init)
    guard pieces.count > 1, let longest = pieces.max(by: { $0.count < $1.count }),
      longest.count >= 2
    else { return nil }
    return firstIndex(of: longest, in: text, range: body)
  }

  /// Bodies above a report's own government, and the highest level of report they are above
  /// (a province's `省委` is its own).
  static let higherBodies: [(word: String, above: Level)] = [
    ("党中央", .province), ("中央", .province), ("国务院", .province), ("国家", .province),
    ("省委", .city), ("省政府", .city), ("自治区党委", .city), ("区党委", .city),
  ]

  /// Does the body name the note's term, where it uses it at `anchor`, as a body's above the
  /// report's own (`坚定贯彻省委“两确保一率先”部署` in a city's report)? The note then explains
  /// that body's goals (`确保经济增速高于全国平均水平`), not the region's.
  static func explainsHigherBody(anchor: Int, in text: [Unicode.Scalar], level: Level?) -> Bool {
    guard let level else { return false }
    var end = anchor
    while end > 0, quotes.contains(text[end - 1]) || text[end - 1] == "《" { end -= 1 }
    return higherBodies.contains { body in
      let w = Array(body.word.unicodeScalars)
      return level.rank >= body.above.rank
        && end >= w.count && text[(end - w.count)..<end].elementsEqual(w)
    }
  }

  static let quotes: Set<Unicode.Scalar> = Set("“”\"‘’「」".unicodeScalars)

  /// The term of the note on the line holding `offset`: past the note's number, up to its
  /// first colon.
  static func term(of offset: Int, in text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    var i = offset
    while i > 0, text[i - 1] != "\n" { i -= 1 }
    while i < text.count, TextBlocks.isSpace(text[i]) || text[i] == "*" { i += 1 }
    if i < text.count, let close = numberBrackets[text[i]] {
      var k = i + 1
      while k < text.count, ("0"..."9").contains(text[k]) { k += 1 }
      if k > i + 1, k < text.count, text[k] == close { i = k + 1 }
    } else {
      var k = i
      while k < text.count, ("0"..."9").contains(text[k]) { k += 1 }
      if k > i, k < text.count, ".．、".unicodeScalars.contains(text[k]) { i = k + 1 }
    }
    var end = i
    while end < text.count, end - i <= termLimit, text[end] != "：", text[end] != ":",
      text[end] != "\n"
    {
      end += 1
    }
    guard end < text.count, text[end] == "：" || text[end] == ":", end - i >= 2 else { return nil }
    return Array(text[i..<end])
  }

  static func firstIndex(
    of word: [Unicode.Scalar], in text: [Unicode.Scalar], range: Range<Int>
  ) -> Int? {
    guard let first = word.first, range.count >= word.count else { return nil }
    var i = range.lowerBound
    while i + word.count <= range.upperBound {
      if text[i] == first, text[i..<(i + word.count)].elementsEqual(word) { return i }
      i += 1
    }
    return nil
  }
}
