/// A Markdown code fence line (```` ```baogao ````, `~~~`), as CommonMark defines it.
///
/// Every fenced block is recognised, not only cells, so that a cell shown as an example inside a
/// four-backtick block of prose (```` ````markdown ```` … ```` ```baogao ````) is not run.
struct NotebookFence: Sendable, Equatable {
  /// `` ` `` or `~`.
  var marker: UInt8
  /// How many markers open the block (3 or more).
  var count: Int
  /// The info string after the markers, trimmed (`baogao skip-check`).
  var info: Substring

  /// The first word of the info string (`baogao`, `output`).
  var language: Substring {
    info.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true).first ?? ""
  }

  /// The words after the language (`skip-check`).
  var options: [Substring] {
    Array(info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst())
  }

  /// Reads an opening fence: up to three spaces, three or more markers, an info string.
  init?(opening line: Substring) {
    let bytes = Array(line.utf8)
    var index = 0
    while index < bytes.count, index < 3, bytes[index] == UInt8(ascii: " ") { index += 1 }
    guard index < bytes.count else { return nil }
    let marker = bytes[index]
    guard marker == UInt8(ascii: "`") || marker == UInt8(ascii: "~") else { return nil }
    var count = 0
    while index < bytes.count, bytes[index] == marker {
      count += 1
      index += 1
    }
    guard count >= 3 else { return nil }
    // Only ASCII bytes were skipped, so this index falls on a character boundary.
    let rest = line[line.utf8.index(line.utf8.startIndex, offsetBy: index)...]
    // A backtick fence's info string may not hold backticks (CommonMark 4.5): "```a`b" is inline code.
    if marker == UInt8(ascii: "`"), rest.utf8.contains(UInt8(ascii: "`")) { return nil }
    self.marker = marker
    self.count = count
    self.info = rest.trimmingSpaces()
  }

  /// True when `line` closes this fence: the same marker, at least as many, nothing but spaces after.
  func isClosed(by line: Substring) -> Bool {
    let bytes = Array(line.utf8)
    var index = 0
    while index < bytes.count, index < 3, bytes[index] == UInt8(ascii: " ") { index += 1 }
    var run = 0
    while index < bytes.count, bytes[index] == marker {
      run += 1
      index += 1
    }
    guard run >= count else { return false }
    return bytes[index...].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  /// The shortest backtick fence (at least three) that no line of `text` could close.
  static func backticks(safeFor text: String) -> String {
    var longest = 0
    for line in NotebookLine.lines(of: text) {
      let run = line.text.utf8.drop(while: { $0 == UInt8(ascii: " ") })
        .prefix(while: { $0 == UInt8(ascii: "`") }).count
      longest = max(longest, run)
    }
    return String(repeating: "`", count: max(3, longest + 1))
  }
}

extension Substring {
  /// The substring without leading and trailing spaces and tabs.
  func trimmingSpaces() -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
    let last = lastIndex(where: { !isSpace($0) })!
    return self[first...last]
  }
}
