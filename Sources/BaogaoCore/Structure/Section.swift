/// What a part of a report is about, from its heading: the review of last year, the targets, …
///
/// Extraction reads it to tell results (`review`) from goals (`targets`, `tasks`).
public enum SectionKind: String, Sendable, Codable, CaseIterable {
  /// 工作回顾, 过去五年, 一年来: results already achieved.
  case review
  /// 主要预期目标, 总体要求, 工作目标: next year's (or the plan period's) goals.
  case targets
  /// 工作安排, 重点工作, 主要任务: what the government will do.
  case tasks
  /// 政府自身建设: how the government will govern itself.
  case government
  /// 注释, 用语说明, 名词解释: the glossary at the end.
  case notes
  case other
}

/// A headed part of a report, with its place in the outline and its span in the cleaned text.
public struct Section: Sendable, Hashable {
  public var reportID: String
  /// 0-based position among the report's sections, in text order.
  public var index: Int
  public var heading: String
  /// 1 for the top level (`一、` or an unmarked `2023年工作回顾`), 2 below it, …
  public var depth: Int
  /// `index` of the enclosing section, if any.
  public var parentIndex: Int?
  public var kind: SectionKind
  /// Unicode-scalar offset where the heading starts.
  public var start: Int
  /// Unicode-scalar offset just past the section's last character (its children included).
  public var end: Int
  /// Offset just past the heading itself (the body starts here).
  public var headingEnd: Int

  public init(
    reportID: String, index: Int, heading: String, depth: Int, parentIndex: Int?, kind: SectionKind,
    start: Int, end: Int, headingEnd: Int? = nil
  ) {
    self.reportID = reportID
    self.index = index
    self.heading = heading
    self.depth = depth
    self.parentIndex = parentIndex
    self.kind = kind
    self.start = start
    self.end = end
    self.headingEnd = headingEnd ?? start
  }
}
