/// Lays out several completion candidates in columns below the prompt, as bash and zsh do,
/// measuring by display width so `报告` and `reports` line up.
enum CompletionList {
  /// At most this many candidates are listed; the rest are counted (`… and 120 more`).
  static let limit = 200

  /// Lines of the listing for a terminal `width` columns wide (each ends with `\n`).
  static func format(_ matches: [String], width: Int, ambiguousWide: Bool = false) -> String {
    let shown = Array(matches.prefix(limit))
    let widths = shown.map { DisplayWidth.width(of: $0, ambiguousWide: ambiguousWide) }
    let cell = (widths.max() ?? 0) + 2
    let perLine = max(1, max(width, 1) / max(cell, 1))
    let lineCount = (shown.count + perLine - 1) / perLine
    var out = ""
    for line in 0..<lineCount {
      // Column-major, like `ls`: read down, then across.
      var text = ""
      for column in 0..<perLine {
        let i = column * lineCount + line
        guard i < shown.count else { break }
        let isLast = (column + 1) * lineCount + line >= shown.count
        text += isLast ? shown[i] : shown[i] + String(repeating: " ", count: cell - widths[i])
      }
      out += text + "\n"
    }
    if matches.count > shown.count { out += "… and \(matches.count - shown.count) more\n" }
    return out
  }
}
