import BaogaoCore

/// `search REGEX`: the sentences that match, one row per sentence, with the report, the section
/// and the matches marked «…» in `context` (the marks are in the text itself so that every
/// output mode, CSV included, shows them).
public struct SearchSource: ParameterizedSource {
  public init() {}

  public var name: String { "search" }
  public var summary: String { "sentences matching a regular expression, with the match marked" }
  public var usage: String {
    "search REGEX   (quote it when it holds | or spaces: search \"绿色|低碳\")"
  }

  public static let schema = Schema(
    [Column("report_id", .string)] + ReportContext.columns + [
      Column("section", .string, help: "kind of the section"), Column("heading", .string),
      Column("sentence_id", .string), Column("matches", .int),
      Column("match", .string, help: "the first match"),
      Column("context", .string, help: "the sentence with every match marked «…»"),
    ])

  public func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source
  {
    guard arguments.count == 1 else {
      throw QueryError(
        "search takes one pattern; usage: \(usage)", at: arguments.dropFirst().first?.range ?? 0..<0
      )
    }
    let pattern: String
    switch arguments[0].kind {
    case .string(let s), .identifier(let s): pattern = s
    case .number(let d, _): pattern = Value.format(d)
    default: throw QueryError("search takes a pattern; usage: \(usage)", at: arguments[0].range)
    }
    let search = try TextSearch(pattern: pattern, at: arguments[0].range)
    return ComputedSource(name: "search", schema: Self.schema, summary: summary) { context in
      var rows: [[Value]] = []
      func add(_ sentence: Sentence, of report: Report, kind: String?, heading: String?) throws {
        let found = try search.matches(in: sentence.text)
        guard let first = found.first else { return }
        rows.append(
          [.string(report.id)] + ReportContext.values(report) + [
            Value(kind), Value(heading), .string(sentence.id), .int(found.count),
            .string(first.text), .string(Self.marked(sentence.text, found)),
          ])
      }
      // A store's index gives the sentences that may hold a literal; no other text is read.
      // Reports it does not cover, regexes and short literals are scanned.
      let indexed = search.literal.flatMap { context.sentenceIndex?.sentences(containing: $0) }
      for report in context.corpus.reports {
        try Cancellation.check()
        if let indexed, indexed.covered.contains(report.id) {
          for candidate in indexed.sentences[report.id] ?? [] {
            try add(
              candidate.sentence, of: report, kind: candidate.sectionKind,
              heading: candidate.heading)
          }
          continue
        }
        let structure = context.analysis.structure(of: report)
        for sentence in structure.sentences {
          let section = sentence.sectionIndex.map { structure.sections[$0] }
          try add(
            sentence, of: report, kind: section?.kind.rawValue, heading: section?.heading)
        }
      }
      return Table(schema: Self.schema, rows: rows)
    }
  }

  /// The text with each match (offsets in Unicode scalars) between « and ». Copies runs of
  /// UTF-8 between the marks rather than appending scalar by scalar.
  static func marked(_ text: String, _ matches: [TextSearch.Match]) -> String {
    let scalars = text.unicodeScalars
    var out = ""
    out.reserveCapacity(text.utf8.count + 6 * matches.count)
    var index = scalars.startIndex
    var at = 0
    for m in matches where m.start >= at && m.end > m.start {
      let start = scalars.index(index, offsetBy: m.start - at)
      let end = scalars.index(start, offsetBy: m.end - m.start)
      out += Substring(scalars[index..<start])
      out += "«"
      out += Substring(scalars[start..<end])
      out += "»"
      index = end
      at = m.end
    }
    out += Substring(scalars[index...])
    return out
  }

}
