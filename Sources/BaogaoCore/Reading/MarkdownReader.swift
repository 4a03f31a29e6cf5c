internal import CCmarkGFM
import Foundation
import Yams

/// Reads a report kept as Markdown with a YAML front matter block (`title:`, `source:`), as the
/// lawtext collection keeps 1,917 of them:
///
/// ```
/// ---
/// source: https://www.nc.gov.cn/…
/// title: 2014年南昌市政府工作报告
/// ---
/// **——2014年1月9日在南昌市第十四届人民代表大会第四次会议上**
/// **一、2013年工作回顾**
/// ```
///
/// The block is parsed with Yams; its title and source become the document's hints. The body is
/// parsed by cmark-gfm and its tree written back as plain lines: emphasis markers, escapes
/// (`\*`), entities (`&middot;`), links and images go, list numbers and table rows stay, and a
/// `**一、…**` line becomes the plain `一、…` line the heading detector reads.
enum MarkdownReader {
  /// Is this text a Markdown file with front matter (whatever its extension)?
  static func hasFrontMatter(_ text: String) -> Bool {
    FrontMatter.split(text) != nil
  }

  static func document(_ text: String, name: String, diagnostics: [Diagnostic]) -> SourceDocument {
    var document = SourceDocument(doc: name, text: "", diagnostics: diagnostics)
    var body = text
    if let (yaml, rest) = FrontMatter.split(text) {
      body = rest
      let fields = FrontMatter.fields(yaml)
      document.hints.title = fields["title"]
      document.hints.source = fields["source"]
    }
    document.text = MarkdownText.plain(body)
    return document
  }
}

/// The `---` … `---` block at the top of a Markdown file.
enum FrontMatter {
  /// The YAML between the fences and the text after the closing fence.
  static func split(_ text: String) -> (yaml: String, body: String)? {
    var rest = Substring(text)
    if rest.hasPrefix("\u{FEFF}") { rest = rest.dropFirst() }
    guard rest.hasPrefix("---\n") else { return nil }
    rest = rest.dropFirst(4)
    var offset = rest.startIndex
    while offset < rest.endIndex {
      let lineEnd = rest[offset...].firstIndex(of: "\n") ?? rest.endIndex
      let line = rest[offset..<lineEnd]
      if line == "---" || line == "..." {
        let after = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
        return (String(rest[..<offset]), String(rest[after...]))
      }
      offset = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
    }
    return nil
  }

  /// Scalar fields of the block as strings (`year: 2014` → "2014").
  ///
  /// A block YAML cannot read (a title with `: ` in it) is read as `key: value` lines.
  static func fields(_ yaml: String) -> [String: String] {
    guard let mapping = (try? Yams.load(yaml: yaml)) as? [String: Any] else {
      var out: [String: String] = [:]
      for line in yaml.split(separator: "\n") {
        guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") else { continue }
        out[String(line[..<colon])] = line[line.index(after: colon)...]
          .trimmingCharacters(in: .whitespaces)
      }
      return out
    }
    var out: [String: String] = [:]
    for (key, value) in mapping {
      switch value {
      case let s as String: out[key] = s.trimmingCharacters(in: .whitespaces)
      case let i as Int: out[key] = String(i)
      case let d as Double: out[key] = String(d)
      default: continue
      }
    }
    return out
  }
}

/// cmark-gfm's extensions, registered once for the whole process.
///
/// `cmark_gfm_core_extensions_ensure_registered` appends to a global list behind an unlocked flag,
/// so two first calls at once (a lawtext load beside a notebook handout) corrupt the heap. Every
/// user of cmark-gfm (this reader, `notebook html`) takes the extension from here: a static is
/// initialised once, whatever the thread.
public enum CommonMarkExtensions {
  nonisolated(unsafe) public static let table: OpaquePointer? = {
    cmark_gfm_core_extensions_ensure_registered()
    return cmark_find_syntax_extension("table")
  }()
}

/// A Markdown body written out as plain text lines by walking cmark-gfm's tree.
enum MarkdownText {
  static var tableExtension: OpaquePointer? { CommonMarkExtensions.table }

