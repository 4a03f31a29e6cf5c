/// Runs the cleaning rules over one report's text and collects what each did.
struct TextCleaner: Sendable {
  static let shared = TextCleaner()

  struct Cleaned {
    var text: String
    var script: Script
    var diagnostics: [Diagnostic]
  }

  func clean(_ text: String) -> Cleaned {
    Cleaned(text: text, script: .simplified, diagnostics: [])
  }
}
