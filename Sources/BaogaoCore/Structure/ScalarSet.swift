/// A handful of scalars (punctuation, numerals, the first characters of a word list) looked up at
/// every character of a text: a range check and one bit of a bitmap, several times faster there
/// than `Set`'s hashing.
struct ScalarSet: Sendable {
  private let bits: [UInt64]
  private let low: UInt32
  private let high: UInt32

  init(_ scalars: String) {
    self.init(scalars: scalars.unicodeScalars)
  }

  init(scalars: some Sequence<Unicode.Scalar>) {
    let values = Set(scalars.map(\.value))
    low = values.min() ?? 1
    high = values.max() ?? 0
    var bits = [UInt64](repeating: 0, count: high >= low ? Int(high - low) / 64 + 1 : 0)
    for v in values {
      let k = Int(v - low)
      bits[k >> 6] |= 1 << UInt64(k & 63)
    }
    self.bits = bits
  }

  /// The first scalar of each word.
  init(firstScalarsOf words: some Sequence<String>) {
    self.init(scalars: words.compactMap(\.unicodeScalars.first))
  }

  @inline(__always)
  func contains(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    guard v >= low, v <= high else { return false }
    let k = Int(v &- low)
    return bits.withUnsafeBufferPointer { $0[k >> 6] & (1 << UInt64(k & 63)) != 0 }
  }
}

/// A few scalars with a value each (`一` 1, `十` 10): a `ScalarSet` answers the common miss, a
/// short scan the rare hit.
struct ScalarValues<Value: Sendable>: Sendable {
  private let keys: ScalarSet
  private let pairs: [(Unicode.Scalar, Value)]

  init(_ table: [Unicode.Scalar: Value]) {
    keys = ScalarSet(scalars: table.keys)
    pairs = table.map { ($0.key, $0.value) }
  }

  @inline(__always)
  subscript(_ c: Unicode.Scalar) -> Value? {
    guard keys.contains(c) else { return nil }
    for (k, v) in pairs where k == c { return v }
    return nil
  }

  var scalars: some Sequence<Unicode.Scalar> { pairs.lazy.map(\.0) }
}
