import BaogaoCore
import Foundation

/// Cuts Chinese text into words as the field does: jieba's dictionary and algorithm (`Jieba`),
/// with the built-in policy terms (`@policy`: 营商环境, 新质生产力 …) and any words a session
/// adds with `.dict load FILE`.
///
/// `推动高质量发展` → 推动 / 高质量 / 发展. Punctuation and spaces come back as words of kind
/// `.other`, so callers can drop them or use them as boundaries (an n-gram never crosses `，`).
/// Offsets are Unicode-scalar offsets into the text, as everywhere else in baogao.
public struct Segmenter: Sendable {
  public struct Word: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
      /// Punctuation, spaces, symbols.
      case other
      /// 2024, 5.5, 6.1%
      case number
      /// Latin letters (GDP, PM2.5).
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

  public var jieba: Jieba
  /// Words added on top of jieba's dictionary, in order, for `.dict show user`.
  public private(set) var userWords: [UserWord] = []

  public init(jieba: Jieba) {
    self.jieba = jieba
  }

  /// The standard segmenter once loaded; a load that failed or was interrupted is tried again.
  private final class Cache: @unchecked Sendable {
    let lock = NSLock()
    var segmenter: Segmenter?
  }
  private static let cache = Cache()

  /// jieba's dictionary with the built-in policy terms, loaded once; an error names the missing
  /// dictionary path.
  public static func standard() throws(SegmenterError) -> Segmenter {
    cache.lock.lock()
    defer { cache.lock.unlock() }
    if let segmenter = cache.segmenter { return segmenter }
    var segmenter = Segmenter(jieba: try Jieba.load())
    for word in BuiltInDictionaries.dictionary(named: "policy")?.terms ?? [] {
      segmenter.jieba.add(word: word, frequency: nil)
    }
    cache.segmenter = segmenter
    return segmenter
  }

  /// Adds words as `jieba.load_userdict` does (no frequency: jieba's suggested one).
  public mutating func add(_ words: [UserWord]) {
    for word in words {
      jieba.add(word: word.word, frequency: word.frequency)
      userWords.append(word)
    }
  }

  /// The words of `text`, in order, covering it completely (jieba with its HMM).
  public func words(in text: String) -> [Word] {
    let scalars = text.unicodeScalars.map(\.value)
    return jieba.cut(scalars).map { range in
      let piece = scalars[range]
      return Word(
        text: Jieba.string(piece), kind: Self.kind(of: piece), start: range.lowerBound,
        end: range.upperBound)
    }
  }

  /// The words of `text` with the standard segmenter.
  public static func words(in text: String) throws(SegmenterError) -> [Word] {
    try standard().words(in: text)
  }

  /// Han anywhere makes a Chinese word; else a letter makes a Latin one (PM2.5 names a
  /// pollutant); else digits make a number; the rest is punctuation or space.
  static func kind(of piece: ArraySlice<UInt32>) -> Word.Kind {
    var letter = false
    var digit = false
    for c in piece {
      // ASCII and the common Han block without a property lookup.
      if Jieba.isHan(c) { return .ideographic }
      if c < 0x80 {
        if Jieba.isDigit(c) {
          digit = true
        } else if Jieba.isASCIIAlphanumeric(c) {
          letter = true
        }
        continue
      }
      guard let scalar = Unicode.Scalar(c) else { continue }
      let p = scalar.properties
      if p.isIdeographic { return .ideographic }
      if p.isAlphabetic { letter = true } else if p.numericType != nil { digit = true }
    }
    return letter ? .letters : digit ? .number : .other
  }
}
