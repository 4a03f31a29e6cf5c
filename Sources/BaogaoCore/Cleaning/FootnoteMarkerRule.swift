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

  /// Whether a circled number occurs, read from UTF-8 bytes: U+2460…2473 is E2 91 A0…B3,
  /// U+2776…2793 is E2 9D B6…BF / E2 9E 80…93, U+3251…325F is E3 89 91…9F.
  static func mayContainCircled(_ text: String) -> Bool {
    let found = text.utf8.withContiguousStorageIfAvailable { b -> Bool in
      var i = 0
      let last = b.count - 2
      while i < last {
        let lead = b[i]
        if lead == 0xE2 || lead == 0xE3 {
          let (c1, c2) = (b[i + 1], b[i + 2])
          if lead == 0xE2 && c1 == 0x91 && c2 >= 0xA0 && c2 <= 0xB3
            || lead == 0xE2 && c1 == 0x9D && c2 >= 0xB6
            || lead == 0xE2 && c1 == 0x9E && c2 <= 0x93
            || lead == 0xE3 && c1 == 0x89 && c2 >= 0x91 && c2 <= 0x9F
          {
            return true
          }
        }
        i += 1
      }
      return false
    }
    return found ?? text.unicodeScalars.contains(where: isCircled)
  }

  func apply(_ text: inout String) -> [Int] {
    guard Self.mayContainCircled(text) else { return [] }
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
