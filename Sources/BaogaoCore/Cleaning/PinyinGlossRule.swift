/// Removes pinyin glosses written after characters: `報(bào)告` → `報告`, `會(huì)` → `會`.
///
/// Only a parenthesised run of Latin letters with at least one tone mark, directly after a
/// character (an ideograph, or mojibake where one was: `車?yán)M(jìn)場`), is a gloss; real parentheses such as `(限上)`, `(2019-2022年)` or `(GDP)` are kept.
struct PinyinGlossRule: CleaningRule {
  let kind = "pinyin_gloss_removed"
  let noun = "pinyin gloss"

  static let toneMarked: Set<Unicode.Scalar> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ".unicodeScalars)

  func apply(_ text: inout String) -> [Int] {
    // Fast exit: no tone-marked vowel, no gloss (and no copy of the text).
    // Tone-marked vowels are U+00E0…U+01DC (UTF-8 lead bytes C3…C7) or ḿ (E1 B8 BF).
    guard text.containsByte(in: 0xC3...0xC7) || text.containsBytes("ḿ") else {
      return []
    }
    // Walked in place (an array of the scalars is four bytes a character); the result is made
    // from the first gloss on, of the text's size, and only then.
    let scalars = text.unicodeScalars
    var edited: String?
    var copied = scalars.startIndex
    var positions: [Int] = []
    var previous: Unicode.Scalar?
    var written = 0
    var i = scalars.startIndex
    while i < scalars.endIndex {
      let s = scalars[i]
      if s == "(" || s == "（", let p = previous, !p.isLayoutSpace, p != "\n",
        let end = glossEnd(scalars, openAt: i)
      {
        positions.append(written)
        if edited == nil {
          edited = String()
          edited!.reserveCapacity(text.utf8.count)
        }
        edited!.append(contentsOf: text[copied..<i])
        previous = scalars[end]
        i = scalars.index(after: end)
        copied = i
        continue
      }
      previous = s
      written += 1
      i = scalars.index(after: i)
    }
    guard var edited else { return [] }
    edited.append(contentsOf: text[copied...])
    text = edited
    return positions
  }

  /// Index of the closing parenthesis when `scalars[open]` starts a gloss like `(zhǎng)`.
  private func glossEnd(_ scalars: String.UnicodeScalarView, openAt open: String.Index)
    -> String.Index?
  {
    var j = scalars.index(after: open)
    var n = 1
    var toned = false
    while j < scalars.endIndex && n <= 8 {
      let c = scalars[j]
      if c == ")" || c == "）" {
        return toned && n > 1 ? j : nil
      }
      if Self.toneMarked.contains(c) {
        toned = true
      } else if !(c.value >= 0x61 && c.value <= 0x7A) {
        return nil
      }
      j = scalars.index(after: j)
      n += 1
    }
    return nil
  }
}
