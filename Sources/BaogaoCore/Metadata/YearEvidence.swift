import Foundation

/// Weighs the clues to a report's own year and picks the best supported one.
///
/// Clues, strongest first: a table's year column; the meeting date (`2021年2月1日在…会议上`); the year
/// under review plus one (`2023年工作回顾`, `现将2018年工作总结报告如下`, `刚刚过去的1984年`) and the year planned for
/// (`2024年工作安排`); the title's year; dating phrases from `year-anchors.tsv`
/// (`以优异成绩迎接党的二十大胜利召开` → 2022). When the title or the table disagrees with the
/// winner, the caller records a warning: the docx-scrape seed's title says 2021, its content 2022.
struct YearEvidence {
  struct Clue {
    var year: Int
    var weight: Int
    var source: String
  }

  var clues: [Clue] = []

  static let reviewPatterns: [NSRegularExpression] = [
    "(\\d{4})年(?:及|和)?(?:“十[一二三四五]五”(?:时期)?)?(?:主要)?工作回顾",
    "(\\d{4})年(?:国内|政府)?工作的?回顾",
    "(?:过去一年|去年|一年来)工作回顾\\s*(\\d{4})年",
    "回顾(\\d{4})年",
    "刚刚?过去的(\\d{4})年",
    "现将(\\d{4})年(?:的)?工作(?:总结|情况)?报告如下",
  ].map { try! NSRegularExpression(pattern: $0) }
  /// A heading that may open the review or the plan: `2020年主要工作`. The review comes first, so
  /// in the text's first third it is the year under review, later the year planned
  /// (石家庄 2016: 过去五年工作回顾 … 2016年主要工作).
  static let eitherHeading = try! NSRegularExpression(pattern: "(\\d{4})年主要工作(?!安排|任务|目标)")
  /// A new government's review of its five years: `2008年以来的五年` is told in 2013.
  static let fiveYearsSince = try! NSRegularExpression(pattern: "(\\d{4})年以来的五年")
  /// A five-year plan laid before the congress as a draft (or reported on) is heard in the plan's first year:
  /// `关于…第九个五年计划…的报告` (1996), `“十三五”规划纲要（草案）` (2016). The first two plans began
  /// in 1953 and 1958; after the adjustment years 1963–65 the third began in 1966, the Nth in 1951 + 5N.
  static let fiveYearPlanDraft = try! NSRegularExpression(
    pattern:
      "(?:第([一二三四五六七八九十]+)个五年(?:计划|规划)|“十([一二三四五])五”(?:规划|计划))[^。\\n]{0,30}?(?:草案|的报告)")
  /// Last year's NPC session, named to measure the time since: `从去年９月第五届全国人民代表大会第三次会议到现在`
  /// is said a year after that session (1981).
  static let lastYearsSession = try! NSRegularExpression(
    pattern: "去年(?:\\d{1,2}月)?(?:召开的|举行的)?(第[一二三四五六七八九十]+届全国人民代表大会第[一二三四五六七八九十]+次会议)")
  static let planPatterns: [NSRegularExpression] = [
    "(\\d{4})年(?:的)?(?:工作安排|工作目标和任务|主要预期目标|目标任务和重点工作|工作计划|计划|重点工作)"
  ].map { try! NSRegularExpression(pattern: $0) }
  /// The year a report looks ahead to: `2024年是实现“十四五”规划目标任务的关键一年`. A review may
  /// say the same of the past year (`2023年是全面贯彻党的二十大精神的开局之年`), so the last such
  /// sentence counts (the plan follows the review), and only weakly.
  static let yearAhead = try! NSRegularExpression(
    pattern: "(\\d{4})年(?:，)?是[^。\\n]{0,60}?(?:开局之年|关键之年|关键一年|收官之年|决胜之年|攻坚之年|起步之年|起跑之年)")
  static let anchors: [(phrase: String, year: Int)] = loadAnchors()

  mutating func add(_ year: Int?, weight: Int, source: String) {
    guard let year, year >= 1949, year <= 2100 else { return }
    clues.append(Clue(year: year, weight: weight, source: source))
  }

  /// Review and plan years from section headings near the report's start and middle.
  mutating func addContent(_ text: String) {
    let ns = text as NSString
    let range = NSRange(location: 0, length: ns.length)
    for (patterns, offset, label) in [
      (Self.reviewPatterns, 1, "year under review"), (Self.planPatterns, 0, "year planned"),
    ] {
      for p in patterns {
        if let m = p.firstMatch(in: text, range: range),
          let y = Int(ns.substring(with: m.range(at: 1)))
        {
          add(y + offset, weight: 3, source: "\(label) (\(ns.substring(with: m.range)))")
          break
        }
      }
    }
    if !clues.contains(where: { $0.source.hasPrefix("year under review") }),
      let m = Self.eitherHeading.firstMatch(in: text, range: range),
      let y = Int(ns.substring(with: m.range(at: 1)))
    {
      let inReview = m.range.location < ns.length / 3
      add(
        inReview ? y + 1 : y, weight: 3,
        source:
          "\(inReview ? "year under review" : "year planned") (\(ns.substring(with: m.range)))")
    }
    if let m = Self.lastYearsSession.firstMatch(in: text, range: range),
      let y = NationalSessions.year(of: ns.substring(with: m.range(at: 1)))
    {
      add(y + 1, weight: 5, source: "last year's session (\(ns.substring(with: m.range)))")
    }
    if let m = Self.fiveYearsSince.firstMatch(in: text, range: range),
      let y = Int(ns.substring(with: m.range(at: 1)))
    {
      add(y + 5, weight: 3, source: "five years reviewed (\(ns.substring(with: m.range)))")
    }
    if let m = Self.fiveYearPlanDraft.firstMatch(in: text, range: range) {
      let ordinal =
        m.range(at: 1).location != NSNotFound
        ? ChineseNumeralDate.small(ns.substring(with: m.range(at: 1)))
        : ChineseNumeralDate.small(ns.substring(with: m.range(at: 2))).map { $0 + 10 }
      if let n = ordinal {
        add(
          n <= 2 ? 1948 + 5 * n : 1951 + 5 * n, weight: 2,
          source: "the plan's draft (\(ns.substring(with: m.range)))")
      }
    }
    if let m = Self.yearAhead.matches(in: text, range: range).last,
      let y = Int(ns.substring(with: m.range(at: 1)))
    {
      add(y, weight: 1, source: "the year ahead (\(ns.substring(with: m.range)))")
    }
    for anchor in Self.anchors where text.containsBytes(anchor.phrase) {
      add(anchor.year, weight: 2, source: "“\(anchor.phrase)”")
    }
  }

  /// The year with the largest total weight (ties: the clue seen first).
  var best: Clue? {
    var totals: [Int: Int] = [:]
    for c in clues { totals[c.year, default: 0] += c.weight }
    guard let top = totals.values.max() else { return nil }
    return clues.first { totals[$0.year] == top }
  }

  static func loadAnchors() -> [(phrase: String, year: Int)] {
    guard let url = Bundle.module.url(forResource: "year-anchors", withExtension: "tsv"),
      let table = try? String(contentsOf: url, encoding: .utf8)
    else { return [] }
    return table.split(separator: "\n").compactMap { line in
      guard !line.hasPrefix("#") else { return nil }
      let c = line.split(separator: "\t")
      guard c.count == 2, let y = Int(c[1]) else { return nil }
      return (String(c[0]), y)
    }
  }
}
