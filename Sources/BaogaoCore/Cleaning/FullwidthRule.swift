/// Turns fullwidth digits, Latin letters and `％` into ASCII: `２０２３年增长５．２％` → `2023年增长5.2%`.
///
/// Figures must be ASCII for the number grammar downstream. A fullwidth full stop `．` becomes `.`
/// only between digits (a decimal point); Chinese punctuation (`，` `：` `（`) is left alone.
struct FullwidthRule: CleaningRule {
  let kind = "fullwidth_normalized"
  let noun = "fullwidth character"

  func apply(_ text: inout String) -> [Int] {
    // Works on the UTF-8 bytes: U+FF00…U+FF7F is EF BC xx / EF BD xx, the rest is copied as is.
    var bytes = Array(text.utf8)
    let edited = bytes.withUnsafeMutableBufferPointer { Self.normalize(UnsafeBufferPointer($0)) }
    guard let edited else { return [] }
    bytes = edited.bytes
    text = String(decoding: bytes, as: UTF8.self)
    return edited.positions
  }

  /// The normalised bytes and the scalar offsets of the changes; nil when there is no fullwidth
  /// digit, letter or ％ (`，` and `：` do not count, nor a lone `．`).
  static func normalize(_ b: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], positions: [Int])? {
    var any = false
    var i = 0
    while i < b.count {
      if let v = fullwidth(b, at: i), isReplaced(v) {
        any = true
        break
      }
      i += 1
    }
    guard any else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var positions: [Int] = []
    var scalar = 0
    var previousIsDigit = false
    i = 0
    while i < b.count {
      let lead = b[i]
      if let v = fullwidth(b, at: i) {
        if isReplaced(v) {
          positions.append(scalar)
          out.append(UInt8(v - 0xFEE0))
        } else if v == 0xFF0E && previousIsDigit && isDigit(b, at: i + 3) {
          positions.append(scalar)
          out.append(UInt8(ascii: "."))
        } else {
          out.append(contentsOf: b[i..<i + 3])
        }
        previousIsDigit = v >= 0xFF10 && v <= 0xFF19
        i += 3
      } else {
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        out.append(contentsOf: b[i..<min(i + length, b.count)])
        previousIsDigit = lead >= 0x30 && lead <= 0x39
        i += length
      }
      scalar += 1
    }
    return (out, positions)
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
