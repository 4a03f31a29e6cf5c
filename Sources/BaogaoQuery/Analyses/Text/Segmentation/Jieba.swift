import Foundation

/// jieba's segmentation ("accurate mode"), re-implemented over Unicode scalars.
///
/// The text is split into blocks of Han characters, ASCII letters, digits and `+#&._%-`
/// (jieba's `re_han_default`); everything else is one token per character (`\r\n` one token).
/// In a block, every dictionary word starting at each character is an edge of the sentence's
/// DAG, and the path with the largest sum of `log(freq) - log(total)` is chosen, right to left
/// (`推动高质量发展` → 推动 / 高质量 / 发展). With the HMM, a run of single characters that is not
/// itself a word goes to `HiddenMarkovModel` for words the dictionary lacks.
///
/// The dictionary and HMM tables are jieba's own (Debian `python3-jieba`), read at run time.
public struct Jieba: Sendable {
  public var dictionary: PrefixDictionary
  public var hmm: HiddenMarkovModel?
  /// Words added with frequency 0: split into characters when the HMM proposes them
  /// (jieba's `Force_Split_Words`).
  public var forceSplit: Set<String> = []

  public init(dictionary: PrefixDictionary, hmm: HiddenMarkovModel?) {
    self.dictionary = dictionary
    self.hmm = hmm
  }

  /// Where Debian's python3-jieba keeps `dict.txt` and `finalseg/`; `BAOGAO_JIEBA_DIR` overrides.
  public static var defaultFolder: String {
    ProcessInfo.processInfo.environment["BAOGAO_JIEBA_DIR"]
      ?? "/usr/lib/python3/dist-packages/jieba"
  }

  /// jieba's dictionary and HMM from `folder`.
  public static func load(folder: String = defaultFolder) throws(SegmenterError) -> Jieba {
    let dictionary = try PrefixDictionary(contentsOf: folder + "/dict.txt")
    let hmm = try HiddenMarkovModel(folder: folder + "/finalseg")
    return Jieba(dictionary: dictionary, hmm: hmm)
  }

  /// The tokens of `s` as scalar ranges, in order, covering it completely
  /// (`jieba.cut(s, HMM=useHMM)`).
  public func cut(_ s: [UInt32], hmm useHMM: Bool = true) -> [Range<Int>] {
    var out: [Range<Int>] = []
    out.reserveCapacity(s.count / 2)
    var route = [Double](repeating: 0, count: s.count + 1)
    var next = [Int](repeating: 0, count: s.count + 1)
    var i = 0
    let n = s.count
    while i < n {
      if Self.isBlockScalar(s[i]) {
        var j = i + 1
        while j < n, Self.isBlockScalar(s[j]) { j += 1 }
        cutBlock(s, i..<j, hmm: useHMM && hmm != nil, route: &route, next: &next, into: &out)
        i = j
      } else if s[i] == 0x0D, i + 1 < n, s[i + 1] == 0x0A {
        out.append(i..<(i + 2))
        i += 2
      } else {
        out.append(i..<(i + 1))
        i += 1
      }
    }
    return out
  }

  /// The tokens of a string (as `jieba.lcut`).
  public func cut(_ text: String, hmm useHMM: Bool = true) -> [String] {
    let scalars = text.unicodeScalars.map(\.value)
    return cut(scalars, hmm: useHMM).map { Self.string(scalars[$0]) }
  }

  /// jieba's `calc` and `__cut_DAG` / `__cut_DAG_NO_HMM` on one block.
  private func cutBlock(
    _ s: [UInt32], _ block: Range<Int>, hmm useHMM: Bool, route: inout [Double],
    next: inout [Int], into out: inout [Range<Int>]
  ) {
    let logTotal = dictionary.logTotal
    route[block.upperBound] = 0
    for idx in block.reversed() {
      var best = -Double.infinity
      var bestEnd = idx
      var node: Int32 = 0
      var x = idx
      var found = false
      while x < block.upperBound, let child = dictionary.child(node, s[x]) {
        node = child
        if dictionary.frequency[Int(node)] > 0 {
          found = true
          // max over (prob, x): a tie goes to the longer word.
          let p = dictionary.logFrequency[Int(node)] - logTotal + route[x + 1]
          if p >= best {
            best = p
            bestEnd = x
          }
        }
        x += 1
      }
      if !found {
        best = 0 - logTotal + route[idx + 1]
        bestEnd = idx
      }
      route[idx] = best
      next[idx] = bestEnd
    }
    var x = block.lowerBound
    var buffer = x..<x
    while x < block.upperBound {
      let y = next[x] + 1
      if useHMM {
        if y - x == 1 {
          buffer = buffer.isEmpty ? x..<y : buffer.lowerBound..<y
        } else {
          flush(s, &buffer, into: &out)
          out.append(x..<y)
        }
      } else if y - x == 1, Self.isASCIIAlphanumeric(s[x]) {
        buffer = buffer.isEmpty ? x..<y : buffer.lowerBound..<y
      } else {
        if !buffer.isEmpty { out.append(buffer) }
        buffer = y..<y
        out.append(x..<y)
      }
      x = y
    }
    if useHMM {
      flush(s, &buffer, into: &out)
    } else if !buffer.isEmpty {
      out.append(buffer)
    }
  }

