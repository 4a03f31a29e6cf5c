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
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    out.reserveCapacity(scalars.count)
    var positions: [Int] = []
    var i = 0
    var written = 0
    while i < scalars.count {
      let s = scalars[i]
      if (s == "(" || s == "（"), i > 0, !scalars[i - 1].isLayoutSpace, scalars[i - 1] != "\n",
        let end = glossEnd(scalars, openAt: i)
      {
        positions.append(written)
        i = end + 1
        continue
      }
      out.append(s)
      written += 1
      i += 1
    }
    text = String(out)
    return positions
  }

  /// Index of the closing parenthesis when `scalars[open]` starts a gloss like `(zhǎng)`.
  private func glossEnd(_ scalars: [Unicode.Scalar], openAt open: Int) -> Int? {
    var j = open + 1
    var toned = false
    while j < scalars.count && j - open <= 8 {
      let c = scalars[j]
      if c == ")" || c == "）" {
        return toned && j > open + 1 ? j : nil
      }
      if Self.toneMarked.contains(c) {
        toned = true
      } else if !(c.value >= 0x61 && c.value <= 0x7A) {
        return nil
      }
      j += 1
    }
    return nil
  }
}
