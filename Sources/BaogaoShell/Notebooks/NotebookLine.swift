/// One line of a notebook file: its text without the line break, and the exact bytes with it.
///
/// Lines are cut at `\n` bytes, not `Character`s: Swift reads `\r\n` as one character, and a
/// notebook saved on Windows (`# 政府工作报告\r\n`) must round-trip byte for byte.
struct NotebookLine: Sendable, Equatable {
  /// The line's text without `\n` or `\r\n`.
  var text: Substring
  /// The line exactly as in the file, with its line break if it has one.
  var raw: Substring

  /// Cuts `text` into lines; a final line without a break is kept, an empty tail is not.
  static func lines(of text: String) -> [NotebookLine] {
    var lines: [NotebookLine] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == UInt8(ascii: "\n") {
        let next = utf8.index(after: index)
        var end = index
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") {
          end = utf8.index(before: end)
        }
        lines.append(NotebookLine(text: text[start..<end], raw: text[start..<next]))
        start = next
      }
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex {
      lines.append(NotebookLine(text: text[start...], raw: text[start...]))
    }
    return lines
  }

  /// True for a line of spaces and tabs only.
  var isBlank: Bool {
    text.utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  /// True when the raw line ends with a line break.
  var hasBreak: Bool { raw.utf8.last == UInt8(ascii: "\n") }
}

/// The line break a notebook uses, so that output blocks written into it use the same.
public enum LineEnding: String, Sendable, Equatable {
  case lf = "\n"
  case crlf = "\r\n"

  /// The break most lines of `text` end with (LF when there are none).
  static func dominant(in text: String) -> LineEnding {
    var lf = 0
    var crlf = 0
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\n") {
        if previous == UInt8(ascii: "\r") { crlf += 1 } else { lf += 1 }
      }
      previous = byte
    }
    return crlf > lf ? .crlf : .lf
  }
}
