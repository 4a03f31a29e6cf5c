import BaogaoCore
import Foundation

/// jieba's prefix dictionary: every word of `dict.txt` with its frequency, and every prefix of a
/// word (with frequency 0), so that the DAG of a sentence is found by walking forward from each
/// character until the text stops being a prefix.
///
/// Stored as a trie over Unicode scalars: node 0 is the empty prefix, and the child of a node
/// for a scalar is found in an open-addressing hash table keyed by (node, scalar). A path's
/// weight adds `logFrequency[node] - logTotal` per word, the same doubles jieba adds, so that
/// ties break the same way.
public struct PrefixDictionary: Sendable {
  /// Frequency of the word ending at each node; 0 for a prefix that is not a word.
  private(set) var frequency: [Int] = [0]
  /// `log(max(frequency, 1))` per node (jieba's `log(FREQ.get(word) or 1)`).
  private(set) var logFrequency: [Double] = [0]
  /// Sum of all word frequencies (jieba's `total`).
  public private(set) var total = 0
  /// log(total), as jieba's `logtotal`.
  public private(set) var logTotal = 0.0
  /// Number of words (nodes with a frequency), for `.dict show`.
  public private(set) var wordCount = 0

  private var keys: [UInt64]
  private var values: [Int32]
  private var used = 0
  /// The first character of every word, straight from an array (every position of a sentence
  /// looks one up); -1 where no word starts with it. Beyond the BMP, the hash table.
  private var rootChildren = [Int32](repeating: -1, count: 0x10000)

  public init() {
    keys = [UInt64](repeating: 0, count: 1 << 10)
    values = [Int32](repeating: 0, count: 1 << 10)
  }

  /// The child of `node` for `scalar`, or nil.
  @inline(__always)
  func child(_ node: Int32, _ scalar: UInt32) -> Int32? {
    if node == 0, scalar < 0x10000 {
      let child = rootChildren[Int(scalar)]
      return child < 0 ? nil : child
    }
    let key = Self.key(node, scalar)
    let mask = keys.count - 1
    var slot = Self.hash(key) & mask
    while true {
      let k = keys[slot]
      if k == key { return values[slot] }
      if k == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }

  /// The node of `word`, or nil when it is not even a prefix.
  func node(of word: some Collection<UInt32>) -> Int32? {
    var node: Int32 = 0
    for scalar in word {
      guard let next = child(node, scalar) else { return nil }
      node = next
    }
    return node
  }

  /// jieba's `FREQ.get(word)`: the frequency of a word, 0 for a prefix, nil when absent.
  public func frequency(of word: String) -> Int? {
    node(of: word.unicodeScalars.map(\.value)).map { frequency[Int($0)] }
  }

  /// Adds `word` with `freq` (replacing an earlier frequency) and its prefixes, as jieba's
  /// `gen_pfdict` and `add_word` do; `total` grows by `freq` either way, as in jieba.
  public mutating func add(_ word: some Collection<UInt32>, frequency freq: Int) {
    var node: Int32 = 0
    for scalar in word {
      if let next = child(node, scalar) {
        node = next
      } else {
        let next = Int32(frequency.count)
        frequency.append(0)
        logFrequency.append(0)
        if node == 0, scalar < 0x10000 {
          rootChildren[Int(scalar)] = next
        } else {
          insert(Self.key(node, scalar), next)
        }
        node = next
      }
    }
    if frequency[Int(node)] == 0, freq > 0 { wordCount += 1 }
    if frequency[Int(node)] > 0, freq == 0 { wordCount -= 1 }
    frequency[Int(node)] = freq
    logFrequency[Int(node)] = Foundation.log(Double(max(freq, 1)))
    total += freq
    logTotal = Foundation.log(Double(total))
  }

  /// Every word with its frequency, in no particular order (for `.dict show jieba`).
  public func words() -> [(word: String, frequency: Int)] {
    var parent = [Int32](repeating: -1, count: frequency.count)
    var scalarOf = [UInt32](repeating: 0, count: frequency.count)
    for (slot, key) in keys.enumerated() where key != 0 {
      let k = key - 1
      parent[Int(values[slot])] = Int32(k >> 21)
      scalarOf[Int(values[slot])] = UInt32(k & 0x1F_FFFF)
    }
    for (scalar, child) in rootChildren.enumerated() where child >= 0 {
      parent[Int(child)] = 0
      scalarOf[Int(child)] = UInt32(scalar)
    }
    var out: [(String, Int)] = []
    for node in 1..<frequency.count where frequency[node] > 0 {
      var scalars: [Unicode.Scalar] = []
      var n = node
      while n > 0 {
        scalars.append(Unicode.Scalar(scalarOf[n]) ?? "?")
        n = Int(parent[n])
      }
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars.reversed())
      out.append((String(s), frequency[node]))
    }
    return out
  }

