/// One cleaning step over a report's text, reporting what it did so `load` can say so.
///
/// Rules either change the text (`severity == .note`: a gloss removed, a splice joined) or only
/// flag a problem they must not guess at (`.warning`: mojibake, placeholders, a cut-off end).
protocol CleaningRule: Sendable {
  /// Stable snake_case id of the action, e.g. `pinyin_gloss_removed`.
  var kind: String { get }
  var severity: Diagnostic.Severity { get }
  /// What one occurrence is, for messages: "pinyin gloss", "mojibake span".
  var noun: String { get }
  /// The plural of `noun`.
  var plural: String { get }
  /// Applies the rule; returns the scalar offsets (in the text as the rule saw it) of each action.
  func apply(_ text: inout String) -> [Int]
}

extension CleaningRule {
  var severity: Diagnostic.Severity { .note }
  var plural: String { noun.hasSuffix("s") ? noun + "es" : noun + "s" }

  /// Runs the rule and turns its actions into one diagnostic (nil when it did nothing).
  func run(_ text: inout String) -> Diagnostic? {
    let positions = apply(&text)
    guard !positions.isEmpty else { return nil }
    let verb = severity == .note ? "removed or fixed" : "flagged"
    let first = positions.prefix(5).map(String.init).joined(separator: ", ")
    return Diagnostic(
      severity: severity, kind: kind,
      message:
        "\(positions.count) \(positions.count == 1 ? noun : plural) \(verb) (first at characters \(first))",
      count: positions.count, positions: Array(positions.prefix(5)))
  }
}

extension Unicode.Scalar {
  /// CJK ideographs (basic block and extension A, compatibility ideographs).
  var isIdeograph: Bool {
    switch value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
    default: false
    }
  }

  /// Chinese sentence and clause punctuation, in both widths.
  var isChinesePunctuation: Bool {
    switch value {
    case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0x2014, 0x2018...0x201F, 0x2026: true
    default: false
    }
  }

  /// Ends a sentence: 。！？ and their ASCII forms, or a closing quote/bracket after one.
  var isSentenceEnd: Bool {
    switch self {
    case "。", "！", "？", "!", "?", "…", "；", ";": true
    default: false
    }
  }
}
