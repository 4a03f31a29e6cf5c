/// Fast text primitives for the hot loops of cleaning: they work on UTF-8 bytes, never on
/// `Character`s (grapheme breaking is what made `split(separator: "\n")` and `contains` slow).
extension StringProtocol {
  /// The lines of the text, split on "\n" bytes (empty lines kept).
  func lines() -> [Substring] {
    Substring(self).utf8.split(separator: 10, omittingEmptySubsequences: false).map {
      Substring($0)
    }
  }

  /// Whether the UTF-8 bytes of `needle` occur in the text (byte search, no Unicode folding).
  func containsBytes(_ needle: String) -> Bool {
    var needle = needle
    let search = { (h: UnsafeBufferPointer<UInt8>) -> Bool in
      needle.withUTF8 { n in
        guard let first = n.first else { return true }
        guard h.count >= n.count else { return false }
        var i = 0
        let last = h.count - n.count
        while i <= last {
          if h[i] == first {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return true }
          }
          i += 1
        }
        return false
      }
    }
    if let found = utf8.withContiguousStorageIfAvailable(search) { return found }
    var copy = String(self)
    return copy.withUTF8(search)
  }
}
