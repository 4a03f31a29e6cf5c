/// The word being completed at the cursor and what Tab does with the candidates for it.
///
/// The word is the last token before the cursor, split on whitespace, `|`, `,` and `(`:
/// in `reports | where 年份` it is `年份`; in `load ~/报告/` it is `~/报告/`.
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

  static func isSeparator(_ c: Character) -> Bool {
    c.isWhitespace || c == "|" || c == "," || c == "("
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

  /// Keeps candidates that extend the word (a leading quote of `load "报` is ignored), and
  /// decides between completing and listing.
  func action(for candidates: [String]) -> Action {
    let typed = word.first == "\"" || word.first == "'" ? String(word.dropFirst()) : word
    var seen = Set<String>()
    let matches = candidates.filter { $0.hasPrefix(typed) && seen.insert($0).inserted }
    guard let first = matches.first else { return .none }
    if matches.count == 1 {
      let rest = String(first.dropFirst(typed.count))
      return .insert(first.hasSuffix("/") ? rest : rest + " ")
    }
    let common = matches.dropFirst().reduce(first) { $0.commonPrefix(with: $1) }
    let rest = String(common.dropFirst(typed.count))
    return .list(insert: rest, matches: matches.sorted())
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
