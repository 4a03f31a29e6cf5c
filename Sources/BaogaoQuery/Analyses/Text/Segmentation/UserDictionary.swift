import BaogaoCore
import Foundation

/// One line of a jieba user dictionary: `word [freq] [tag]` (`营商环境 20000 n`, `放管服`).
public struct UserWord: Sendable, Hashable {
  public var word: String
  /// nil: jieba's `suggest_freq(word)`, just enough for the word to be cut whole.
  public var frequency: Int?
  public var tag: String?

  public init(word: String, frequency: Int? = nil, tag: String? = nil) {
    self.word = word
    self.frequency = frequency
    self.tag = tag
  }
}

/// Reads user dictionaries in jieba's `load_userdict` format.
///
/// Each non-blank line is `word [freq] [tag]`, read as jieba's `^(.+?)( [0-9]+)?( [a-z]+)?$`
/// reads it. Lines starting `##` are comments (jieba has none; our data files need them).
/// A file that is not UTF-8 is an error naming the line; a word jieba can never cut whole
/// (a space or punctuation inside it) is a warning naming file:line.
public enum UserDictionary {
  public static func load(path: String, diagnostics: inout [Diagnostic]) -> [UserWord]? {
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "unreadable_dictionary",
          message: "cannot read dictionary \(path)", file: path))
      return nil
    }
    return parse(data: data, file: path, diagnostics: &diagnostics)
  }

  public static func parse(data: Data, file: String, diagnostics: inout [Diagnostic])
    -> [UserWord]?
  {
    var words: [UserWord] = []
    let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
    for (index, bytes) in lines.enumerated() {
      let lineNumber = index + 1
      guard let raw = String(validating: bytes, as: UTF8.self) else {
        diagnostics.append(
          Diagnostic(
            severity: .error, kind: "dictionary_not_utf8",
            message: "not UTF-8 (save the dictionary as UTF-8)",
            file: file, line: lineNumber))
        return nil
      }
      var line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
      if line.isEmpty || line.hasPrefix("##") { continue }
      let entry = Self.entry(line)
      if entry.word.unicodeScalars.count > 1,
        !entry.word.unicodeScalars.allSatisfy({ Jieba.isBlockScalar($0.value) })
      {
        diagnostics.append(
          Diagnostic(
            severity: .warning, kind: "word_never_cut",
            message:
              "'\(entry.word)' holds a space or punctuation, so jieba never cuts it as one word",
            file: file, line: lineNumber))
      }
      words.append(entry)
    }
    return words
  }

  /// `^(.+?)( [0-9]+)?( [a-z]+)?$`: the shortest word that leaves an optional ` freq` and ` tag`.
  static func entry(_ line: String) -> UserWord {
    let scalars = Array(line.unicodeScalars)
    for cut in 1..<max(scalars.count, 1) {
      if let (freq, tag) = suffix(scalars[cut...]) {
        return UserWord(word: string(scalars[..<cut]), frequency: freq, tag: tag)
      }
    }
    return UserWord(word: line)
  }

  /// Matches `( [0-9]+)?( [a-z]+)?$` on the whole of `rest` (non-empty).
  private static func suffix(_ rest: ArraySlice<Unicode.Scalar>) -> (Int?, String?)? {
    let parts = rest.split(separator: " ", omittingEmptySubsequences: false)
    // rest starts with a space, so parts[0] is empty.
    guard parts.count == 2 || parts.count == 3, parts[0].isEmpty else { return nil }
    let digits = { (p: ArraySlice<Unicode.Scalar>) in
      !p.isEmpty && p.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }
    let lower = { (p: ArraySlice<Unicode.Scalar>) in
      !p.isEmpty && p.allSatisfy { $0.value >= 0x61 && $0.value <= 0x7A }
    }
    if parts.count == 2 {
      if digits(parts[1]) { return (Int(string(parts[1])) ?? Int.max, nil) }
      if lower(parts[1]) { return (nil, string(parts[1])) }
      return nil
    }
    if digits(parts[1]), lower(parts[2]) {
      return (Int(string(parts[1])) ?? Int.max, string(parts[2]))
    }
    return nil
  }

  private static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: s)
    return String(view)
  }
}

extension Jieba {
  /// jieba's `suggest_freq(word, tune=False)`: one more than the product of its pieces'
  /// probabilities, so the word outweighs the way it is cut today.
  public func suggestedFrequency(_ word: String) -> Int {
    let total = Double(dictionary.total)
    var freq = 1.0
    for piece in cut(word, hmm: false) {
      freq *= Double(dictionary.frequency(of: piece) ?? 1) / total
    }
    return max(Int(freq * total) + 1, dictionary.frequency(of: word) ?? 1)
  }

  /// jieba's `add_word(word, freq)`; frequency 0 keeps the HMM from proposing the word.
  public mutating func add(word: String, frequency: Int?) {
    let freq = frequency ?? suggestedFrequency(word)
    dictionary.add(word.unicodeScalars.map(\.value), frequency: freq)
    if freq == 0 { forceSplit.insert(word) }
  }
}
