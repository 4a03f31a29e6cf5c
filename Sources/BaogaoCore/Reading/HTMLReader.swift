/// Reads the visible text of an HTML page: no scripts, styles, navigation, headers or footers.
///
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
    "select",
    "head", "template", "aside",
  ]
  /// Elements that start or end a line.
  static let blocks: Set<String> = [
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    "blockquote", "pre", "ul", "ol", "dd", "dt", "hr", "title", "center", "td", "th",
  ]

  static func text(fromHTML html: String) -> String {
    var out: [UInt8] = []
    let bytes = Array(html.utf8)
    out.reserveCapacity(bytes.count / 2)
    var skipDepth = 0
    var skipName = ""
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      let n = b.count
      while i < n {
        let c = b[i]
        if c == 60 {  // <
          if i + 3 < n && b[i + 1] == 33 && b[i + 2] == 45 && b[i + 3] == 45 {  // <!--
            var j = i + 4
            while j + 2 < n && !(b[j] == 45 && b[j + 1] == 45 && b[j + 2] == 62) { j += 1 }
            i = j + 3
            continue
          }
          var j = i + 1
          while j < n && b[j] != 62 { j += 1 }
          let (name, closing) = tagName(b, from: i + 1, to: j)
          i = j + 1
          if skipDepth > 0 {
            if name == skipName { skipDepth += closing ? -1 : 1 }
            continue
          }
          if skipped.contains(name) && !closing && !(j > 0 && b[j - 1] == 47) {
            skipDepth = 1
            skipName = name
            continue
          }
          if blocks.contains(name) && out.last != 10 { out.append(10) }
          continue
        }
        if skipDepth > 0 {
          i += 1
          continue
        }
        if c == 38 {  // &
          i = XMLEntities.decode(b, at: i, into: &out)
          continue
        }
        out.append(c)
        i += 1
      }
    }
    // HTML source line breaks are not paragraph breaks: collapse them, keep the block breaks.
    let text = String(decoding: out, as: UTF8.self)
    return text.split(separator: "\n", omittingEmptySubsequences: true)
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty }
      .joined(separator: "\n")
  }

  /// Lower-cased ASCII tag name and whether it is a closing tag.
  private static func tagName(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (
    String, Bool
  ) {
    var k = start
    var closing = false
    if k < end && b[k] == 47 {
      closing = true
      k += 1
    }
    var name: [UInt8] = []
    while k < end {
      let ch = b[k]
      let isAlnum = (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57)
      if !isAlnum { break }
      name.append(ch >= 65 && ch <= 90 ? ch + 32 : ch)
      k += 1
    }
    return (String(decoding: name, as: UTF8.self), closing)
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
