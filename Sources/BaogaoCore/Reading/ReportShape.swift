/// Does a text have the shape of a work report at all?
///
/// A report names itself (a title line, or a title in its file's metadata), names its meeting
/// (人民代表大会) or addresses it (各位代表, 我代表…人民政府). A collection's README, an index page or
/// a licence has Chinese text but none of these, and is not loaded as a report.
enum ReportShape {
  static let meetingWords = ["各位代表", "人民代表大会", "人民代表大會", "我代表"]
  static let titleWords = ["工作报告", "工作報告"]
  /// Title lines are looked for among the first lines only: a README may list titles further on.
  static let titleSearchLines = 40

  static func isReport(_ text: String, title: String?) -> Bool {
    if let title, titleWords.contains(where: { title.containsBytes($0) }) { return true }
    if meetingWords.contains(where: { text.containsBytes($0) }) { return true }
    return text.lines().prefix(titleSearchLines).contains { ReportTitle($0) != nil }
  }
}