  static func plain(_ markdown: String) -> String {
    let parser = cmark_parser_new(CMARK_OPT_DEFAULT)
    defer { cmark_parser_free(parser) }
    if let table = tableExtension {
      cmark_parser_attach_syntax_extension(parser, table)
    }
    markdown.utf8CString.withUnsafeBufferPointer { buffer in
      cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
    }
    guard let root = cmark_parser_finish(parser) else { return markdown }
    defer { cmark_node_free(root) }
    var writer = Writer()
    writer.block(root)
    return writer.lines.joined(separator: "\n")
  }

  /// Collects finished lines; inline text is gathered in `current` until its block ends.
  struct Writer {
    var lines: [String] = []
    var current = ""

    mutating func endLine() {
      let line = Self.withoutEmphasisRuns(current)
      if !line.allSatisfy(\.isWhitespace) { lines.append(line) }
      current = ""
    }

    mutating func block(_ node: OpaquePointer) {
      let type = cmark_node_get_type(node)
      switch type {
      case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
        inlines(of: node)
        endLine()
      case CMARK_NODE_CODE_BLOCK:
        for line in literal(node).split(separator: "\n") { lines.append(String(line)) }
      case CMARK_NODE_HTML_BLOCK:
        for line in HTMLReader.text(fromHTML: literal(node)).split(separator: "\n") {
          lines.append(String(line))
        }
      case CMARK_NODE_THEMATIC_BREAK:
        break
      case CMARK_NODE_LIST:
        let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
        var number = Int(cmark_node_get_list_start(node))
        var item = cmark_node_first_child(node)
        while let i = item {
          // The number is the text's own (`1. 全年…`); a bullet is layout and goes.
          if ordered { current = "\(number)." }
          children(of: i)
          if !current.isEmpty { endLine() }
          number += 1
          item = cmark_node_next(i)
        }
      default:
        let name = String(cString: cmark_node_get_type_string(node))
        if name == "table_row" || name == "table_header" {
          var cell = cmark_node_first_child(node)
          var cells: [String] = []
          while let c = cell {
            inlines(of: c)
            cells.append(current.trimmingCharacters(in: .whitespaces))
            current = ""
            cell = cmark_node_next(c)
          }
          current = cells.joined(separator: " ")
          endLine()
        } else {
          children(of: node)  // document, block quote, item, table
        }
      }
    }

    mutating func children(of node: OpaquePointer) {
      var child = cmark_node_first_child(node)
      while let c = child {
        block(c)
        child = cmark_node_next(c)
      }
    }

    mutating func inlines(of node: OpaquePointer) {
      var child = cmark_node_first_child(node)
      while let c = child {
        switch cmark_node_get_type(c) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
          current += literal(c)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
          endLine()
        case CMARK_NODE_HTML_INLINE:
          // `<br>` ends a line; other inline tags (`<sup>`, `<span>`) are markup only.
          let tag = literal(c).lowercased()
          if tag.hasPrefix("<br") || tag.hasPrefix("</p") || tag.hasPrefix("<p") { endLine() }
        case CMARK_NODE_IMAGE:
          break
        default:
          inlines(of: c)  // emphasis, strong, link, strikethrough: their text only
        }
        child = cmark_node_next(c)
      }
    }

    func literal(_ node: OpaquePointer) -> String {
      cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// `**` left as text: CommonMark's flanking rules do not let `**` close after Chinese
    /// punctuation when a character follows (`**一是质量效益稳步提升。**主要经济指标…`), so the
    /// markers reach the text. Runs of two or more `*` are never a report's own text; a single
    /// `*` is (a masked character: `“千*计划”`), and stays.
    static func withoutEmphasisRuns(_ line: String) -> String {
      // Two `*` bytes in a row or no run to drop (a byte search: Foundation's `contains` here
      // cost more than reading the whole file).
      guard line.containsBytes("**") else { return line }
      var out = ""
      var run = 0
      for c in line {
        if c == "*" {
          run += 1
          continue
        }
        if run == 1 { out.append("*") }
        run = 0
        out.append(c)
      }
      if run == 1 { out.append("*") }
      return out
    }
  }
}
