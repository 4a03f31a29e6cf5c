/// A term a report explains in its notes (`①“1310”具体部署：…`), linked to where it is used.
public struct GlossaryTerm: Sendable, Hashable {
  public var reportID: String
  public var term: String
  /// The explanation; empty when the report marks a term (`①`) but its notes are missing.
  public var definition: String
  /// The footnote marker (`①`, `1`), when the report numbers its notes.
  public var marker: String?
  /// Unicode-scalar offsets in the body where the term or its marker is used.
  public var usedAt: [Int]

  public init(reportID: String, term: String, definition: String, marker: String?, usedAt: [Int]) {
    self.reportID = reportID
    self.term = term
    self.definition = definition
    self.marker = marker
    self.usedAt = usedAt
  }
}
