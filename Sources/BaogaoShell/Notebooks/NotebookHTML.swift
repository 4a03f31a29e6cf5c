import BaogaoCore
import CCmarkGFM
import Foundation

/// Renders a notebook as a standalone HTML handout: prose by cmark-gfm, cells and outputs as `<pre>`.
///
/// A handout is read on screens and paper where no one chose fonts, so the page names a Chinese
/// font stack (Noto/Source Han on Linux, PingFang on macOS, YaHei on Windows), and code and
/// output keep the terminal's columns: each run of wide characters is set exactly two Latin
/// columns wide, so aligned tables (`地区  增长率`), box tables (`│ 广东 │`) and bar charts
/// (`广东 ████ 5.0`) line up as they did in the terminal. Prose is CommonMark with GitHub's pipe
/// tables, parsed by cmark-gfm (the reference implementation, Debian's `libcmark-gfm`); each cell
/// and its output block become one `<section class="cell-group">` that print keeps on one page,
/// and an output that is one SVG image (a chart) is embedded as a figure.
public struct NotebookHTML: Sendable {
  /// The title when the notebook has no `# heading` and no `title:` metadata.
  public var fallbackTitle: String

  public init(fallbackTitle: String = "baogao notebook") {
    self.fallbackTitle = fallbackTitle
  }

  /// The whole page for `notebook`.
  public func render(_ notebook: Notebook) -> String {
    // cmark reads LF text; a CRLF notebook would leave `\r` in code and headings.
    let (metadata, markdown) = Self.frontMatter(of: NotebookOutput.normalized(notebook.text))
    let document = MarkdownDocument(markdown)
    let title = metadata["title"] ?? document.firstHeading ?? fallbackTitle
    document.replaceCodeBlocks()
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
      \(document.html)</main>
      </body>
      </html>

      """
  }

  /// The `key: value` lines of a leading `---` block (`title: 报告 & 笔记`), and the Markdown after it.
  static func frontMatter(of markdown: String) -> (metadata: [String: String], body: String) {
    guard markdown.hasPrefix("---\n") else { return ([:], markdown) }
    let rest = markdown.dropFirst(4)
    guard let close = rest.range(of: "\n---\n") else { return ([:], markdown) }
    var metadata: [String: String] = [:]
    for line in rest[..<close.lowerBound].split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingCharacters(in: .whitespaces)
      metadata[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return (metadata, String(rest[close.upperBound...]))
  }

  /// `text` safe inside an element or attribute.
  static func escaped(_ text: String) -> String { Markup.escaped(text) }
}

/// A Markdown text parsed by cmark-gfm with the table extension; freed when dropped.
final class MarkdownDocument {
  /// The table extension, registered once for the process with the reader's (not thread-safe
  /// to register twice at once).
  static var tableExtension: OpaquePointer? { CommonMarkExtensions.table }

  /// Raw HTML in the prose passes through (the handout's author wrote it), as do the blocks
  /// that `replaceCodeBlocks` writes.
  static let options = CMARK_OPT_UNSAFE

  let root: OpaquePointer

  init(_ markdown: String) {
    let parser = cmark_parser_new(Self.options)
    defer { cmark_parser_free(parser) }
    if let table = Self.tableExtension { cmark_parser_attach_syntax_extension(parser, table) }
    markdown.utf8CString.withUnsafeBufferPointer { buffer in
      cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
    }
    root = cmark_parser_finish(parser)
  }

  deinit { cmark_node_free(root) }

  /// The text of the first level-1 heading (`# 2024年政府工作报告`), inline markup dropped.
  var firstHeading: String? {
    var child = cmark_node_first_child(root)
    while let node = child {
      if cmark_node_get_type(node) == CMARK_NODE_HEADING, cmark_node_get_heading_level(node) == 1 {
        return Self.plainText(of: node)
      }
      child = cmark_node_next(node)
    }
    return nil
  }

  /// The page body: cmark's HTML, with the table extension's renderer for pipe tables.
  var html: String {
    var list: UnsafeMutablePointer<cmark_llist>? = nil
    if let table = Self.tableExtension {
      list = cmark_llist_append(cmark_get_default_mem_allocator(), nil, UnsafeMutableRawPointer(table))
    }
    defer { if list != nil { cmark_llist_free(cmark_get_default_mem_allocator(), list) } }
    guard let rendered = cmark_render_html(root, Self.options, list) else { return "" }
    defer { free(rendered) }
    return String(cString: rendered)
  }

  /// Replaces each top-level ```` ```baogao ```` cell (with the ```` ```output ```` block right after
  /// it) and each lone output block by the HTML `NotebookHTML.CodeBlock` writes for it.
  func replaceCodeBlocks() {
    var child = cmark_node_first_child(root)
    while let node = child {
      child = cmark_node_next(node)
      guard let block = Self.codeBlock(node) else { continue }
      var output: NotebookHTML.CodeBlock?
      if block.language == NotebookCell.language, let next = child,
        let following = Self.codeBlock(next), following.language == NotebookOutput.language
      {
        output = following
        child = cmark_node_next(next)
        cmark_node_free(next)  // unlinks it too
      }
      let html: String
      switch block.language {
      case NotebookCell.language: html = NotebookHTML.group(cell: block, output: output)
      case NotebookOutput.language: html = block.outputHTML
      default: continue  // other code blocks: cmark's own `<pre><code class="language-…">`
      }
      let replacement = cmark_node_new(CMARK_NODE_HTML_BLOCK)
      cmark_node_set_literal(replacement, html)
      cmark_node_replace(node, replacement)
      cmark_node_free(node)
    }
  }

  /// The fenced code block at `node`, if it is one.
  static func codeBlock(_ node: OpaquePointer) -> NotebookHTML.CodeBlock? {
    guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK else { return nil }
    let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    let code = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    return NotebookHTML.CodeBlock(info: info, code: code)
  }

  /// The text of a node's inlines, without their markup.
  static func plainText(of node: OpaquePointer) -> String {
    var text = ""
    var child = cmark_node_first_child(node)
    while let inline = child {
      switch cmark_node_get_type(inline) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        text += cmark_node_get_literal(inline).map { String(cString: $0) } ?? ""
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
      default: text += plainText(of: inline)
      }
      child = cmark_node_next(inline)
    }
    return text
  }
}
