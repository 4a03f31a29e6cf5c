/// Tells what a section is about from its heading words: `2023年工作回顾` → review,
/// `2024年工作目标和任务` → targets, `全面加强政府自身建设` → government, `有关用语说明` → notes.
enum SectionClassifier {
  static let notesWords = [
    "注释", "用语说明", "名词解释", "用语注释", "名词说明", "词语解释", "释义", "术语解释", "名词注释",
  ]
  static let governmentWords = ["政府自身建设", "自身建设"]
  static let reviewWords = [
    "回顾", "过去一年", "过去五年", "一年来", "五年来", "工作总结", "主要成就", "取得的成绩", "基本总结", "发展成就",
  ]
  static let targetWords = [
    "预期目标", "主要目标", "总体要求", "指导思想", "目标任务", "工作目标", "发展目标", "奋斗目标", "总体思路", "目标要求",
  ]
  static let taskWords = [
    "工作安排", "重点工作", "主要任务", "工作任务", "工作部署", "今年工作", "明年工作", "下一步", "工作建议",
    "工作思路", "重点任务",
  ]

  ///
  /// What only frames the words does not count toward the length: the report's name in 《》, a
  /// lead-in (`附：`, `附件2`, `资料：`, `2.`) and a bracketed remark:
  /// `资料：《政府工作报告》名词解释（按报告中出现顺序排列）`, `附：《政府工作报告》部分词语解释`.
  static func isNotesHeading(_ heading: String) -> Bool {
    guard notesWords.contains(where: { heading.containsBytes($0) }) else { return false }
    let core = heading.replacing(framing, with: "")
    return core.count <= 12
  }

  nonisolated(unsafe) static let framing =
    /《[^》]{0,20}》|^(附件?\s*[0-9一二三四五六七八九十]*|资料|[0-9]{1,2})\s*[:：.、]?\s*|[（(][^）)]{0,20}[）)]$/

  /// The kind a heading names, or nil when it names none (the section then takes its parent's).
  ///
  /// A year decides between review and tasks when the words do not: `2020年工作` in a 2021
  /// report looks back, `2021年工作` looks forward.
  static func kind(of heading: String, reportYear: Int?, parent: SectionKind?) -> SectionKind? {
    if notesWords.contains(where: { heading.containsBytes($0) }) { return .notes }
    // The report's title (`2021年榕城区政府工作报告`) names no part of it.
    if heading.containsBytes("工作报告") { return nil }
    if governmentWords.contains(where: { heading.containsBytes($0) }) {
      // A review's `（六）聚焦学习锤炼,自身建设持续推进` reports on last year's work.
      return parent == .review && !heading.containsBytes("政府自身建设") ? nil : .government
    }
    let year = leadingYear(in: heading)
    if reviewWords.contains(where: { heading.containsBytes($0) }) { return .review }
    // `2020年主要工作` looks back, `2021年工作目标` forward.
    if let year, let reportYear, year < reportYear, heading.containsBytes("工作") { return .review }
    let nested = parent != nil && parent != .other
    // `一、奋力稳增长进一步巩固在省内的位置，发展目标较好实现`: goals said to be met look back.
    if targetWords.contains(where: { goalMet($0, in: heading) }) { return .review }
    if targetWords.contains(where: { heading.containsBytes($0) }) {
      // A sub-heading of the review that praises goals met (`全面完成目标任务`) stays review.
      if nested && parent == .review && year == nil { return nil }
      return .targets
    }
    if taskWords.contains(where: { heading.containsBytes($0) }) {
      if nested && parent == .review && year == nil { return nil }
      return .tasks
    }
    if let year, let reportYear, ["工作", "计划", "打算", "任务"].contains(where: { heading.containsBytes($0) })
    {
      return year < reportYear ? .review : .tasks
    }
    // `三、对今年政府工作的建议`.
    if heading.containsBytes("今年") || heading.containsBytes("明年") { return .tasks }
    return nil
  }

  /// Words that say a goal was met when they follow it (`目标较好实现`, `目标任务全面完成`).
  static let metWords = ["实现", "完成", "达成"]

  /// Does `goal` stand in `heading` with a word saying it was met within a few characters after
  /// it (`发展目标较好实现`)? Before it the words commit to it instead (`确保实现发展目标`).
  static func goalMet(_ goal: String, in heading: String) -> Bool {
    // The byte search first: most headings lack the word, and `firstRange(of:)` walks
    // grapheme clusters.
    guard heading.containsBytes(goal), let r = heading.firstRange(of: goal) else { return false }
    let after = heading[r.upperBound...].prefix(4)
    return metWords.contains { after.contains($0) }
  }

  /// `2023` in `一、2023年工作回顾`.
  static func leadingYear(in heading: String) -> Int? {
    var digits = ""
    for c in heading.unicodeScalars {
      if let d = ChineseNumber.digitValue(c) {
        digits.append(String(d))
        if digits.count == 4 { break }
      } else if !digits.isEmpty {
        digits = ""
      }
    }
    guard digits.count == 4, let y = Int(digits), (1949...2100).contains(y) else { return nil }
    return y
  }
}
