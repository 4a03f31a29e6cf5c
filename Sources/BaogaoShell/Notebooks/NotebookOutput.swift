/// The fenced ```` ```output ```` block after a cell: what the cell showed when the notebook was last run.
public struct NotebookOutput: Sendable, Equatable {
  /// The info-string word that marks an output block.
  public static let language = "output"

  /// 1-based line of the opening fence, as parsed (0 for a block not yet written to a file).
  public let line: Int
  /// The block's lines as `normalized` reads them, each ended by `\n`; empty for an empty block.
  public let text: String
  /// The block's bytes, fence to fence, as in the file.
  let raw: String

  /// 1-based line of the first line of text (the line after the fence).
  public var textLine: Int { line + 1 }

  /// Writes `text` (already normalised) as a block, with a fence no line of the text can close.
  init(writing text: String, lineEnding: LineEnding, endsWithBreak: Bool) {
    let fence = NotebookFence.backticks(safeFor: text)
    let body = text.isEmpty ? "" : text.replacingLineFeeds(with: lineEnding)
    self.line = 0
    self.text = text
    self.raw =
      fence + NotebookOutput.language + lineEnding.rawValue + body + fence
      + (endsWithBreak ? lineEnding.rawValue : "")
  }

  init(line: Int, text: String, raw: String) {
    self.line = line
    self.text = text
    self.raw = raw
  }

  /// Output as `check` compares and `run` stores it: what a person sees, not the bytes that show it.
  ///
  /// CRLF and lone CR read as LF (a session printing `┌──┐\r\n` on one machine and `┌──┐\n` on
  /// another shows the same thing); spaces and tabs at line ends are dropped (an aligned table pads
  /// its last column, and editors strip trailing spaces on save); ANSI colour codes (`\u{1B}[31m`)
  /// are dropped; a final `\n` is added to non-empty text.
  public static func normalized(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var pendingSpaces = ""
    var previousCR = false
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      if scalar == "\u{1B}" {
        skipEscapeSequence(&scalars)
        continue
      }
      if scalar == "\n", previousCR {
        previousCR = false
        continue
      }
      previousCR = scalar == "\r"
      switch scalar {
      case "\r", "\n":
        pendingSpaces = ""
        result.unicodeScalars.append("\n")
      case " ", "\t":
        pendingSpaces.unicodeScalars.append(scalar)
      default:
        result += pendingSpaces
        pendingSpaces = ""
        result.unicodeScalars.append(scalar)
      }
    }
    if !result.isEmpty, result.unicodeScalars.last != "\n" { result.unicodeScalars.append("\n") }
    return result
  }

  /// Skips the rest of an escape sequence after ESC: `[` parameters and a final letter (CSI), or one character.
  private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let next = scalars.next(), next == "[" else { return }
    while let scalar = scalars.next() {
      if (0x40...0x7E).contains(scalar.value) { return }
    }
  }
}

extension String {
  /// The string with each `\n` written as `lineEnding`.
  func replacingLineFeeds(with lineEnding: LineEnding) -> String {
    guard lineEnding == .crlf else { return self }
    var result = ""
    for scalar in unicodeScalars {
      if scalar == "\n" { result.unicodeScalars.append("\r") }
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
