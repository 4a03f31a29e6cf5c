/// Turns fullwidth digits, Latin letters and `％` into ASCII: `２０２３年增长５．２％` → `2023年增长5.2%`.
///
/// Figures must be ASCII for the number grammar downstream. A fullwidth full stop `．` becomes `.`
/// only between digits (a decimal point); Chinese punctuation (`，` `：` `（`) is left alone.
struct FullwidthRule: CleaningRule {
  let kind = "fullwidth_normalized"
  let noun = "fullwidth character"

  func apply(_ text: inout String) -> [Int] {
    // Fast exit on the common case (no fullwidth digit, letter or ％; `，` and `：` do not count).
    guard
      text.unicodeScalars.contains(where: {
        $0.value >= 0xFF05 && $0.value <= 0xFF5A && ($0.value == 0xFF05 || $0.value >= 0xFF10)
          && !(0xFF1A...0xFF20).contains($0.value)
          && !(0xFF3B...0xFF40).contains($0.value)
      })
    else { return [] }
    var out = String.UnicodeScalarView()
    var positions: [Int] = []
    let scalars = Array(text.unicodeScalars)
    out.reserveCapacity(scalars.count)
    for (i, s) in scalars.enumerated() {
      let v = s.value
      var replacement: Unicode.Scalar?
      switch v {
      case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF05:
        replacement = Unicode.Scalar(v - 0xFEE0)
      case 0xFF0E:
        let before = i > 0 && Self.isDigit(scalars[i - 1])
        let after = i + 1 < scalars.count && Self.isDigit(scalars[i + 1])
        if before && after { replacement = "." }
      default: break
      }
      if let replacement {
        positions.append(i)
        out.append(replacement)
      } else {
        out.append(s)
      }
    }
    text = String(out)
    return positions
  }

  private static func isDigit(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x30 && s.value <= 0x39) || (s.value >= 0xFF10 && s.value <= 0xFF19)
  }
}
