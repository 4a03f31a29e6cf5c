import BaogaoCore
import Foundation

/// The dictionaries shipped in the package's resources (`Resources/dictionaries/`), for
/// `freq @environment`, `freq @innovation`, `freq @uncertainty`, and the stopword list.
public enum BuiltInDictionaries {
  /// Names usable after `@`.
  public static let names = ["environment", "innovation", "uncertainty"]

  /// A built-in dictionary by name, or nil when there is none.
  public static func dictionary(named name: String) -> TermDictionary? {
    guard names.contains(name), let data = resource(name) else { return nil }
    var ignored: [Diagnostic] = []
    return TermDictionary.parse(data: data, name: name, yaml: false, diagnostics: &ignored)
  }

  /// Function words and boilerplate left out of `terms top K`, `cooccur` and `ngrams`.
  public static let stopwords: Set<String> = {
    guard let data = resource("stopwords") else { return [] }
    var ignored: [Diagnostic] = []
    let dictionary = TermDictionary.parse(
      data: data, name: "stopwords", yaml: false, diagnostics: &ignored)
    return Set(dictionary?.terms ?? [])
  }()

  /// SwiftPM may keep or flatten the `dictionaries/` folder when it processes resources.
  private static func resource(_ name: String) -> Data? {
    let url =
      Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "dictionaries")
      ?? Bundle.module.url(forResource: name, withExtension: "txt")
    return url.flatMap { try? Data(contentsOf: $0) }
  }
}
