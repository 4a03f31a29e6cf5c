/// Removes footnote markers after words: `省委“1310”具体部署①、市委“248”战略目标体系②` → `…具体部署、…体系`.
///
/// Circled numbers point to a glossary at the end of the report. As list markers they start a line
/// or follow `：` / `；` / `。` (`①加强…`), and those are kept.
struct FootnoteMarkerRule: CleaningRule {
  let kind = "footnote_marker_removed"
  let noun = "footnote marker"

  static func isCircled(_ s: Unicode.Scalar) -> Bool {
    (0x2460...0x2473).contains(s.value) || (0x2776...0x2793).contains(s.value)
      || (0x3251...0x325F).contains(s.value)
  }

  func apply(_ text: inout String) -> [Int] {
    guard text.unicodeScalars.contains(where: Self.isCircled) else { return [] }
    var out = String.UnicodeScalarView()
    var positions: [Int] = []
    var previous: Unicode.Scalar?
    var written = 0
    for s in text.unicodeScalars {
      if Self.isCircled(s), let p = previous,
        p.isIdeograph || p == "”" || p == "）" || p == ")" || p == "》"
      {
        positions.append(written)
        continue
      }
      out.append(s)
      written += 1
      previous = s
    }
    text = String(out)
    return positions
  }
}
