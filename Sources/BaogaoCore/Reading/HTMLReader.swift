import CLibXML2
import Foundation

/// Reads the visible text of an HTML page through libxml2's HTML parser: no scripts, styles,
/// navigation, headers or footers.
///
/// The parser decodes every named and numeric entity (`&laquo;`, `&zwnj;`, `&#12288;`), keeps
/// attribute values out of the text (`<div data-x="a>b">`) and recovers from broken markup.
/// Block elements (`<p>`, `<div>`, `<br>`, `<li>`, `<h1>` …) end a line so paragraphs stay
/// paragraphs; inline elements are dropped without a space, as Chinese text needs.
enum HTMLReader {
  static func looksLikeHTML(_ text: String) -> Bool {
    let head = text.utf8.prefix(1024)
    let s = String(decoding: head, as: UTF8.self).lowercased()
    return s.contains("<!doctype html") || s.contains("<html")
  }

  /// Elements whose whole content is dropped.
  static let skipped: Set<String> = [
    "script", "style", "nav", "header", "footer", "noscript", "iframe", "svg", "form", "button",
    "select", "head", "template", "aside", "object", "canvas",
  ]
  /// Elements that start or end a line.
  static let blocks: Set<String> = [
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "blockquote", "pre", "ul", "ol", "dd", "dt", "hr", "title", "center", "td", "th", "main",
    "figure", "figcaption", "details", "summary", "dl", "address", "caption",
  ]

  /// libxml2 must be initialised once before threads parse (it sets up its globals).
  static let initialised: Bool = {
    xmlInitParser()
    return true
  }()

  static func text(fromHTML html: String) -> String {
    _ = initialised
    // `<U+00A0>` written out by a scraper would parse as an element and vanish: decode it first.
    let source = CodePointNotation.decoded(html)
    let options = Int32(
      HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue)
    let document = source.utf8CString.withUnsafeBufferPointer { buffer in
      htmlReadMemory(buffer.baseAddress, Int32(buffer.count - 1), nil, "UTF-8", options)
    }
    guard let document else { return "" }
    defer { xmlFreeDoc(document) }
    var out = ""
    var node = document.pointee.children
    while let n = node {
      append(n, to: &out)
      node = n.pointee.next
    }
    return out.split(separator: "\n", omittingEmptySubsequences: true)
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
      .joined(separator: "\n")
  }

  /// Appends a node's visible text; source whitespace runs become one space.
  private static func append(_ node: xmlNodePtr, to out: inout String) {
    switch node.pointee.type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
      guard let content = node.pointee.content else { return }
      appendCollapsed(String(cString: content), to: &out)
    case XML_ELEMENT_NODE:
      let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
      if skipped.contains(name) { return }
      let block = blocks.contains(name)
      if block && !out.isEmpty && out.last != "\n" { out.append("\n") }
      var child = node.pointee.children
      while let c = child {
        append(c, to: &out)
        child = c.pointee.next
      }
      if block && !out.isEmpty && out.last != "\n" { out.append("\n") }
    default:
      return  // comments, processing instructions, the doctype
    }
  }

  /// HTML source line breaks and indentation are layout, not text: a run of them is one space.
  private static func appendCollapsed(_ text: String, to out: inout String) {
    var pendingSpace = false
    for s in text.unicodeScalars {
      if s == " " || s == "\n" || s == "\t" || s == "\r" {
        pendingSpace = true
        continue
      }
      if pendingSpace, let last = out.unicodeScalars.last, last != "\n" { out.append(" ") }
      pendingSpace = false
      out.unicodeScalars.append(s)
    }
    if pendingSpace, let last = out.unicodeScalars.last, last != "\n", last != " " {
      out.append(" ")
    }
  }
}

/// Characters written out as their code point by some scrapers and exports: `<U+00A0>`, `<U+3000>`.
enum CodePointNotation {
  static func decoded(_ text: String) -> String {
    guard text.containsBytes("<U+") else { return text }
    var out = ""
    var rest = Substring(text)
    while let r = rest.range(of: "<U+") {
      out += rest[..<r.lowerBound]
      let after = rest[r.upperBound...]
      let hex = after.prefix(while: \.isHexDigit)
      if (4...6).contains(hex.count), after.dropFirst(hex.count).first == ">",
        let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value)
      {
        out.unicodeScalars.append(scalar)
        rest = after.dropFirst(hex.count + 1)
      } else {
        out += "<U+"
        rest = after
      }
    }
    return out + rest
  }
}

extension Substring {
  /// Without leading and trailing spaces, tabs, ideographic and no-break spaces.
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isLayoutSpace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.isLayoutSpace })!
    return String(scalars[first...last])
  }
}

extension Unicode.Scalar {
  /// Spaces that only lay text out: ASCII space and tab, no-break, ideographic and other Unicode spaces.
  var isLayoutSpace: Bool {
    switch value {
    case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF: true
    default: false
    }
  }
}
