/// Arranges headings into sections: depth from how each is numbered, parent, span and kind.
///
/// Depth follows the order numbering styles first appear in (as outline readers do): after
/// `一、` a `（一）` is one level down, a later `二、` closes both. An unnumbered heading line
/// (`2024年工作安排`) is always top level: reports use them for their main parts.
enum Outline {
  static func sections(
    from headings: [Heading], reportID: String, reportYear: Int?, textLength: Int
  ) -> [Section] {
    var sections: [Section] = []
    var stack: [(marker: Heading.Marker, index: Int)] = []
    for h in headings {
      // `——抗击非典取得重大胜利` items are a list, never the parent of a numbered heading.
      if h.marker != .dash {
        while stack.last?.marker == .dash { stack.removeLast() }
      }
      if h.marker == .plain {
        stack.removeAll()
      } else if let at = stack.lastIndex(where: { $0.marker == h.marker }) {
        stack.removeSubrange(at...)
      }
      let parent = stack.last?.index
      let index = sections.count
      let parentKind = parent.map { sections[$0].kind }
      let kind =
        SectionClassifier.kind(of: h.text, reportYear: reportYear, parent: parentKind)
        ?? parentKind ?? .other
      sections.append(
        Section(
          reportID: reportID, index: index, heading: h.text, depth: stack.count + 1,
          parentIndex: parent, kind: kind, start: h.start, end: textLength,
          headingEnd: h.bodyStart ?? h.end))
      stack.append((h.marker, index))
    }
    // A section ends where the next heading at its depth or above begins.
    for i in sections.indices {
      if let next = sections[(i + 1)...].first(where: { $0.depth <= sections[i].depth }) {
        sections[i].end = next.start
      }
    }
    return sections
  }
}
