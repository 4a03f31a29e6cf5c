/// Runs the cleaning rules over one report's text, in order, and collects what each did.
///
/// Order matters: pinyin glosses and mojibake are handled on the text as decoded (mojibake is a
/// byte-level fact of the original characters), then Traditional → Simplified, then the rules whose
/// patterns are written in Simplified, and last the flags, which read the final text so their
/// positions point into `Report.text`.
struct TextCleaner: Sendable {
  static let shared = TextCleaner()

  struct Cleaned {
    var text: String
    var script: Script
    var diagnostics: [Diagnostic]
  }

  let editsBeforeConversion: [any CleaningRule] = [PinyinGlossRule()]
  let flagsBeforeConversion: [any CleaningRule] = [MojibakeRule(), LostCharacterRule()]
  let edits: [any CleaningRule] = [FullwidthRule(), WhitespaceRule(), HeaderLayoutRule()]
  let structuralEdits: [any CleaningRule] = [
    TableOfContentsRule(), PageSpliceRule(), LineSplitRule(), FootnoteMarkerRule(),
    ReportBodyRule(),
  ]
  let flags: [any CleaningRule] = [PlaceholderRule(), OCRSlipRule(), TruncationRule()]

  func clean(_ original: String) -> Cleaned {
    var text = original
    var diagnostics: [Diagnostic] = []
    for rule in editsBeforeConversion {
      if let d = rule.run(&text) { diagnostics.append(d) }
    }
    for rule in flagsBeforeConversion {
      if let d = rule.run(&text) { diagnostics.append(d) }
    }
    var script = Script.simplified
    let converter = TraditionalConverter.shared
    if converter.isTraditional(text), let simplified = converter.toSimplified(text) {
      script = .traditional
      text = simplified
      diagnostics.append(
        Diagnostic(
          severity: .note, kind: "traditional_converted",
          message: "converted from Traditional to Simplified (OpenCC t2s); the original is kept"))
    }
    for rule in edits {
      if let d = rule.run(&text), rule.kind != "whitespace_normalized" || d.count > 0 {
        diagnostics.append(d)
      }
    }
    for (kind, positions) in SiteChromeRule.shared.apply(&text).sorted(by: { $0.key < $1.key }) {
      let noun =
        kind == "preamble_removed" ? "sharing-site preamble" : "site-chrome line or fragment"
      diagnostics.append(
        Diagnostic(
          severity: .note, kind: kind,
          message: "\(positions.count) \(noun)\(positions.count == 1 ? "" : "s") removed",
          count: positions.count, positions: Array(positions.prefix(5))))
    }
    for rule in structuralEdits {
      if let d = rule.run(&text) { diagnostics.append(d) }
    }
    for rule in flags {
      if let d = rule.run(&text) { diagnostics.append(d) }
    }
    return Cleaned(text: text, script: script, diagnostics: diagnostics)
  }
}
