import CICU

/// Cuts Chinese text into words with ICU's dictionary-based word break iterator (locale `zh`).
///
/// `推动高质量发展` → 推动 / 高质量 / 发展. Punctuation and spaces come back as words of kind
/// `.other`, so callers can drop them or use them as boundaries (an n-gram never crosses `，`).
/// Offsets are Unicode-scalar offsets into the text, as everywhere else in baogao.
public enum Segmenter {
  public struct Word: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
      /// Punctuation, spaces, symbols.
      case other
      /// 2024, 5.5
      case number
      /// Latin letters (GDP, PM2.5) and kana.
      case letters
      /// Chinese characters.
      case ideographic
    }

    public var text: String
    public var kind: Kind
    /// Unicode-scalar offsets, end exclusive.
    public var start: Int
    public var end: Int

    /// Letters or ideographs: what `terms`, `ngrams` and `cooccur` count.
    public var isContent: Bool { kind == .letters || kind == .ideographic }
  }

  /// The words of `text`, in order, covering it completely.
  public static func words(in text: String) -> [Word] {
    let units = Array(text.utf16)
    guard !units.isEmpty else { return [] }
    var boundaries = [Int32](repeating: 0, count: units.count + 1)
    var statuses = [Int32](repeating: 0, count: units.count + 1)
    let n = Int(
      baogao_icu_word_breaks(
        units, Int32(units.count), &boundaries, &statuses, Int32(units.count + 1)))
    guard n >= 2 else { return [] }
    // Scalar offset of every UTF-16 offset that starts a scalar.
    var scalarOffset = [Int](repeating: 0, count: units.count + 1)
    var s = 0
    for (i, unit) in units.enumerated() {
      scalarOffset[i] = s
      if !UTF16.isTrailSurrogate(unit) { s += 1 } else { scalarOffset[i] = s - 1 }
    }
    scalarOffset[units.count] = s
    var words: [Word] = []
    words.reserveCapacity(n - 1)
    for k in 1..<n {
      let lo = Int(boundaries[k - 1])
      let hi = Int(boundaries[k])
      let piece = String(decoding: units[lo..<hi], as: UTF16.self)
      var kind = kind(status: statuses[k])
      // ICU calls PM2.5 a number; it names a pollutant, so it counts as a word.
      if kind == .number, piece.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
        kind = .letters
      }
      words.append(Word(text: piece, kind: kind, start: scalarOffset[lo], end: scalarOffset[hi]))
    }
    return words
  }

  /// ICU rule status ranges: 0–99 none, 100–199 number, 200–299 letter, 300–399 kana, 400–499 ideo.
  private static func kind(status: Int32) -> Word.Kind {
    switch status {
    case 100..<200: .number
    case 200..<400: .letters
    case 400..<500: .ideographic
    default: .other
    }
  }
}
