/// A handful of scalars (punctuation, numerals) looked up at every character of a text: a range
/// check and a short scan, several times faster there than `Set`'s hashing.
struct ScalarSet: Sendable {
  private let values: [UInt32]
  private let low: UInt32
  private let high: UInt32

  init(_ scalars: String) {
    values = Array(Set(scalars.unicodeScalars.map(\.value))).sorted()
    low = values.first ?? 1
    high = values.last ?? 0
  }

  @inline(__always)
  func contains(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    guard v >= low, v <= high else { return false }
    return values.withUnsafeBufferPointer { $0.contains(v) }
  }
}
