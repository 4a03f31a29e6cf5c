/// Turns a report's cleaned text into its outline, sentences and glossary.
///
/// The text is read as blocks (lines, or space-separated runs of a one-line report), headings
/// are found in them, arranged into sections, and the sentences cut around them.
public enum StructureParser {
  public static func structure(of report: Report) -> ReportStructure {
    let text = Array(report.text.unicodeScalars)
    let blocks = TextBlocks.blocks(of: text)
    let headings = HeadingDetector.headings(in: text, blocks: blocks)
    let sections = Outline.sections(
      from: headings, reportID: report.id, reportYear: report.year, textLength: text.count)
    var cuts = Set(headings.map(\.start))
    // A heading run straight into its text (`三、2021年工作安排2021年是…`) ends a sentence too.
    for h in headings where h.end < text.count {
      if h.marker == .plain
        || !HeadingDetector.sentencePunctuation.contains(text[h.end])
          && !TextBlocks.isSpace(text[h.end])
      {
        cuts.insert(h.end)
      }
    }
    let ranges = SentenceSplitter.sentences(in: text, blocks: blocks, cuts: cuts)
    var sentences: [Sentence] = []
    sentences.reserveCapacity(ranges.count)
    var sectionCursor = -1
    for (n, r) in ranges.enumerated() {
      // Sections are in text order, so the innermost one holding a sentence moves forward only.
      while sectionCursor + 1 < sections.count, sections[sectionCursor + 1].start <= r.lowerBound {
        sectionCursor += 1
      }
      var owner: Int? = sectionCursor >= 0 ? sectionCursor : nil
      while let o = owner, sections[o].end <= r.lowerBound { owner = sections[o].parentIndex }
      sentences.append(
        Sentence(
          id: "\(report.id).s\(n + 1)", reportID: report.id, index: n + 1, sectionIndex: owner,
          start: r.lowerBound, end: r.upperBound, text: HeadingDetector.string(text[r])))
    }
    // The same bytes are the same text; only texts that differ need `==` (canonical equivalence).
    let reportOriginal = report.original
    let unchanged =
      reportOriginal.utf8.elementsEqual(report.text.utf8) || reportOriginal == report.text
    let original = unchanged ? nil : Array(reportOriginal.unicodeScalars)
    let terms = GlossaryReader.terms(
      in: text, sections: sections, reportID: report.id, original: original)
    return ReportStructure(sections: sections, sentences: sentences, terms: terms)
  }
}
