/// The word being completed at the cursor and what Tab does with the candidates for it.
///
/// The word is the last token before the cursor, split on whitespace, `|`, `,`, `(`, `;` and
/// the comparison signs the session's completer splits on (`[ = < > !`): in
/// `reports | where 年份` it is `年份`; in `load ~/报告/` it is `~/报告/`.
struct CompletionWord: Equatable {
  /// The text being completed.
  var word: String

  init(lineBeforeCursor line: String) {
    var start = line.endIndex
    while start > line.startIndex {
      let before = line.index(before: start)
      if CompletionWord.isSeparator(line[before]) { break }
      start = before
    }
    word = String(line[start...])
  }

  private static let separators: Set<Character> = ["|", ",", "(", ";", "[", "=", "<", ">", "!"]

  static func isSeparator(_ c: Character) -> Bool {
    c.isWhitespace || separators.contains(c)
  }

  /// What Tab should do given the completer's `candidates`.
  enum Action: Equatable {
    /// Nothing matches.
    case none
    /// A unique match: insert its rest plus a space (nothing after a directory's `/`).
    case insert(String)
    /// Several match: insert their common prefix beyond the word (maybe empty) and list them.
    case list(insert: String, matches: [String])
  }

  /// Keeps candidates that extend the word and decides between completing and listing. A
  /// word opened with a quote also matches unquoted candidates (`load "报` → `报告/`).
  func action(for candidates: [String]) -> Action {
    var typed = word
    var matches = Self.unique(candidates.filter { $0.hasPrefix(typed) })
    if matches.isEmpty, let quote = word.first, quote == "\"" || quote == "'" {
      typed = String(word.dropFirst())
      matches = Self.unique(candidates.filter { $0.hasPrefix(typed) })
    }
    guard let first = matches.first else { return .none }
    if matches.count == 1 {
      let rest = String(first.dropFirst(typed.count))
      // No space after a directory (`报告/`) or a function's `(`: more follows at once.
      return .insert(first.hasSuffix("/") || first.hasSuffix("(") ? rest : rest + " ")
    }
    let common = matches.dropFirst().reduce(first) { $0.commonPrefix(with: $1) }
    return .list(insert: String(common.dropFirst(typed.count)), matches: matches.sorted())
  }

  private static func unique(_ words: [String]) -> [String] {
    var seen = Set<String>()
    return words.filter { seen.insert($0).inserted }
  }
}

extension String {
  /// Longest common prefix by Characters, so `报告` and `报表` share `报` and no half character.
  fileprivate func commonPrefix(with other: String) -> String {
    var out = ""
    for (a, b) in zip(self, other) {
      guard a == b else { break }
      out.append(a)
    }
    return out
  }
}