  // MARK: Hash table

  @inline(__always)
  private static func key(_ node: Int32, _ scalar: UInt32) -> UInt64 {
    (UInt64(node) << 21 | UInt64(scalar)) &+ 1
  }

  @inline(__always)
  private static func hash(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
  }

  private mutating func insert(_ key: UInt64, _ value: Int32) {
    if (used + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var slot = Self.hash(key) & mask
    while keys[slot] != 0 { slot = (slot + 1) & mask }
    keys[slot] = key
    values[slot] = value
    used += 1
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    values = [Int32](repeating: 0, count: oldKeys.count * 2)
    used = 0
    for (k, v) in zip(oldKeys, oldValues) where k != 0 { insert(k, v) }
  }
}

extension PrefixDictionary {
  /// Reads jieba's `dict.txt` (`word freq [tag]` per line, UTF-8) byte by byte.
  public init(contentsOf path: String) throws(SegmenterError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .missingDictionary(path)
    }
    self.init()
    var scalars: [UInt32] = []
    scalars.reserveCapacity(32)
    var lineNumber = 0
    var interrupted = false
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      var i = 0
      let n = bytes.count
      if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
      while i < n {
        lineNumber += 1
        // Ctrl-C during the first `terms` of a session stops the load, not only the counting.
        if lineNumber & 0x3FFF == 0, Cancellation.isRequested {
          interrupted = true
          return
        }
        // The word: up to the first space.
        scalars.removeAll(keepingCapacity: true)
        var lineEnd = i
        while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var j = i
        while j < lineEnd, bytes[j] != 0x20 {
          let (scalar, width) = Self.decode(bytes, j, lineEnd)
          scalars.append(scalar)
          j += width
        }
        // The frequency: digits after the space.
        var freq = 0
        var k = j + 1
        var digits = 0
        while k < lineEnd, bytes[k] >= 0x30, bytes[k] <= 0x39 {
          freq = freq * 10 + Int(bytes[k] - 0x30)
          k += 1
          digits += 1
        }
        if !scalars.isEmpty, digits > 0 { add(scalars, frequency: freq) }
        i = lineEnd + 1
      }
    }
    if interrupted { throw .interrupted }
    guard wordCount > 0 else { throw .missingDictionary(path) }
  }

  /// One UTF-8 scalar at `i` (U+FFFD and one byte for a malformed sequence).
  @inline(__always)
  static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int) {
    let b0 = UInt32(b[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 >= 0xE0, b0 < 0xF0, i + 2 < end {
      return ((b0 & 0x0F) << 12 | (UInt32(b[i + 1]) & 0x3F) << 6 | UInt32(b[i + 2]) & 0x3F, 3)
    }
    if b0 >= 0xC0, b0 < 0xE0, i + 1 < end {
      return ((b0 & 0x1F) << 6 | UInt32(b[i + 1]) & 0x3F, 2)
    }
    if b0 >= 0xF0, i + 3 < end {
      return (
        (b0 & 0x07) << 18 | (UInt32(b[i + 1]) & 0x3F) << 12 | (UInt32(b[i + 2]) & 0x3F) << 6
          | UInt32(b[i + 3]) & 0x3F, 4
      )
    }
    return (0xFFFD, 1)
  }
}

/// Why the segmenter cannot run.
public enum SegmenterError: Error, Sendable, Equatable, CustomStringConvertible {
  /// jieba's dictionary (or its HMM tables) is not where Debian's python3-jieba puts it.
  case missingDictionary(String)
  /// The statement loading the dictionary was cancelled (Ctrl-C).
  case interrupted

  public var description: String {
    switch self {
    case .missingDictionary(let path):
      "cannot read jieba's dictionary \(path): install Debian's python3-jieba (make deps), "
        + "or set BAOGAO_JIEBA_DIR to a folder holding jieba's dict.txt and finalseg/"
    case .interrupted: "interrupted"
    }
  }
}
