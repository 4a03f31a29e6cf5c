/// Removes a table of contents printed before the report's title.
///
/// `一、坚持构建现代化产业体系` … `九、坚持加强政府自身建设` / `2024年XX县政府工作报告` / `各位代表:`:
/// short heading lines before a title line that names a 政府工作报告 and is followed by the
/// address 各位代表 are not part of the report's text.
struct TableOfContentsRule: CleaningRule {
  let kind = "table_of_contents_removed"
  let noun = "table-of-contents line"

  func apply(_ text: inout String) -> [Int] {
    // Only the first lines matter: split the head, keep the rest as one piece.
    var lines = Substring(text).utf8.split(
      separator: 10, maxSplits: 41, omittingEmptySubsequences: false
    ).map {
      Substring($0)
    }
    guard lines.count > 3 else { return [] }
    let limit = min(lines.count - 1, 40)
    guard
      let titleIndex = lines[..<limit].firstIndex(where: {
        // Length first: a flattened report is one huge line, and `contains` folds clusters.
        $0.utf8.count <= 240 && $0.scalarCount <= 60 && $0.contains("政府工作报告")
      }), titleIndex >= 3
    else { return [] }
    let before = lines[..<titleIndex]
    // Every line before the title is a short numbered heading.
    let headings = before.filter { !$0.isEmpty }
    guard headings.count >= 3,
      headings.allSatisfy({ $0.scalarCount <= 40 && Self.isNumberedHeading($0) })
    else { return [] }
    var positions: [Int] = []
    var offset = 0
    for line in before {
      if !line.isEmpty { positions.append(offset) }
      offset += line.scalarCount + 1
    }
    lines.removeFirst(titleIndex)
    text = lines.joinedLines()
    return positions
  }

  static let numerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)

  /// `一、…`, `（三）…`, `3.…`, `第二部分…`.
  static func isNumberedHeading(_ line: Substring) -> Bool {
    let s = Array(line.unicodeScalars.prefix(4))
    guard let first = s.first else { return false }
    if numerals.contains(first) || first == "第" || first == "（" || first == "(" { return true }
    return first.properties.numericType != nil
  }
}
