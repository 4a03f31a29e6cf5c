/// Flags OCR slips in figures: `xx%o` (`%。` misread as `%o`), `1O0` (letter O among digits).
///
/// These are not corrected: a guess at a figure is worse than a flagged one.
struct OCRSlipRule: CleaningRule {
  let kind = "ocr_slip_flagged"
  let noun = "OCR slip"
  var severity: Diagnostic.Severity { .warning }

  func apply(_ text: inout String) -> [Int] {
    // A sliding window of three scalars: no copy of the text.
    var positions: [Int] = []
    var a: Unicode.Scalar = " ", b: Unicode.Scalar = " "
    var i = -1
    for c in text.unicodeScalars {
      // b is the scalar at index i, a before it, c after it.
      if (a == "%" || a == "％") && (b == "o" || b == "O") && !PlaceholderRule.isLatin(c) {
        positions.append(i - 1)
      } else if (b == "O" || b == "o" || b == "l"), Self.isDigit(a), Self.isDigit(c) {
        positions.append(i)
      }
      a = b
      b = c
      i += 1
    }
    if (a == "%" || a == "％") && (b == "o" || b == "O") { positions.append(i - 1) }
    return positions
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
