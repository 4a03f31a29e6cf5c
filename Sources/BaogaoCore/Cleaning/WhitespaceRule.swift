import Foundation

/// Normalises spaces and line breaks while keeping paragraphs.
///
/// Ideographic (U+3000) and no-break spaces, a literal `<U+00A0>` or `<U+3000>` left by some exports, zero-width
/// characters and runs of spaces become at most one ASCII space; a space between two Chinese
/// characters is dropped (`李　强` → `李强`); lines are trimmed and blank lines removed, so
/// paragraphs are separated by exactly one "\n". A report that is one long line with spaces
/// between paragraphs (`…会议上 云浮市市长王胜 各位代表: 我代表…`) gets its paragraph breaks back.
struct WhitespaceRule: CleaningRule {
  let kind = "whitespace_normalized"
  let noun = "whitespace run"

  /// A line longer than this with spaces between Chinese sentences is a flattened report.
  static let flattenedLineLength = 1500

  func apply(_ text: inout String) -> [Int] {
    text = CodePointNotation.decoded(text)
    var positions: [Int] = []
    // Lines are written straight into the new text (at most the old one's size): a flattened
    // report's paragraphs are not kept as strings of their own and then joined.
    var lines = LineWriter(capacity: text.utf8.count)
    for line in text.lines() {
      let flattened = line.scalarCount > Self.flattenedLineLength
      normalize(
        line, base: positions.count, flattened: flattened, into: &lines, positions: &positions)
    }
    text = lines.text
    return positions
  }

  private func normalize(
    _ line: Substring, base: Int, flattened: Bool, into lines: inout LineWriter,
    positions: inout [Int]
  ) {
    // Most lines of a report have no space at all: keep them as they are.
    if !Self.hasSpaceOrJoiner(line) {
      if !line.isEmpty { lines.append(line) }
      return
    }
    // The line being written, as UTF-8 bytes (appending to a UnicodeScalarView costs more).
    var current: [UInt8] = []
    // Grown as needed: a flattened report is one line, flushed paragraph by paragraph.
    current.reserveCapacity(min(line.utf8.count, 1 << 16))
    var written = 0
    var pendingSpace = false
    var spaceWasOdd = false
    var previous: Unicode.Scalar?
    // Walked in place: an array of the scalars is four bytes a character, for a line of any length.
    let scalars = line.unicodeScalars
    for index in scalars.indices {
      let s = scalars[index]
      if s.isLayoutSpace || s == "\u{200D}" || s == "\u{200C}" {
        if current.isEmpty { continue }
        if s != " " || pendingSpace { spaceWasOdd = true }
        pendingSpace = true
        continue
      }
      if pendingSpace {
        let cjkBefore =
          previous.map {
            $0.isIdeograph || $0.isChinesePunctuation || $0.isSentenceEnd || $0 == ":"
          } ?? false
        let cjkAfter = s.isIdeograph || s.isChinesePunctuation
        if flattened && cjkBefore && (cjkAfter || s == "(" || s.properties.numericType != nil)
          && (previous.map { !$0.isIdeograph } ?? true
            || Self.segmentLength(scalars, from: index) > 4)
        {
          positions.append(lines.count)
          Self.flush(&current, written: &written, previous: &previous, into: &lines)
        } else if cjkBefore && s.isIdeograph && (previous?.isIdeograph ?? false) && !flattened {
          // 李　强 → 李强; a single ASCII space between names (縣長 于福堅) is kept.
          if spaceWasOdd {
            positions.append(written)
          } else {
            current.append(0x20)
            written += 1
          }
        } else {
          if spaceWasOdd { positions.append(written) }
          current.append(0x20)
          written += 1
        }
        pendingSpace = false
        spaceWasOdd = false
      }
      if s.value < 0x80 {
        current.append(UInt8(s.value))
      } else {
        UTF8.encode(s) { current.append($0) }
      }
      written += 1
      previous = s
    }
    Self.flush(&current, written: &written, previous: &previous, into: &lines)
  }

  /// Ends the line being written. A static function with inout arguments, not a nested function
  /// capturing the loop's variables: captured variables are boxed and every access to them in
  /// the per-scalar loop went through the runtime's exclusivity checks (a fifth of load time).
  private static func flush(
    _ current: inout [UInt8], written: inout Int, previous: inout Unicode.Scalar?,
    into lines: inout LineWriter
  ) {
    if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)[...]) }
    current.removeAll(keepingCapacity: true)
    written = 0
    previous = nil
  }
}

extension WhitespaceRule {
  /// Whether the line has a layout space, U+200C or U+200D, read from its UTF-8 bytes:
  /// 20 09 0B 0C, C2 A0, E3 80 80, E2 80 80…8D, E2 80 AF, E2 81 9F, EF BB BF.
  static func hasSpaceOrJoiner(_ line: Substring) -> Bool {
    let found = line.utf8.withContiguousStorageIfAvailable { b -> Bool in
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        switch c {
        case 0x20, 0x09, 0x0B, 0x0C: return true
        case 0xC2: if i + 1 < n && b[i + 1] == 0xA0 { return true }
        case 0xE2:
          if i + 2 < n {
            let (c1, c2) = (b[i + 1], b[i + 2])
            if c1 == 0x80 && (c2 <= 0x8D || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F { return true }
          }
        case 0xE3: if i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 { return true }
        case 0xEF: if i + 2 < n && b[i + 1] == 0xBB && b[i + 2] == 0xBF { return true }
        default: break
        }
        i += 1
      }
      return false
    }
    return found
      ?? line.unicodeScalars.contains {
        $0.isLayoutSpace || $0 == "\u{200D}" || $0 == "\u{200C}"
      }
  }

  /// Scalars up to the next space: `宗学谦` after `县长 ` is a name (3), not a new paragraph.
  /// Counted up to 5 only (the caller asks whether there are more than 4), so that a long line
  /// without spaces is not walked to its end at every space.
  static func segmentLength(_ scalars: Substring.UnicodeScalarView, from start: String.Index)
    -> Int
  {
    var n = 0
    for s in scalars[start...] {
      if s.isLayoutSpace || n == 5 { break }
      n += 1
    }
    return n
  }
}

extension String {
  /// Every occurrence of `target` replaced (Foundation-free, on UTF-8).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    result += rest
    return result
  }
}
