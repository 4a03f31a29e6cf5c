/// The outline, sentences and glossary of one report.
public struct ReportStructure: Sendable {
  public var sections: [Section]
  public var sentences: [Sentence]
  public var terms: [GlossaryTerm]

  public init(sections: [Section] = [], sentences: [Sentence] = [], terms: [GlossaryTerm] = []) {
    self.sections = sections
    self.sentences = sentences
    self.terms = terms
  }

  /// The innermost section containing `offset`.
  public func section(at offset: Int) -> Section? {
    var best: Section?
    for s in sections where s.start <= offset && offset < s.end {
      if best == nil || s.depth >= best!.depth { best = s }
    }
    return best
  }

  /// Sentences of the sections of one kind (`.review`, `.targets` …).
  public func sentences(in kind: SectionKind) -> [Sentence] {
    sentences.filter { s in s.sectionIndex.map { sections[$0].kind == kind } ?? false }
  }
}
