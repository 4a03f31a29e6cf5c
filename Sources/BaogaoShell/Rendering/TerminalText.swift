/// Text made safe for a terminal: control characters from file names, zip entry names and
/// report text are shown, never obeyed. A zip entry named `\u{1B}]0;pwned\u{07}\u{1B}[2J` used
/// to retitle and clear the terminal; it now prints as `␛]0;pwned␇␛[2J`.
///
/// Every write to a terminal goes through `visible(_:)`: C0 controls other than tab and line
/// feed become their Control Pictures (U+2400 block), DEL becomes ␡, C1 controls `\x9b`-style
/// escapes. baogao's own highlighting is written as two private-use marks that only this
/// function turns into reverse video, so report text cannot switch it on.
enum TerminalText {
  /// Marks the start and end of a highlight (`source ID`'s figure) in text bound for a terminal.
  static let highlightStart: Unicode.Scalar = "\u{F8F0}"
  static let highlightEnd: Unicode.Scalar = "\u{F8F1}"

  static func visible(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = String.UnicodeScalarView()
    for s in text.unicodeScalars {
      switch s.value {
      case 0x09, 0x0A: out.append(s)
      case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + s.value)!)
      case 0x7F: out.append("\u{2421}")
      case 0x80..<0xA0: out.append(contentsOf: "\\x\(String(s.value, radix: 16))".unicodeScalars)
      case highlightStart.value: out.append(contentsOf: "\u{1B}[7m".unicodeScalars)
      case highlightEnd.value: out.append(contentsOf: "\u{1B}[0m".unicodeScalars)
      default: out.append(s)
      }
    }
    return String(out)
  }

  private static func needsEscape(_ s: Unicode.Scalar) -> Bool {
    (s.value < 0x20 && s.value != 0x09 && s.value != 0x0A) || (0x7F..<0xA0).contains(s.value)
      || s == highlightStart || s == highlightEnd
  }
}
