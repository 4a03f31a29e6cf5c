import BaogaoCore

/// Cuts a notebook's lines into prose, cells and their output blocks, keeping every byte.
struct NotebookParser {
  let lines: [NotebookLine]
  let file: String?
  private(set) var blocks: [Notebook.Block] = []
  private(set) var diagnostics: [Diagnostic] = []
  private var prose = ""

  init(lines: [NotebookLine], file: String?) {
    self.lines = lines
    self.file = file
  }

  mutating func parse() {
    var index = 0
    while index < lines.count {
      guard let fence = NotebookFence(opening: lines[index].text) else {
        prose += lines[index].raw
        index += 1
        continue
      }
      let close = closingLine(of: fence, after: index)
      guard fence.language == NotebookCell.language else {
        // Any other fenced block is prose, read whole so that a cell inside it is not a cell.
        prose += raw(index...(close ?? lines.count - 1))
        index = (close ?? lines.count - 1) + 1
        continue
      }
      guard let close else {
        warn(
          "unclosed_cell", "cell has no closing fence; it is left as prose and not run", line: index
        )
        prose += raw(index...)
        break
      }
      index = readCell(fence: fence, from: index, to: close)
    }
    flushProse()
  }

  /// Reads the cell in `start...close` and the output block after it; returns the next line.
  private mutating func readCell(fence: NotebookFence, from start: Int, to close: Int) -> Int {
    let options = fence.options
    for option in options where !NotebookCell.knownOptions.contains(String(option)) {
      let known = NotebookCell.knownOptions.joined(separator: ", ")
      warn("unknown_cell_option", "unknown cell option '\(option)' (known: \(known))", line: start)
    }
    var next = close + 1
    var output: NotebookOutput?
    var gap = ""
    var probe = next
    while probe < lines.count, lines[probe].isBlank { probe += 1 }
    if probe < lines.count, let outputFence = NotebookFence(opening: lines[probe].text),
      outputFence.language == NotebookOutput.language
    {
      if let outputClose = closingLine(of: outputFence, after: probe) {
        gap = raw(next..<probe)
        let text = NotebookOutput.normalized(
          lines[(probe + 1)..<outputClose].map { $0.text + "\n" }.joined())
        output = NotebookOutput(line: probe + 1, text: text, raw: raw(probe...outputClose))
        next = outputClose + 1
      } else {
        warn(
          "unclosed_output", "output block has no closing fence; it is left as prose", line: probe)
      }
    }
    let source = lines[(start + 1)..<close].map { String($0.text) }.joined(separator: "\n")
    flushProse()
    blocks.append(
      .cell(
        NotebookCell(
          line: start + 1, closingLine: close + 1, info: String(fence.info), source: source,
          skipsCheck: options.contains(Substring(NotebookCell.skipCheckOption)),
          expectsError: options.contains(Substring(NotebookCell.expectErrorOption)), output: output,
          raw: raw(start...close), gap: gap)))
    return next
  }

  private func closingLine(of fence: NotebookFence, after start: Int) -> Int? {
    var index = start + 1
    while index < lines.count {
      if fence.isClosed(by: lines[index].text) { return index }
      index += 1
    }
    return nil
  }

  private func raw(_ range: some RangeExpression<Int>) -> String {
    lines[range].map { String($0.raw) }.joined()
  }

  private mutating func flushProse() {
    if !prose.isEmpty { blocks.append(.prose(prose)) }
    prose = ""
  }

  private mutating func warn(_ kind: String, _ message: String, line index: Int) {
    diagnostics.append(
      Diagnostic(severity: .warning, kind: kind, message: message, file: file, line: index + 1))
  }
}
