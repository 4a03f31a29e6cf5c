/// Flags OCR slips in figures: `xx%o` (`%。` misread as `%o`), `1O0` (letter O among digits).
///
/// These are not corrected: a guess at a figure is worse than a flagged one.
struct OCRSlipRule: CleaningRule {
  let kind = "ocr_slip_flagged"
  let noun = "OCR slip"
  var severity: Diagnostic.Severity { .warning }

  func apply(_ text: inout String) -> [Int] {
    let scalars = Array(text.unicodeScalars)
    var positions: [Int] = []
    for i in scalars.indices.dropLast() {
      let s = scalars[i], next = scalars[i + 1]
      if (s == "%" || s == "％") && (next == "o" || next == "O") {
        let after = i + 2 < scalars.count ? scalars[i + 2] : " "
        if !PlaceholderRule.isLatin(after) { positions.append(i) }
      } else if (s == "O" || s == "o" || s == "l"), i > 0, Self.isDigit(scalars[i - 1]), Self.isDigit(next) {
        positions.append(i)
      }
    }
    return positions
  }

  static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
}
