import Foundation
import ZIPFoundation

/// Reads the text of a Word `.docx`: the runs of `word/document.xml`, one line per paragraph.
///
/// Paragraphs (`<w:p>`) stay paragraphs; runs (`<w:t>`) inside one paragraph are joined without a
/// space (Chinese text is split into runs wherever the formatting changes: `2025年` `广西` `政府工作报告`);
/// `<w:tab/>` becomes a space and `<w:br/>` a line break.
enum DocxReader {
  static func isDocx(_ data: Data) -> Bool {
    guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
      return false
    }
    return archive["word/document.xml"] != nil
  }

  static func read(
    data: Data, name: String, limits: ArchiveLimits = ArchiveLimits(),
    diagnostics: inout [Diagnostic]
  ) -> SourceDocument? {
    guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil),
      let entry = archive["word/document.xml"]
    else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "unreadable_file",
          message: "not a valid .docx (no word/document.xml)", file: name))
      return nil
    }
    let xml: Data
    do {
      // The CRC is checked: a damaged file is an error, not garbage text.
      xml = try limits.extract(entry, from: archive)
    } catch let error as ArchiveLimits.Exceeded {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "archive_limit", message: "word/document.xml \(error)",
          file: name))
      return nil
    } catch {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "unreadable_file", message: "damaged .docx: \(error)", file: name)
      )
      return nil
    }
    return SourceDocument(doc: name, text: paragraphs(fromDocumentXML: xml))
  }

  /// The paragraphs of a WordprocessingML body, joined by "\n", scanning UTF-8 bytes.
  static func paragraphs(fromDocumentXML xml: Data) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(xml.count / 4)
    xml.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let b = raw.bindMemory(to: UInt8.self)
      var i = 0
      var inText = false
      var paragraphHasText = false
      let n = b.count
      while i < n {
        let c = b[i]
        if c == UInt8(ascii: "<") {
          var j = i + 1
          while j < n && b[j] != UInt8(ascii: ">") { j += 1 }
          let tag = UnsafeBufferPointer(rebasing: b[(i + 1)..<min(j, n)])
          if XMLTag.matches(tag, "w:t") {
            inText = !(tag.last == UInt8(ascii: "/"))
          } else if XMLTag.matches(tag, "/w:t") {
            inText = false
          } else if XMLTag.matches(tag, "/w:p") {
            if paragraphHasText { out.append(10) }
            paragraphHasText = false
          } else if XMLTag.matches(tag, "w:tab") {
            out.append(32)
          } else if XMLTag.matches(tag, "w:br") || XMLTag.matches(tag, "w:cr") {
            out.append(10)
          }
          i = j + 1
          continue
        }
        if inText {
          paragraphHasText = true
          if c == UInt8(ascii: "&") {
            i = XMLEntities.decode(b, at: i, into: &out)
            continue
          }
          out.append(c)
        }
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

/// Tag-name matching on raw bytes: `w:t` matches `<w:t>` and `<w:t xml:space="preserve">` but not `<w:tbl>`.
enum XMLTag {
  static func matches(_ tag: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
    let count = name.utf8CodeUnitCount
    guard tag.count >= count else { return false }
    let p = name.utf8Start
    for k in 0..<count where tag[k] != p[k] { return false }
    if tag.count == count { return true }
    let next = tag[count]
    return next == 32 || next == UInt8(ascii: "/") || next == 9 || next == 10 || next == 13
  }
}

/// XML/HTML character references: `&amp;`, `&lt;`, `&#12288;`, `&#x3000;`, `&nbsp;` …
enum XMLEntities {
  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "ensp": "\u{2002}",
    "emsp": "\u{2003}", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—",
    "hellip": "…", "middot": "·", "times": "×", "bull": "•", "copy": "©", "reg": "®",
  ]

  /// Decodes the reference starting at `b[i] == '&'`, appends its UTF-8 and returns the index after it.
  static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int, into out: inout [UInt8]) -> Int {
    var j = i + 1
    while j < b.count && j - i < 12 && b[j] != UInt8(ascii: ";") && b[j] != UInt8(ascii: "&")
      && b[j] != 60
    { j += 1 }
    guard j < b.count && b[j] == UInt8(ascii: ";") else {
      out.append(b[i])
      return i + 1
    }
    let body = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<j]), as: UTF8.self)
    var scalar: Unicode.Scalar?
    if body.hasPrefix("#x") || body.hasPrefix("#X") {
      scalar = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
    } else if body.hasPrefix("#") {
      scalar = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
    } else if let s = named[body] {
      out.append(contentsOf: s.utf8)
      return j + 1
    }
    guard let scalar else {
      out.append(b[i])
      return i + 1
    }
    out.append(contentsOf: String(Character(scalar)).utf8)
    return j + 1
  }
}
