import BaogaoCore
import Foundation

/// jieba's `finalseg`: a four-state hidden Markov model (B begin, M middle, E end, S single) that
/// finds words the dictionary lacks, run on a stretch of single characters the dictionary path
/// left (`蔡英文` → 蔡英文 rather than 蔡 / 英 / 文).
///
/// Its probability tables are read from jieba's own `finalseg/prob_*.py` (Python literals of
/// log probabilities); the Viterbi search breaks ties as jieba's `max` over tuples does.
public struct HiddenMarkovModel: Sendable {
  /// State order B, M, E, S.
  private var start: [Double]
  /// transition[from][to]; MIN_FLOAT where jieba has none.
  private var transition: [[Double]]
  /// Emission log probability per state, by character.
  private var emission: [UInt32: (Double, Double, Double, Double)]
  static let minFloat = -3.14e100

  /// Reads `prob_start.py`, `prob_trans.py` and `prob_emit.py` from jieba's `finalseg` folder.
  public init(folder: String) throws(SegmenterError) {
    func read(_ name: String) throws(SegmenterError) -> String {
      let path = folder + "/" + name
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .missingDictionary(path)
      }
      return String(decoding: data, as: UTF8.self)
    }
    let startTable = Self.tables(try read("prob_start.py"))
    let transTable = Self.tables(try read("prob_trans.py"))
    if Cancellation.isRequested { throw .interrupted }
    let emitTable = Self.tables(try read("prob_emit.py"))
    if Cancellation.isRequested { throw .interrupted }
    let states: [UInt32] = [0x42, 0x4D, 0x45, 0x53]  // B M E S
    start = states.map { startTable[0]?[$0] ?? Self.minFloat }
    transition = states.map { from in
      states.map { to in transTable[from]?[to] ?? Self.minFloat }
    }
    emission = [:]
    var chars = Set<UInt32>()
    for state in states { chars.formUnion(emitTable[state]?.keys ?? [:].keys) }
    for c in chars {
      let p = states.map { emitTable[$0]?[c] ?? Self.minFloat }
      emission[c] = (p[0], p[1], p[2], p[3])
    }
    guard emission.count > 1000 else { throw .missingDictionary(folder + "/prob_emit.py") }
  }

  /// The words of a run of Han characters, as jieba's `finalseg.__cut` gives them.
  func cut(_ s: ArraySlice<UInt32>) -> [Range<Int>] {
    let n = s.count
    guard n > 0 else { return [] }
    let base = s.startIndex
    // PrevStatus: B ← E,S; M ← M,B; E ← B,M; S ← S,E (jieba's order; ties go to the larger letter).
    let previous: [[Int]] = [[2, 3], [1, 0], [0, 1], [3, 2]]
    var v = [Double](repeating: 0, count: 4)
    var back = [UInt8](repeating: 0, count: 4 * n)
    var em = [Double](repeating: 0, count: 4)
    func emissions(_ c: UInt32) {
      let e = emission[c] ?? (Self.minFloat, Self.minFloat, Self.minFloat, Self.minFloat)
      em[0] = e.0
      em[1] = e.1
      em[2] = e.2
      em[3] = e.3
    }
    emissions(s[base])
    for y in 0..<4 { v[y] = start[y] + em[y] }
    var next = v
    for t in 1..<max(n, 1) {
      emissions(s[base + t])
      for y in 0..<4 {
        var best = -Double.infinity
        var bestState = 0
        for y0 in previous[y] {
          let p = v[y0] + transition[y0][y] + em[y]
          // max over (prob, state letter): a tie goes to the later letter (S > M > E > B).
          if p > best || (p == best && Self.letter(y0) > Self.letter(bestState)) {
            best = p
            bestState = y0
          }
        }
        next[y] = best
        back[t * 4 + y] = UInt8(bestState)
      }
      swap(&v, &next)
    }
    // Final state: E or S, a tie going to S.
    var state = v[3] >= v[2] ? 3 : 2
    var path = [Int](repeating: 0, count: n)
    for t in stride(from: n - 1, through: 0, by: -1) {
      path[t] = state
      if t > 0 { state = Int(back[t * 4 + state]) }
    }
    var words: [Range<Int>] = []
    var begin = 0
    var nexti = 0
    for i in 0..<n {
      switch path[i] {
      case 0: begin = i
      case 2:
        words.append((base + begin)..<(base + i + 1))
        nexti = i + 1
      case 3:
        words.append((base + i)..<(base + i + 1))
        nexti = i + 1
      default: break
      }
    }
    if nexti < n { words.append((base + nexti)..<(base + n)) }
    return words
  }

  private static func letter(_ state: Int) -> UInt8 { [0x42, 0x4D, 0x45, 0x53][state] }

  /// Parses `P={'B': {'\u4e00': -3.65, …}, …}` or `P={'B': -0.26, …}` into state → key → value
  /// (keys are the scalar of a one-character string; a flat table is stored under key 0).
  static func tables(_ text: String) -> [UInt32: [UInt32: Double]] {
    var out: [UInt32: [UInt32: Double]] = [:]
    let s = Array(text.unicodeScalars)
    var i = 0
    var depth = 0
    var state: UInt32 = 0
    var pendingKey: UInt32?
    func readString() -> UInt32? {
      // s[i] is the opening quote.
      i += 1
      var value: UInt32?
      if s[i] == "\\", s[i + 1] == "u" {
        value = UInt32(String(String.UnicodeScalarView(s[(i + 2)..<(i + 6)])), radix: 16)
        i += 6
      } else {
        value = s[i].value
        i += 1
      }
      while i < s.count, s[i] != "'" { i += 1 }
      i += 1
      return value
    }
    while i < s.count {
      let c = s[i]
      if c == "{" {
        depth += 1
        i += 1
      } else if c == "}" {
        depth -= 1
        i += 1
      } else if c == "'" {
        let key = readString()
        if depth == 1 {
          state = key ?? 0
          pendingKey = nil
        } else {
          pendingKey = key
        }
        // After the colon comes either `{` (a nested table) or a number.
        while i < s.count, s[i] == ":" || s[i] == " " { i += 1 }
        if i < s.count, s[i] != "{" {
          var j = i
          while j < s.count, s[j] != ",", s[j] != "}", s[j] != "\n" { j += 1 }
          let number = Double(
            String(String.UnicodeScalarView(s[i..<j])).trimmingCharacters(in: .whitespaces))
          if let number {
            if depth == 1 {
              out[0, default: [:]][state] = number
            } else if let k = pendingKey {
              out[state, default: [:]][k] = number
            }
          }
          pendingKey = nil
          i = j
        }
      } else {
        i += 1
      }
    }
    return out
  }
}
