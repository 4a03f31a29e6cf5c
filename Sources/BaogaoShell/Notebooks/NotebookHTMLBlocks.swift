import Foundation

extension NotebookHTML {
  /// A fenced block of the notebook as the handout shows it: a cell, an output, or other code.
  struct CodeBlock {
    /// The info string (`baogao skip-check`).
    var info: String
    /// The block's text, each line ended by `\n`.
    var code: String

    /// The first word of the info string (`baogao`, `output`).
    var language: String { info.split(separator: " ").first.map(String.init) ?? "" }

    /// Lines of text, for deciding whether a cell and its output fit on one printed page.
    var lineCount: Int { code.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } }

    /// Terminal columns of the widest line (`地区` counts two), for shrinking wide output in print.
    var columns: Int {
      code.split(separator: "\n").map { DisplayWidth.width(of: String($0), ambiguousWide: false) }
        .max() ?? 0
    }

    /// The cell as `<pre class="cell">`; `skip-check` and `expect-error` cells are marked.
    var cellHTML: String {
      let marks = [NotebookCell.skipCheckOption, NotebookCell.expectErrorOption]
        .filter { info.split(separator: " ").contains(Substring($0)) }
      let classes = (["cell"] + marks).joined(separator: " ")
      return "<pre class=\"\(classes)\"><code class=\"language-baogao\">"
        + NotebookHTML.markingWideRuns(NotebookHTML.escapedText(code)) + "</code></pre>"
    }

    /// The output as `<pre class="output">`, or a chart figure when it is one SVG image.
    ///
    /// An output wider than a printed A4 line (76 columns at 14px) is marked `wide` and carries
    /// its width (`--cols: 118`), which the print style sheet turns into a smaller font that fits.
    var outputHTML: String {
      if let svg = NotebookHTML.embeddedSVG(code) {
        return "<figure class=\"output chart\">\(svg)</figure>"
      }
      let width = columns
      let wide =
        width > NotebookHTML.printColumns ? " wide\" style=\"--cols: \(width)" : ""
      return "<pre class=\"output\(wide)\"><code>"
        + NotebookHTML.markingWideRuns(NotebookHTML.escapedText(code)) + "</code></pre>"
    }
  }

  /// Columns of the code font (14px) that fit across an A4 page inside its margins.
  static let printColumns = 76

  /// Lines a cell and its output may take together and still be kept on one page in print; a
  /// longer group may break (after its first lines), so that it never leaves a page half empty.
  static let keptTogetherLines = 24

  /// A cell and its output as one `<section class="cell-group">`, kept on one page when short.
  static func group(cell: CodeBlock, output: CodeBlock?) -> String {
    let lines = cell.lineCount + (output?.lineCount ?? 0)
    let keep = lines <= keptTogetherLines ? " keep" : ""
    return "<section class=\"cell-group\(keep)\">\n" + cell.cellHTML + "\n"
      + (output.map { $0.outputHTML + "\n" } ?? "") + "</section>\n"
  }

  /// Code text safe inside `<pre>`: `&`, `<` and `>` escaped, quotes kept as typed.
  static func escapedText(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      default: out.append(character)
      }
    }
    return out
  }

  /// Wraps each run of two-column characters in `<span class="w">`, which the style sheet widens
  /// to exactly two Latin columns (`2ch`).
  ///
  /// Fonts disagree on CJK widths: a Latin monospace font's column is 0.6em while a CJK glyph is
  /// 1em, and CJK monospace fonts draw box rules (`─│┌`) two columns wide. Latin, rules and
  /// blocks (`█`) come from the Latin font and each `地区` is stretched to two of its columns,
  /// so a box table or bar chart lines up as `DisplayWidth` laid it out in the terminal.
  static func markingWideRuns(_ code: String) -> String {
    var result = ""
    var inWide = false
    for character in code {
      let isWide = DisplayWidth.width(of: character, ambiguousWide: false) == 2
      if isWide != inWide {
        result += isWide ? "<span class=\"w\">" : "</span>"
        inWide = isWide
      }
      result.append(character)
    }
    if inWide { result += "</span>" }
    return result
  }

  /// The SVG markup when an output is a single `<svg>…</svg>` image.
  static func embeddedSVG(_ code: String) -> String? {
    let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.hasPrefix("<svg"), trimmed.hasSuffix("</svg>") else { return nil }
    return trimmed
  }
}
