import BaogaoCore

/// A Markdown notebook: prose, and ```` ```baogao ```` cells each followed by the ```` ```output ```` they showed.
///
/// Parsing keeps every byte, so `Notebook(parsing: text).text == text` for any text; only an output
/// block that `setOutput` changes is written anew (in the file's own line break, LF or CRLF). An
/// ```` ```output ```` block that does not directly follow a cell is prose: it is kept, never compared.
public struct Notebook: Sendable, Equatable {
  /// A run of prose (any Markdown, including other fenced blocks), or a cell with its output.
  public enum Block: Sendable, Equatable {
    case prose(String)
    case cell(NotebookCell)
  }

  /// The notebook in file order; their raw texts joined give back the file.
  public private(set) var blocks: [Block]
  /// The line break most lines use, used for output blocks written into the notebook.
  public let lineEnding: LineEnding
  /// Problems met while parsing (an unclosed cell, an unknown cell option), with their lines.
  public private(set) var diagnostics: [Diagnostic]

  /// Parses `text`; `file` is only used to place diagnostics.
  public init(parsing text: String, file: String? = nil) {
    lineEnding = LineEnding.dominant(in: text)
    var parser = NotebookParser(lines: NotebookLine.lines(of: text), file: file)
    parser.parse()
    blocks = parser.blocks
    diagnostics = parser.diagnostics
  }

  /// The cells in file order.
  public var cells: [NotebookCell] {
    blocks.compactMap { if case .cell(let cell) = $0 { cell } else { nil } }
  }

  /// The notebook as a file: every byte as parsed, except output blocks written since.
  public var text: String {
    var result = ""
    for block in blocks {
      switch block {
      case .prose(let prose): result += prose
      case .cell(let cell):
        result += cell.raw
        if let output = cell.output { result += cell.gap + output.raw }
      }
    }
    return result
  }

  /// How many line breaks the cell at `index` (in `cells`) takes with its output block.
  ///
  /// `run` uses it to tell each cell the line it will have once earlier output blocks are written.
  func lineBreakCount(ofCellAt index: Int) -> Int {
    let cell = cells[index]
    let text = cell.raw + (cell.output.map { cell.gap + $0.raw } ?? "")
    return text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }

  /// Stores `text` as the output of the cell at `index` (in `cells`); returns whether the file changes.
  ///
  /// Equal output leaves the block's bytes alone. A cell without a block gets one directly after
  /// it, unless its output is empty (a `let` or `load` that prints nothing needs no block). Line
  /// numbers of later blocks are those parsed; parse `text` again for the new ones.
  @discardableResult
  public mutating func setOutput(_ text: String, forCellAt index: Int) -> Bool {
    let normalized = NotebookOutput.normalized(text)
    var seen = 0
    for position in blocks.indices {
      guard case .cell(var cell) = blocks[position] else { continue }
      defer { seen += 1 }
      guard seen == index else { continue }
      if let output = cell.output {
        guard output.text != normalized else { return false }
        cell.output = NotebookOutput(
          writing: normalized, lineEnding: lineEnding, endsWithBreak: output.raw.endsWithLineFeed)
      } else {
        guard !normalized.isEmpty else { return false }
        // A cell on the file's last line without a break gets one, and the block then ends without.
        let cellEndsWithBreak = cell.raw.endsWithLineFeed
        cell.gap = cellEndsWithBreak ? "" : lineEnding.rawValue
        cell.output = NotebookOutput(
          writing: normalized, lineEnding: lineEnding, endsWithBreak: cellEndsWithBreak)
      }
      blocks[position] = .cell(cell)
      return true
    }
    preconditionFailure("cell index \(index) out of range 0..<\(seen)")
  }
}

extension String {
  /// True when the last byte is `\n`; `hasSuffix("\n")` is false for `\r\n`, one `Character` in Swift.
  var endsWithLineFeed: Bool { utf8.last == UInt8(ascii: "\n") }
}
