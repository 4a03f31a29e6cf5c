/// Flags mojibake: spans where an earlier program decoded the bytes with the wrong encoding.
///
/// In the Tongwei seed `構筑了縣域經濟大框架?!巴ㄎ键S芪”` (`。“通渭黃芪”` with its GBK bytes
/// shifted by one) and in the Rongan seed `我們?cè)邗謪枈^發中` the damage starts where a byte pair
/// could not be decoded (`?`) and goes on with characters no report contains: bopomofo (`ㄎ`), Latin
/// letters between ideographs (`S`, `?h`), another `?`. A lone `?` inside Chinese text with ordinary
/// characters after it (`“六地”?建设`) is a single lost character (a footnote marker), flagged as
/// `lost_character_flagged`. U+FFFD runs (bytes our decoder could not read) are mojibake too.
/// Nothing is repaired: the lost bytes cannot be recovered, and a guess would be worse.
struct MojibakeRule: CleaningRule {
  let kind = "mojibake_flagged"
  let noun = "mojibake span"
  var severity: Diagnostic.Severity { .warning }

  /// Scalars after the `?` searched for the marks of mojibake.
  static let window = 8

  func apply(_ text: inout String) -> [Int] {
    scan(text).mojibake
  }

  /// Offsets of mojibake spans and of single lost characters.
  func scan(_ text: String) -> (mojibake: [Int], lost: [Int]) {
    guard text.containsByte(UInt8(ascii: "?")) || text.containsBytes("\u{FFFD}") else {
      return ([], [])
    }
    let scalars = Array(text.unicodeScalars)
    var mojibake: [Int] = []
    var lost: [Int] = []
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      if s == "\u{FFFD}" {
        mojibake.append(i)
        while i < scalars.count && scalars[i] == "\u{FFFD}" { i += 1 }
        continue
      }
      guard s == "?", i > 0, Self.isChineseContext(scalars[i - 1]), i + 1 < scalars.count,
        !scalars[i + 1].isLayoutSpace, scalars[i + 1] != "\n"
      else {
        i += 1
        continue
      }
      if let last = Self.lastOddScalar(scalars, after: i) {
        mojibake.append(i)
        i = last + 1
      } else {
        lost.append(i)
        i += 1
      }
    }
    return (mojibake, lost)
  }

  static func isChineseContext(_ s: Unicode.Scalar) -> Bool {
    s.isIdeograph || s.isChinesePunctuation || s == "?"
  }

  /// The index of the last scalar in the window after `start` that no clean report text has there.
  static func lastOddScalar(_ scalars: [Unicode.Scalar], after start: Int) -> Int? {
    var last: Int?
    let end = min(scalars.count, start + 1 + window)
    for j in (start + 1)..<end {
      let s = scalars[j]
      if s == "\n" { break }
      if isOdd(s, previous: scalars[j - 1], next: j + 1 < scalars.count ? scalars[j + 1] : " ") {
        last = j
      }
    }
    return last
  }

  static func isOdd(_ s: Unicode.Scalar, previous: Unicode.Scalar, next: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3F: return true  // another ?
    case 0x21: return previous == "?"  // ?! at the start of a span
    case 0x7B, 0x7D, 0x7C, 0x5E, 0x7E, 0x60: return true  // { } | ^ ~ `
    case 0x41...0x5A, 0x61...0x7A:  // a Latin letter between Chinese characters
      return !(PlaceholderRule.isLatin(previous) || PlaceholderRule.isLatin(next))
        || previous == "?"
        || previous.value >= 0xC0 && previous.value < 0x2B0
        || next.value >= 0xC0 && next.value < 0x2B0
    case 0xC0...0x2AF, 0x2C7...0x2D9: return true  // Latin-1 letters, pinyin vowels, ˇ
    case 0x3100...0x312F, 0x31A0...0x31BF: return true  // bopomofo
    case 0xAC00...0xD7AF, 0x1100...0x11FF: return true  // Hangul
    case 0xE000...0xF8FF: return true  // private use
    case 0xFF61...0xFF9F: return true  // half-width katakana
    case 0x2500...0x257F: return true  // box drawing
    default: return false
    }
  }
}

/// Flags a `?` inside Chinese text followed by ordinary text: one character lost in an earlier
/// encoding (`“六地”?建设`, `改革?,`), usually a footnote marker.
struct LostCharacterRule: CleaningRule {
  let kind = "lost_character_flagged"
  let noun = "lost character"
  var severity: Diagnostic.Severity { .warning }

  func apply(_ text: inout String) -> [Int] {
    MojibakeRule().scan(text).lost
  }
}
