/// One statement cut out of a larger text (a script, a `-c` argument, an interactive entry).
public struct StatementText: Sendable, Equatable {
  public var text: String
  /// Scalar offset of `text` in the whole source.
  public var offset: Int

  public init(text: String, offset: Int) {
    self.text = text
    self.offset = offset
  }
}

/// Splits source text into statements at newlines and `;`.
///
/// A line that ends with `|` or `\` continues on the next (`reports |⏎ where year > 2020`);
/// `;`, newlines and `#` inside double-quoted strings are text; `#` starts a comment to the end
/// of the line.
public enum StatementSplitter {
  public static func split(_ source: String) -> [StatementText] {
    let scalars = Array(source.unicodeScalars)
    var out: [StatementText] = []
    var current = String.UnicodeScalarView()
    var start = 0
    var inString = false
    var inComment = false
    var i = 0

    func flush(at end: Int) {
      let text = String(current)
      let trimmedLeading = text.unicodeScalars.prefix { $0.properties.isWhitespace }.count
      let body = text.trimmingWhitespace()
      if !body.isEmpty { out.append(StatementText(text: body, offset: start + trimmedLeading)) }
      current = String.UnicodeScalarView()
      start = end
    }

    while i < scalars.count {
      let c = scalars[i]
      if inComment {
        if c == "\n" { inComment = false } else { i += 1; continue }
      }
      if inString, c == "\n" || c == "\r" {
        // A string cannot span lines: the statement ends here and the lexer reports it.
        inString = false
      } else if inString {
        current.append(c)
        if c == "\\", i + 1 < scalars.count {
          current.append(scalars[i + 1])
          i += 2
          continue
        }
        if c == "\"" { inString = false }
        i += 1
        continue
      }
      switch c {
      case "\"":
        inString = true
        current.append(c)
      case "#" where current.last.map({ $0.properties.isWhitespace }) ?? true:
        inComment = true
        current.append(" ")
      case ";":
        flush(at: i + 1)
      case "\n", "\r":
        let trimmed = String(current).trimmingWhitespace()
        if trimmed.hasSuffix("\\") {
          // Line continuation: drop the backslash, keep the offsets aligned with a space.
          if let last = current.lastIndex(of: "\\") {
            current.replaceSubrange(last...last, with: [" "])
          }
          current.append(" ")
        } else if trimmed.hasSuffix("|") {
          current.append(" ")
        } else {
          flush(at: i + 1)
        }
      default:
        current.append(c)
      }
      i += 1
    }
    flush(at: scalars.count)
    return out
  }

  /// Whether an interactive buffer is a complete statement, or continues (`...>` prompt):
  /// a last line ending with `|` or `\`, or an unterminated string.
  /// Whether a `"` is open at the end of an interactive buffer (`where title == "open`): the
  /// shell's continuation prompt says so.
  public static func hasOpenQuote(_ buffer: String) -> Bool {
    var inString = false
    var escaped = false
    for c in buffer.unicodeScalars {
      if escaped { escaped = false; continue }
      if inString, c == "\\" { escaped = true; continue }
      if c == "\"" { inString.toggle() }
    }
    return inString
  }

  public static func needsContinuation(_ buffer: String) -> Bool {
    if hasOpenQuote(buffer) { return true }
    let lastLine = buffer.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let code = String(lastLine).strippingComment().trimmingWhitespace()
    return code.hasSuffix("|") || code.hasSuffix("\\")
  }
}

extension String {
  public func trimmingWhitespace() -> String {
    let s = unicodeScalars
    guard let first = s.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = s.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(s[first...last])
  }

  /// The line without a trailing `# comment` (a `#` outside quotes, after whitespace or at start).
  func strippingComment() -> String {
    var inString = false
    var previous: Unicode.Scalar = " "
    var out = String.UnicodeScalarView()
    for c in unicodeScalars {
      if c == "\"" { inString.toggle() }
      if !inString, c == "#", previous.properties.isWhitespace { break }
      out.append(c)
      previous = c
    }
    return String(out)
  }
}
