/// One sentence of a report, with where it sits: the unit every fact points back to.
public struct Sentence: Sendable, Hashable {
  /// `r3.s17`: report id, then the 1-based sentence number.
  public var id: String
  public var reportID: String
  /// 1-based position in the report.
  public var index: Int
  /// `index` of the innermost section holding the sentence.
  public var sectionIndex: Int?
  /// Unicode-scalar offsets into `report.text`, end exclusive.
  public var start: Int
  public var end: Int
  public var text: String

  public init(
    id: String, reportID: String, index: Int, sectionIndex: Int?, start: Int, end: Int, text: String
  ) {
    self.id = id
    self.reportID = reportID
    self.index = index
    self.sectionIndex = sectionIndex
    self.start = start
    self.end = end
    self.text = text
  }
}
