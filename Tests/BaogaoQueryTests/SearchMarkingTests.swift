import Testing

@testable import BaogaoQuery

/// `search`'s `context` marks each match «…» by copying runs of text between the marks; it must
/// mark exactly the scalars the scalar-by-scalar way marked. The texts are made up.
@Suite struct SearchMarkingTests {
  /// The scalar-by-scalar marking `SearchSource.marked` replaced, as the reference.
  static func reference(_ text: String, _ matches: [TextSearch.Match]) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var at = 0
    for m in matches where m.start >= at && m.end > m.start {
      out.append(contentsOf: scalars[at..<m.start])
      out.append("«")
      out.append(contentsOf: scalars[m.start..<m.end])
      out.append("»")
      at = m.end
    }
    out.append(contentsOf: scalars[at...])
    return String(out)
  }

  @Test(arguments: [
    "全年增长5%，稳增长，促增长。",
    "增长",
    "e\u{301}增长e\u{301}：组合附加符号紧挨着匹配",
    "🇨🇳增长👨‍👩‍👧再增长",
    "\r\n增长\r\n",
    "",
    "没有匹配的句子",
  ])
  func marksTheSameScalarsAsScalarByScalar(text: String) throws {
    for pattern in ["增长", "长", "e", "\u{301}", "[增促]", "。$", "^"] {
      let search = try TextSearch(pattern: pattern, at: 0..<1)
      let found = try search.matches(in: text)
      #expect(SearchSource.marked(text, found) == Self.reference(text, found), "\(pattern)")
    }
    // Matches out of order, overlapping or empty are skipped the same way.
    let n = text.unicodeScalars.count
    let odd = [
      TextSearch.Match(start: min(2, n), end: min(4, n), text: ""),
      TextSearch.Match(start: min(1, n), end: min(3, n), text: ""),
      TextSearch.Match(start: min(5, n), end: min(5, n), text: ""),
      TextSearch.Match(start: min(5, n), end: n, text: ""),
    ]
    #expect(SearchSource.marked(text, odd) == Self.reference(text, odd))
  }
}
