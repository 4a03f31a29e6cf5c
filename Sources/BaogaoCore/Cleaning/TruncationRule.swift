/// Flags a report cut off mid-sentence: `…保持经济运行在合理区间,更好实现“` at the very end.
///
/// A complete report ends with a sentence (`…而努力奋斗！`) or a glossary entry ending in `。`;
/// anything else means the file lost its end and later sections are missing.
struct TruncationRule: CleaningRule {
  let kind = "truncated_flagged"
  let noun = "cut-off ending"
  var severity: Diagnostic.Severity { .warning }

  func apply(_ text: inout String) -> [Int] {
    let scalars = text.unicodeScalars
    guard var last = scalars.last(where: { !$0.isLayoutSpace && $0 != "\n" }) else { return [] }
    let closing: Set<Unicode.Scalar> = ["”", "’", "」", "』", "）", ")", "》"]
    if closing.contains(last) {
      // `…建设“美丽XX”。` is complete; `…“六稳”“六保”` at the end is not.
      let trimmed = scalars.reversed().drop { $0.isLayoutSpace || $0 == "\n" }
      let beforeClosing = trimmed.dropFirst().first
      if let b = beforeClosing, b.isSentenceEnd { return [] }
      last = beforeClosing ?? last
    }
    if last.isSentenceEnd || last == "!" { return [] }
    return [scalars.count]
  }
}
