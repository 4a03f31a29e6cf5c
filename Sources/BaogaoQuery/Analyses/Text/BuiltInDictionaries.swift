import BaogaoCore
import Foundation

/// The dictionaries shipped in the package's resources (`Resources/dictionaries/`), for
/// `freq @environment`, `freq @innovation`, `freq @uncertainty`, `freq @policy` (also the
/// segmenter's policy terms), and the word lists `terms`, `ngrams` and `cooccur` leave out.
public enum BuiltInDictionaries {
  /// Names usable after `@`.
  public static let names = ["environment", "innovation", "uncertainty", "policy"]

  /// Word lists shown by `.dict show` besides the `@` dictionaries.
  public static let wordLists = ["stopwords", "function-characters"]

  /// A built-in dictionary by name, or nil when there is none.
  public static func dictionary(named name: String) -> TermDictionary? {
    guard names.contains(name), let data = resource(name) else { return nil }
    var ignored: [Diagnostic] = []
    return TermDictionary.parse(data: data, name: name, yaml: false, diagnostics: &ignored)
  }

  /// Function words and boilerplate left out of `terms top K`, `cooccur` and `ngrams`.
  public static let stopwords: Set<String> = Set(wordList(named: "stopwords")?.terms ?? [])

  /// Single-character function words, numerals and units (的, 年, 亿, 元), left out of
  /// `terms`, `ngrams` and `cooccur` unless `singles` is given.
  public static let functionCharacters: Set<String> = Set(
    wordList(named: "function-characters")?.terms ?? [])

  /// What `terms`, `ngrams` and `cooccur` leave out: stopwords, and single characters unless kept.
  public static func dropped(keepingSingles: Bool) -> Set<String> {
    keepingSingles ? stopwords : stopwords.union(functionCharacters)
  }

  /// A built-in dictionary or word list by name (`stopwords`, `function-characters`).
  public static func wordList(named name: String) -> TermDictionary? {
    guard names.contains(name) || wordLists.contains(name), let data = resource(name) else {
      return nil
    }
    var ignored: [Diagnostic] = []
    return TermDictionary.parse(data: data, name: name, yaml: false, diagnostics: &ignored)
  }

  /// SwiftPM may keep or flatten the `dictionaries/` folder when it processes resources.
  private static func resource(_ name: String) -> Data? {
    let url =
      Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "dictionaries")
      ?? Bundle.module.url(forResource: name, withExtension: "txt")
    return url.flatMap { try? Data(contentsOf: $0) }
  }
}
