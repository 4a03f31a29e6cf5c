import Foundation

/// Fast text primitives for the hot loops of cleaning: they work on UTF-8 bytes, never on
/// `Character`s (grapheme breaking is what made `split(separator: "\n")` and `contains` slow).
///
/// A native Swift string keeps its UTF-8 bytes contiguous, so each primitive runs over the raw
/// buffer (`memchr`, `memmem`, a byte loop) and only builds `String.Index`es at the hits; the
/// generic `Collection` algorithms over `utf8` cost several times more per byte.
extension StringProtocol {
  /// The lines of the text, split on "\n" bytes (empty lines kept).
  func lines() -> [Substring] {
    let whole = Substring(self)
    let utf8 = whole.utf8
    let base = utf8.startIndex
    let found = utf8.withContiguousStorageIfAvailable { buf -> [Substring] in
      var result: [Substring] = []
      var start = 0
      guard let p = buf.baseAddress else { return [whole] }
      while start <= buf.count {
        let rest = buf.count - start
        let hit = rest > 0 ? memchr(p + start, 10, rest) : nil
        let end = hit.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - p }
        let stop = end ?? buf.count
        let lo = utf8.index(base, offsetBy: start)
        let hi = utf8.index(base, offsetBy: stop)
        result.append(whole[lo..<hi])
        if end == nil { break }
        start = stop + 1
      }
      return result
    }
    if let found { return found }
    return utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
  }

  /// The number of Unicode scalars, counted on UTF-8 bytes (every byte that does not continue a
  /// sequence starts a scalar): what `unicodeScalars.count` returns, without decoding.
  var scalarCount: Int {
    let counted = utf8.withContiguousStorageIfAvailable { buf -> Int in
      var n = 0
      for b in buf where b & 0xC0 != 0x80 { n += 1 }
      return n
    }
    return counted ?? unicodeScalars.count
  }

  /// Whether the byte occurs in the UTF-8 text (`memchr`).
  func containsByte(_ byte: UInt8) -> Bool {
    let found = utf8.withContiguousStorageIfAvailable { buf -> Bool in
      guard let p = buf.baseAddress, !buf.isEmpty else { return false }
      return memchr(p, Int32(byte), buf.count) != nil
    }
    return found ?? utf8.contains(byte)
  }

  /// Whether a byte in `range` occurs in the UTF-8 text (a lead byte range picks out a block).
  func containsByte(in range: ClosedRange<UInt8>) -> Bool {
    let lower = range.lowerBound, width = range.upperBound &- range.lowerBound
    let found = utf8.withContiguousStorageIfAvailable { buf -> Bool in
      for b in buf where b &- lower <= width { return true }
      return false
    }
    return found ?? utf8.contains { range.contains($0) }
  }

  /// Whether the UTF-8 bytes of `needle` occur in the text (byte search, no Unicode folding).
  func containsBytes(_ needle: String) -> Bool {
    // A `let` capture: a captured `var` would be boxed and checked for exclusivity on each call.
    var contiguous = needle
    contiguous.makeContiguousUTF8()
    let needle = contiguous
    let search = { (h: UnsafeBufferPointer<UInt8>) -> Bool in
      needle.utf8.withContiguousStorageIfAvailable { n in
        guard let first = n.baseAddress, !n.isEmpty else { return true }
        guard let haystack = h.baseAddress, h.count >= n.count else { return false }
        // memchr to each candidate last byte, memcmp for the rest (memmem needs _GNU_SOURCE).
        // The last byte of a Chinese needle is a continuation byte (64 values), far rarer in
        // Chinese text than its lead byte (E4…E9).
        let m = n.count
        let lastByte = Int32(n[m - 1])
        var i = m - 1
        while i < h.count {
          guard let hit = memchr(haystack + i, lastByte, h.count - i) else { return false }
          let end = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - haystack
          if memcmp(haystack + end - (m - 1), first, m - 1) == 0 { return true }
          i = end + 1
        }
        return false
      } ?? false
    }
    if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
    var copy = String(self)
    return copy.withUTF8(search)
  }
}

extension StringProtocol {
  /// How many times the UTF-8 bytes of `needle` occur, without overlaps: what
  /// `components(separatedBy:).count - 1` counts, without making the pieces (a copy of a 200 MB
  /// text, and its UTF-16 conversion, for each word counted).
  func occurrences(of needle: String) -> Int {
    var contiguous = needle
    contiguous.makeContiguousUTF8()
    let needle = contiguous
    let count = { (h: UnsafeBufferPointer<UInt8>) -> Int in
      needle.utf8.withContiguousStorageIfAvailable { n -> Int in
        guard let first = n.baseAddress, !n.isEmpty, let haystack = h.baseAddress else { return 0 }
        let m = n.count
        var found = 0
        var i = 0
        while i + m <= h.count {
          guard let hit = memchr(haystack + i, Int32(first.pointee), h.count - m + 1 - i) else {
            break
          }
          let start = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - haystack
          if memcmp(haystack + start, first, m) == 0 {
            found += 1
            i = start + m
          } else {
            i = start + 1
          }
        }
        return found
      } ?? 0
    }
    if let found = utf8.withContiguousStorageIfAvailable(count) { return found }
    var copy = String(self)
    return copy.withUTF8(count)
  }
}

extension Collection where Element == Substring {
  /// The lines joined with "\n" into a string of exactly their size.
  ///
  /// `joined(separator:)` grows its result by doubling, so a report's text (one 200 MB line, issue
  /// 12) ended with up to twice its bytes in capacity, live beside the text it was made from.
  func joinedLines() -> String {
    var bytes = Swift.max(0, count - 1)
    for line in self { bytes += line.utf8.count }
    var result = String()
    result.reserveCapacity(bytes)
    var first = true
    for line in self {
      if !first { result.append("\n") }
      first = false
      result.append(contentsOf: line)
    }
    return result
  }
}

extension Collection where Element == String {
  /// The lines joined with "\n" into a string of exactly their size.
  func joinedLines() -> String { lazy.map { Substring($0) }.joinedLines() }
}

/// Lines written one after another into one string with "\n" between them: a rule that rewrites
/// some lines builds its result in place instead of keeping every line and joining them.
struct LineWriter {
  private(set) var text = ""
  /// Lines written so far.
  private(set) var count = 0

  init(capacity: Int) { text.reserveCapacity(capacity) }

  mutating func append(_ line: Substring) {
    if count > 0 { text.append("\n") }
    text.append(contentsOf: line)
    count += 1
  }
}
