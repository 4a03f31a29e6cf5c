import BaogaoQuery

/// Formats a `QueryError` the way compilers do:
///
///     analysis.bg:12:9: error: unknown field 'grwoth' (did you mean 'growth'?)
///      12 | indicators | where grwoth > 5
///         |                    ^~~~~~
///
/// Without a file (interactive shell, `-c`) the first line is `error: …`. Columns count
/// characters; the caret is placed by display width so it sits under CJK text correctly.
struct ErrorFormatter {
  var ambiguousWide: Bool

  func format(_ error: QueryError, in source: String, file: String?) -> String {
    guard let range = error.range else {
      return (file.map { "\($0): " } ?? "") + "error: \(error.message)\n"
    }
    let scalars = Array(source.unicodeScalars)
    let start = min(range.lowerBound, scalars.count)
    var lineStart = start
    while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
    var lineEnd = start
    while lineEnd < scalars.count, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" {
      lineEnd += 1
    }
    let lineNumber = scalars[..<lineStart].filter { $0 == "\n" }.count + 1
    let lineText = String(String.UnicodeScalarView(scalars[lineStart..<lineEnd]))
    let before = String(String.UnicodeScalarView(scalars[lineStart..<start]))
    let column = Character.countOf(before) + 1
    let spanEnd = min(max(range.upperBound, start + 1), lineEnd)
    let span = String(String.UnicodeScalarView(scalars[start..<max(start, spanEnd)]))

    let place = file.map { "\($0):\(lineNumber):\(column): " } ?? ""
    let gutter = String(lineNumber)
    let pad = String(repeating: " ", count: gutter.count)
    let indent = String(
      repeating: " ",
      count: DisplayWidth.width(of: before.replacingTabs, ambiguousWide: ambiguousWide))
    let underline =
      "^"
      + String(
        repeating: "~",
        count: max(0, DisplayWidth.width(of: span, ambiguousWide: ambiguousWide) - 1))
    return
      "\(place)error: \(error.message)\n \(gutter) | \(lineText)\n \(pad) | \(indent)\(underline)\n"
  }
}

extension Character {
  static func countOf(_ s: String) -> Int { s.count }
}

extension String {
  var replacingTabs: String { String(unicodeScalars.map { $0 == "\t" ? " " : Character($0) }) }
}
