import Foundation
import Ink

/// Renders a notebook as a standalone HTML handout: prose by Ink, cells and outputs as `<pre>`.
///
/// A handout is read on screens and paper where no one chose fonts, so the page names a Chinese
/// font stack (Noto/Source Han on Linux, PingFang on macOS, YaHei on Windows), and code and
/// output keep the terminal's columns: each run of wide characters is set exactly two Latin
/// columns wide, so aligned tables (`地区  增长率`), box tables (`│ 广东 │`) and bar charts
/// (`广东 ████ 5.0`) line up as they did in the terminal. Pipe tables in the prose
/// become `<table>`s; output blocks stay text in `<pre class="output">`, except an output that is
/// one SVG image (a chart), which is embedded as a figure.
public struct NotebookHTML: Sendable {
  /// The title when the notebook has no `# heading` and no `title:` metadata.
  public var fallbackTitle: String

  public init(fallbackTitle: String = "baogao notebook") {
    self.fallbackTitle = fallbackTitle
  }

  /// The whole page for `notebook`.
  public func render(_ notebook: Notebook) -> String {
    // Ink reads LF text; a CRLF notebook would leave `\r` in code and headings.
    let markdown = NotebookOutput.normalized(notebook.text)
    var parser = MarkdownParser()
    parser.addModifier(
      Modifier(target: .codeBlocks) { Self.codeBlock(html: $0.html, markdown: $0.markdown) })
    let parsed = parser.parse(markdown)
    let title = parsed.metadata["title"] ?? parsed.title ?? fallbackTitle
    return """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="baogao notebook html">
      <title>\(Self.escaped(title))</title>
      <style>
      \(NotebookHTML.styleSheet)</style>
      </head>
      <body>
      <main class="notebook">
      \(parsed.html)
      </main>
      </body>
      </html>

      """
  }

  /// Rewrites Ink's `<pre><code class="language-…">` for cells and outputs.
  static func codeBlock(html: String, markdown: Substring) -> String {
    let infoLine = markdown.prefix(while: { $0 != "\n" }).drop(while: { $0 == "`" || $0 == " " })
    let language = infoLine.split(separator: " ").first.map(String.init) ?? ""
    guard let escapedCode = codeContent(of: html) else { return html }
    if language == NotebookOutput.language, let svg = embeddedSVG(escapedCode) {
      return "<figure class=\"output chart\">\(svg)</figure>"
    }
    let code = markingWideRuns(escapedCode)
    switch language {
    case NotebookOutput.language:
      return "<pre class=\"output\"><code>\(code)</code></pre>"
    case NotebookCell.language:
      let skip = infoLine.contains(NotebookCell.skipCheckOption) ? " skip-check" : ""
      return "<pre class=\"cell\(skip)\"><code class=\"language-baogao\">\(code)</code></pre>"
    default:
      return html
    }
  }

  /// The escaped text inside `<pre><code …>…</code></pre>`.
  static func codeContent(of html: String) -> Substring? {
    guard let open = html.range(of: "<code"),
      let start = html[open.upperBound...].firstIndex(of: ">"),
      let close = html.range(of: "</code></pre>", options: .backwards)
    else { return nil }
    let from = html.index(after: start)
    guard from <= close.lowerBound else { return nil }
    return html[from..<close.lowerBound]
  }

  /// Wraps each run of two-column characters in `<span class="w">`, which the style sheet widens
  /// to exactly two Latin columns (`2ch`).
  ///
  /// Fonts disagree on CJK widths: a Latin monospace font's column is 0.6em while a CJK glyph is
  /// 1em, and CJK monospace fonts draw box rules (`─│┌`) two columns wide. Latin, rules and
  /// blocks (`█`) come from the Latin font and each `地区` is stretched to two of its columns,
  /// so a box table or bar chart lines up as `DisplayWidth` laid it out in the terminal.
  static func markingWideRuns(_ code: Substring) -> String {
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

  /// The SVG markup when an output is a single `<svg>…</svg>` image (Ink escaped its `<`).
  static func embeddedSVG(_ code: Substring) -> String? {
    let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.hasPrefix("&lt;svg"), trimmed.hasSuffix("&lt;/svg&gt;") else { return nil }
    return trimmed.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// `text` safe inside an element or attribute.
  static func escaped(_ text: String) -> String { Markup.escaped(text) }
}
