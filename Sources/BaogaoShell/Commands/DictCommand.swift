import BaogaoCore
import BaogaoQuery
import Foundation

/// `.dict`: the dictionaries of the session. `.dict load FILE` adds words to the segmenter as
/// jieba's `load_userdict` does; `.dict show NAME` lists a dictionary's words.
extension Session {
  func runDictCommand(_ args: [String], range: Range<Int>, origin: Origin) throws {
    switch args.first {
    case nil:
      try emit(render(dictionaryList()))
    case "load":
      guard args.count == 2 else {
        throw QueryError(
          ".dict load takes a user dictionary file (word [freq] [tag] lines)", at: range)
      }
      let path = resolveExisting(args[1], origin: origin)
      var diagnostics: [Diagnostic] = []
      let words = UserDictionary.load(path: path, diagnostics: &diagnostics)
      for diagnostic in diagnostics where diagnostic.severity < .error {
        note(diagnostic.formatted)
      }
      guard let words else {
        throw QueryError(
          diagnostics.first { $0.severity == .error }?.formatted ?? "cannot read \(args[1])",
          at: range)
      }
      var current: Segmenter
      if let segmenter {
        current = segmenter
      } else {
        do {
          current = try Segmenter.standard()
        } catch {
          throw QueryError(error.description, at: range)
        }
      }
      current.add(words)
      segmenter = current
      note(
        "added \(words.count) words to the segmenter (terms, ngrams, cooccur); .dict show user lists them"
      )
    case "show":
      guard args.count == 2 else {
        throw QueryError(".dict show takes a dictionary name (.dict lists them) or file", at: range)
      }
      try emit(render(try dictionaryTable(args[1], range: range, origin: origin)))
    default:
      throw QueryError(".dict takes nothing, load FILE, or show NAME", at: range)
    }
  }

  /// One row per dictionary: the `@` dictionaries, the word lists, and the user words.
  private func dictionaryList() -> Table {
    var rows: [[Value]] = []
    for name in BuiltInDictionaries.names {
      let terms = BuiltInDictionaries.dictionary(named: name)?.terms.count ?? 0
      rows.append([.string(name), .int(terms), .string("freq @\(name)")])
    }
    for name in BuiltInDictionaries.wordLists {
      let terms = BuiltInDictionaries.wordList(named: name)?.terms.count ?? 0
      rows.append([.string(name), .int(terms), .string("left out of terms, ngrams, cooccur")])
    }
    rows.append([
      .string("user"), .int(segmenter?.userWords.count ?? 0), .string("added with .dict load"),
    ])
    return Table(
      schema: Schema([Column("name", .string), Column("words", .int), Column("use", .string)]),
      rows: rows)
  }

  /// `category, term` of a built-in dictionary, word list or dictionary file;
  /// `word, frequency, tag` of the user words.
  private func dictionaryTable(_ name: String, range: Range<Int>, origin: Origin) throws -> Table {
    let bare = name.hasPrefix("@") ? String(name.dropFirst()) : name
    if bare == "user" {
      let rows: [[Value]] = (segmenter?.userWords ?? []).map {
        [.string($0.word), Value($0.frequency), Value($0.tag)]
      }
      return Table(
        schema: Schema([
          Column("word", .string),
          Column("frequency", .int, help: "null: jieba's suggested frequency"),
          Column("tag", .string),
        ]), rows: rows)
    }
    var dictionary = BuiltInDictionaries.wordList(named: bare)
    if dictionary == nil {
      let path = resolveExisting(bare, origin: origin)
      guard FileManager.default.fileExists(atPath: path) else {
        throw QueryError.unknown(
          "dictionary", name,
          among: BuiltInDictionaries.names + BuiltInDictionaries.wordLists + ["user"], at: range)
      }
      var diagnostics: [Diagnostic] = []
      dictionary = TermDictionary.load(path: path, diagnostics: &diagnostics)
      guard dictionary != nil else {
        throw QueryError(diagnostics.first?.message ?? "cannot read \(bare)", at: range)
      }
    }
    let rows: [[Value]] = dictionary!.categories.flatMap { category in
      category.terms.map { [.string(category.name), .string($0)] }
    }
    return Table(
      schema: Schema([Column("category", .string), Column("term", .string)]), rows: rows)
  }
}
