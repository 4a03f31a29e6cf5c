/// Turns fullwidth digits, Latin letters and `％` into ASCII: `２０２３年增长５．２％` → `2023年增长5.2%`.
///
/// Figures must be ASCII for the number grammar downstream. A fullwidth full stop `．` becomes `.`
/// only between digits (a decimal point); Chinese punctuation (`，` `：` `（`) is left alone.
struct FullwidthRule: CleaningRule {
  let kind = "fullwidth_normalized"
  let noun = "fullwidth character"

  func apply(_ text: inout String) -> [Int] {
    // Works on the UTF-8 bytes in place (no copy of a text that has nothing to change): U+FF00…
    // U+FF7F is EF BC xx / EF BD xx, the rest is copied as is. The result is written straight
    // into a new string, never longer than the text.
    text.makeContiguousUTF8()
    var positions: [Int] = []
    let edited = text.utf8.withContiguousStorageIfAvailable { b -> String? in
      guard Self.hasReplaced(b) else { return nil }
      return String(unsafeUninitializedCapacity: b.count) { out in
        Self.normalize(b, into: out, positions: &positions)
      }
    }
    guard let edited = edited ?? nil else { return [] }
    text = edited
    return positions
  }

  /// Whether there is a fullwidth digit, letter or ％ (`，` and `：` do not count, nor a lone `．`).
  static func hasReplaced(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < b.count {
      if let v = fullwidth(b, at: i), isReplaced(v) { return true }
      i += 1
    }
    return false
  }

  /// Writes the normalised bytes to `out` (at least as long as `b`) and returns how many; the
  /// scalar offsets of the changes go to `positions`.
  static func normalize(
    _ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
    positions: inout [Int]
  ) -> Int {
    var written = 0
    var scalar = 0
    var previousIsDigit = false
    var i = 0
    while i < b.count {
      let lead = b[i]
      if let v = fullwidth(b, at: i) {
        if isReplaced(v) {
          positions.append(scalar)
          out[written] = UInt8(v - 0xFEE0)
          written += 1
        } else if v == 0xFF0E && previousIsDigit && isDigit(b, at: i + 3) {
          positions.append(scalar)
          out[written] = UInt8(ascii: ".")
          written += 1
        } else {
          for k in i..<i + 3 { out[written + k - i] = b[k] }
          written += 3
        }
        previousIsDigit = v >= 0xFF10 && v <= 0xFF19
        i += 3
      } else {
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let end = min(i + length, b.count)
        for k in i..<end { out[written + k - i] = b[k] }
        written += end - i
        previousIsDigit = lead >= 0x30 && lead <= 0x39
        i += length
      }
      scalar += 1
    }
    return written
  }

  /// The scalar U+FF00…U+FF7F starting at `i`, if one does.
  private static func fullwidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
    guard b[i] == 0xEF, i + 2 < b.count, b[i + 1] == 0xBC || b[i + 1] == 0xBD else { return nil }
    return 0xFF00 + (UInt32(b[i + 1] & 1) << 6) + UInt32(b[i + 2] & 0x3F)
  }

  /// Fullwidth digits, Latin letters and ％: always replaced.
  private static func isReplaced(_ v: UInt32) -> Bool {
    v == 0xFF05 || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v)
      || (0xFF41...0xFF5A).contains(v)
  }

  /// An ASCII or fullwidth digit starts at `i`.
  private static func isDigit(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    guard i < b.count else { return false }
    if b[i] >= 0x30 && b[i] <= 0x39 { return true }
    guard let v = fullwidth(b, at: i) else { return false }
    return v >= 0xFF10 && v <= 0xFF19
  }
}
