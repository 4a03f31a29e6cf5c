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
    return BoundSearch(
      search: try TextSearch(pattern: pattern, at: arguments[0].range), summary: summary)
  }

  /// `search PATTERN` with its pattern, as a source.
  struct BoundSearch: FilteringSource {
    let search: TextSearch
    let summary: String
    var name: String { "search" }
    var schema: Schema { SearchSource.schema }

    /// The columns that need the report's metadata (`ReportContext`'s).
    static let placeColumns: Set<String> = Set(ReportContext.columns.map(\.name))

    /// The columns a store's index gives for a literal without reading a sentence: which
    /// sentence it is, its report's, the match (the literal itself) and, joined, its section.
    static let keyColumns: Set<String> =
      Set(
        ["report_id", "sentence_id", "match", "section", "heading"]
          + ReportContext.columns.map(\.name))

    func table(in context: SourceContext, request: SourceRequest) throws -> Table {
      if let table = try fromKeys(in: context, request: request) { return table }
      var rows: [[Value]] = []
      // A store's index gives the sentences that may hold a literal; no other text is read.
      // Reports it does not cover, regexes and short literals are scanned.
      let indexed = search.literal.flatMap { context.sentenceIndex?.sentences(containing: $0) }
      for report in context.corpus.reports {
        try Cancellation.check()
        if let indexed, indexed.covered.contains(report.id) {
          for candidate in indexed.sentences[report.id] ?? [] {
            try add(
              candidate.sentence, of: report, kind: candidate.sectionKind,
              heading: candidate.heading, to: &rows)
          }
          continue
        }
        try scan(report, in: context, to: &rows)
      }
      return Table(schema: schema, rows: rows)
    }

    /// `search "高质量发展" | count` on a store: the sentences the index finds, as rows of what
    /// the stages read (`matches` and `context` need the text and are not read, so left null);
    /// nil when the stages need the text or the index cannot say exactly.
    private func fromKeys(in context: SourceContext, request: SourceRequest) throws -> Table? {
      guard let literal = search.literal, let index = context.sentenceIndex,
        let needed = request.columns, needed.isSubset(of: Self.keyColumns)
      else { return nil }
      let sections = needed.contains("section") || needed.contains("heading")
      let withID = needed.contains("sentence_id")
      // Stages that read nothing of the report but its id (`count`): the rows come from the
      // reports' ids, and the reports are not read (from a store just opened, they would be);
      // without the sentence's id or section, the index only counts.
      let ids = context.reportIDs
      let bare = needed.isDisjoint(with: Self.placeColumns)
      if bare, !withID, !sections {
        guard let found = index.sentenceCounts(holding: literal) else { return nil }
        if ids.allSatisfy(found.covered.contains) {
          let row =
            [Value](repeating: .null, count: 1 + ReportContext.columns.count)
            + [.null, .null, .null, .null, .string(literal), .null]
          var rows: [[Value]] = []
          for id in ids {
            try Cancellation.check()
            guard let count = found.counts[id] else { continue }
            var first = row
            first[0] = .string(id)
            rows.append(contentsOf: repeatElement(first, count: count))
          }
          return Table(schema: schema, rows: rows)
        }
      }
      guard let found = index.sentenceKeys(holding: literal, sections: sections) else {
        return nil
      }
      if bare, ids.allSatisfy(found.covered.contains) {
        let empty = [Value](repeating: .null, count: ReportContext.columns.count)
        var rows: [[Value]] = []
        for id in ids {
          try Cancellation.check()
          let keys = found.sentences[id] ?? []
          guard !keys.isEmpty else { continue }
          Self.append(
            keys, of: id, place: [.string(id)] + empty, literal: literal, withID: withID,
            sections: sections, to: &rows)
        }
        return Table(schema: schema, rows: rows)
      }
      var rows: [[Value]] = []
      for report in context.corpus.reports {
        try Cancellation.check()
        guard found.covered.contains(report.id) else {
          try scan(report, in: context, to: &rows)
          continue
        }
        Self.append(
          found.sentences[report.id] ?? [], of: report.id,
          place: [.string(report.id)] + ReportContext.values(report), literal: literal,
          withID: withID, sections: sections, to: &rows)
      }
      return Table(schema: schema, rows: rows)
    }

    /// The rows of a report's sentences the index found: its place's columns, then each
    /// sentence's section and id as the stages need them.
    private static func append(
      _ keys: [SentenceKey], of id: String, place: [Value], literal: String, withID: Bool,
      sections: Bool, to rows: inout [[Value]]
    ) {
      if !withID, !sections {
        // Every row of the report is the same: one array, shared.
        let row = place + [.null, .null, .null, .null, .string(literal), .null]
        rows.append(contentsOf: repeatElement(row, count: keys.count))
        return
      }
      for key in keys {
        rows.append(
          place + [
            Value(key.sectionKind), Value(key.heading),
            withID ? .string(key.id(in: id)) : .null, .null, .string(literal), .null,
          ])
      }
    }

    /// Every sentence of the report, matched.
    private func scan(_ report: Report, in context: SourceContext, to rows: inout [[Value]])
      throws
    {
      let structure = context.analysis.structure(of: report)
      for sentence in structure.sentences {
        let section = sentence.sectionIndex.map { structure.sections[$0] }
        try add(
          sentence, of: report, kind: section?.kind.rawValue, heading: section?.heading,
          to: &rows)
      }
    }

    private func add(
      _ sentence: Sentence, of report: Report, kind: String?, heading: String?,
      to rows: inout [[Value]]
    ) throws {
      let found = try search.matches(in: sentence.text)
      guard let first = found.first else { return }
      rows.append(
        [.string(report.id)] + ReportContext.values(report) + [
          Value(kind), Value(heading), .string(sentence.id), .int(found.count),
          .string(first.text), .string(SearchSource.marked(sentence.text, found)),
        ])
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
