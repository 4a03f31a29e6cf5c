import CICU
import CUtf8proc
import Foundation

/// Terminal columns a string takes: CJK ideographs count 2, combining marks 0, and East Asian
/// Ambiguous characters (`“”—…①`) 1 or 2 as the user's terminal draws them (`.ambiguous`).
///
/// Widths come from utf8proc (`utf8proc_charwidth`) and ICU's East Asian Width property, not a
/// hand-written table: `政府工作报告` is 12 columns, `“两会”` is 6 or 8.
public enum DisplayWidth {
  /// Width of `s` in terminal columns. Each grapheme cluster counts as its widest scalar, so
  /// `é` written as `e` + U+0301 is 1 and an emoji with a variation selector is 2.
  public static func width(of s: String, ambiguousWide: Bool) -> Int {
    if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s.utf8.count }
    var total = 0
    for character in s { total += width(of: character, ambiguousWide: ambiguousWide) }
    return total
  }

  /// Width of one grapheme cluster.
  static func width(of character: Character, ambiguousWide: Bool) -> Int {
    var widest = 0
    var emojiPresentation = false
    for scalar in character.unicodeScalars {
      if scalar.value == 0xFE0F { emojiPresentation = true }
      widest = max(widest, width(of: scalar, ambiguousWide: ambiguousWide))
    }
    return emojiPresentation && widest == 1 ? 2 : widest
  }

  /// Width of one scalar: 0 for controls and combining marks, 2 for wide and fullwidth.
  static func width(of scalar: Unicode.Scalar, ambiguousWide: Bool) -> Int {
    let value = scalar.value
    if value < 0x7F { return value >= 0x20 ? 1 : 0 }
    let base = Int(utf8proc_charwidth(Int32(bitPattern: value)))
    if base == 1, ambiguousWide, isAmbiguous(scalar) { return 2 }
    return base
  }

  /// East Asian Ambiguous (UAX #11 `A`): `“ ” ‘ ’ — … · ① ② ○ ※ °` and Greek/Cyrillic letters.
  static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
    baogao_icu_east_asian_width(Int32(bitPattern: scalar.value)) == 1
  }

  /// `s` cut to at most `w` columns, ending with `…` when anything was cut. Never splits a wide
  /// character: `政府工作报告` cut to 6 columns is `政府…` (5 columns), not half of `工`.
  public static func truncate(_ s: String, toWidth w: Int, ambiguousWide: Bool) -> String {
    guard w > 0 else { return "" }
    if width(of: s, ambiguousWide: ambiguousWide) <= w { return s }
    let ellipsis: Character = "…"
    let ellipsisWidth = width(of: ellipsis, ambiguousWide: ambiguousWide)
    // When even `…` does not fit (1 column, ambiguous wide), keep what fits without it.
    let withEllipsis = ellipsisWidth <= w
    let budget = withEllipsis ? w - ellipsisWidth : w
    var out = ""
    var used = 0
    for character in s {
      let cw = width(of: character, ambiguousWide: ambiguousWide)
      if used + cw > budget { break }
      out.append(character)
      used += cw
    }
    if withEllipsis { out.append(ellipsis) }
    return out
  }

  /// `s` cut to at most `w` columns from the start, beginning with `…` when anything was cut:
  /// the end is kept (`着力扩大国内需求` cut to 7 columns is `…内需求`), for text whose end
  /// matters, such as the context just before a keyword.
  public static func truncateStart(_ s: String, toWidth w: Int, ambiguousWide: Bool) -> String {
    // Cut the reversed text from its start, and turn it round: `…` ends up first.
    String(truncate(String(s.reversed()), toWidth: w, ambiguousWide: ambiguousWide).reversed())
  }

  /// `s` padded with spaces to `w` columns, on the right (`left` alignment) or on the left.
  static func pad(_ s: String, toWidth w: Int, rightAligned: Bool, ambiguousWide: Bool) -> String {
    let missing = w - width(of: s, ambiguousWide: ambiguousWide)
    guard missing > 0 else { return s }
    let spaces = String(repeating: " ", count: missing)
    return rightAligned ? spaces + s : s + spaces
  }

  /// Columns of the terminal on standard output; `COLUMNS` when output is not a terminal (a
  /// pipe whose user still wants a width); nil otherwise.
  public static func terminalColumns() -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    if let env = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(env), n > 0 {
      return n
    }
    return nil
  }
}