  /// A run of single characters on the dictionary path: one character stays; a run that is
  /// itself a word is split into characters; any other run goes to the HMM.
  private func flush(_ s: [UInt32], _ buffer: inout Range<Int>, into out: inout [Range<Int>]) {
    defer { buffer = buffer.upperBound..<buffer.upperBound }
    if buffer.isEmpty { return }
    if buffer.count == 1 {
      out.append(buffer)
      return
    }
    if let node = dictionary.node(of: s[buffer]), dictionary.frequency[Int(node)] > 0 {
      for i in buffer { out.append(i..<(i + 1)) }
      return
    }
    finalCut(s, buffer, into: &out)
  }

  /// jieba's `finalseg.cut`: Han runs through the HMM; other text in pieces of
  /// `[a-zA-Z0-9]+(\.\d+)?%?` and what lies between them.
  private func finalCut(_ s: [UInt32], _ range: Range<Int>, into out: inout [Range<Int>]) {
    var i = range.lowerBound
    let end = range.upperBound
    while i < end {
      if Self.isHan(s[i]) {
        var j = i + 1
        while j < end, Self.isHan(s[j]) { j += 1 }
        for word in hmm!.cut(s[i..<j]) {
          if !forceSplit.isEmpty, forceSplit.contains(Self.string(s[word])) {
            for k in word { out.append(k..<(k + 1)) }
          } else {
            out.append(word)
          }
        }
        i = j
      } else if Self.isASCIIAlphanumeric(s[i]) {
        var j = i + 1
        while j < end, Self.isASCIIAlphanumeric(s[j]) { j += 1 }
        if j + 1 < end, s[j] == 0x2E, Self.isDigit(s[j + 1]) {
          j += 2
          while j < end, Self.isDigit(s[j]) { j += 1 }
        }
        if j < end, s[j] == 0x25 { j += 1 }
        out.append(i..<j)
        i = j
      } else {
        var j = i + 1
        while j < end, !Self.isHan(s[j]), !Self.isASCIIAlphanumeric(s[j]) { j += 1 }
        out.append(i..<j)
        i = j
      }
    }
  }

  // MARK: Character classes (jieba's regular expressions)

  /// `[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]`
  @inline(__always)
  static func isBlockScalar(_ c: UInt32) -> Bool {
    if c >= 0x4E00 { return c <= 0x9FD5 }
    return isASCIIAlphanumeric(c) || c == 0x2B || c == 0x23 || c == 0x26 || c == 0x2E
      || c == 0x5F || c == 0x25 || c == 0x2D
  }

  @inline(__always)
  static func isHan(_ c: UInt32) -> Bool { c >= 0x4E00 && c <= 0x9FD5 }

  @inline(__always)
  static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

  @inline(__always)
  static func isASCIIAlphanumeric(_ c: UInt32) -> Bool {
    isDigit(c) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
  }

  /// The text of scalars taken from a String, encoded straight to UTF-8.
  static func string(_ scalars: ArraySlice<UInt32>) -> String {
    String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
      var i = 0
      for c in scalars {
        switch c {
        case ..<0x80:
          buffer[i] = UInt8(c)
          i += 1
        case ..<0x800:
          buffer[i] = UInt8(0xC0 | c >> 6)
          buffer[i + 1] = UInt8(0x80 | c & 0x3F)
          i += 2
        case ..<0x10000:
          buffer[i] = UInt8(0xE0 | c >> 12)
          buffer[i + 1] = UInt8(0x80 | c >> 6 & 0x3F)
          buffer[i + 2] = UInt8(0x80 | c & 0x3F)
          i += 3
        default:
          buffer[i] = UInt8(0xF0 | c >> 18)
          buffer[i + 1] = UInt8(0x80 | c >> 12 & 0x3F)
          buffer[i + 2] = UInt8(0x80 | c >> 6 & 0x3F)
          buffer[i + 3] = UInt8(0x80 | c & 0x3F)
          i += 4
        }
      }
      return i
    }
  }
}
