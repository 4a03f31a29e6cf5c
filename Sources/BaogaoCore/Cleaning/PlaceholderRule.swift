/// Flags anonymised placeholders: `XX县`, `增长X%`, `XXXX年`, `XX亿元` — figures and names masked.
///
/// A figure read from `XX亿元` is no figure; later stages must know the span is masked. Runs of
/// `X` (or `xx`) standing alone between non-Latin characters count; words such as `X光` are left.
struct PlaceholderRule: CleaningRule {
  let kind = "placeholder_flagged"
  let noun = "anonymised placeholder"
  var severity: Diagnostic.Severity { .warning }

  func apply(_ text: inout String) -> [Int] {
    guard text.containsByte(UInt8(ascii: "X")) || text.containsByte(UInt8(ascii: "x")) else {
      return []
    }
    let scalars = Array(text.unicodeScalars)
    var positions: [Int] = []
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      guard s == "X" || s == "x" else {
        i += 1
        continue
      }
      var j = i
      while j < scalars.count && scalars[j] == s { j += 1 }
      let before = i > 0 ? scalars[i - 1] : " "
      let after = j < scalars.count ? scalars[j] : " "
      let isolated = !Self.isLatin(before) && !Self.isLatin(after)
      let longEnough = s == "X" || j - i >= 2
      if isolated && longEnough && !(after == "光" || after == "射")
        && (before.value > 0x7F || after.value > 0x7F)
      {
        positions.append(i)
      }
      i = j
    }
    return positions
  }

  static func isLatin(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
  }
}
