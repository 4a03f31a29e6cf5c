/// Flags a report cut off mid-sentence: `…保持经济运行在合理区间,更好实现“` at the very end.
///
/// A complete report ends with a sentence (`…而努力奋斗！`) or a glossary entry ending in `。`;
/// a long last line ending otherwise means the file lost its end and later sections are missing.
struct TruncationRule: CleaningRule {
  let kind = "truncated_flagged"
  let noun = "cut-off ending"
  var severity: Diagnostic.Severity { .warning }

  /// Shorter last lines are list items or table cells of an appendix (`主办单位：省交通运输厅`), not prose.
  static let minimumLastLine = 40

  func apply(_ text: inout String) -> [Int] {
    let scalars = text.unicodeScalars
    let trimmedEnd = text.utf8.lastIndex { $0 != 10 } ?? text.utf8.startIndex
    let lineStart =
      text.utf8[..<trimmedEnd].lastIndex(of: 10).map { text.utf8.index(after: $0) }
      ?? text.utf8.startIndex
    let lastLine = Substring(text.utf8[lineStart..<trimmedEnd])
    guard lastLine.scalarCount >= Self.minimumLastLine else { return [] }
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
