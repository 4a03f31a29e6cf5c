/// A report sets each of its year's headline targets once, in the list of the year's goals
/// (`今年经济社会发展的主要目标是：地区生产总值增长7.5%左右，一般公共预算收入增长7.5%，…`). A goal
/// for the same metric and year with another growth, stated elsewhere and with no word of the
/// region in its own clauses, is a part's: a zone's (`举全市之力支持曹妃甸高质量发展，确保年内
/// 地区生产总值增长9%`), the development zones' (`各开发区（园区）要完成产业项目引进任务，力争地区
/// 生产总值…分别增长8%…`), the counties' (`县域地区生产总值…分别增长6.5%`), a park's, or another
/// government's slogan explained in a note.
///
/// A growth that names the region again (`全市外贸进出口总额增长…`) stays, as does a goal whose
/// metric the list sets twice (`财政总收入和地方级财政收入分别增长8%和8.2%`) or not at all.
enum HeadlineTargets {
  /// The fewest metrics a sentence must set goals for to be the year's list of goals.
  static let listSize = 3

  static func withoutPartGoals(
    _ facts: [Indicator], text: [Unicode.Scalar], region: String?
  ) -> [Indicator] {
    func isYearGoal(_ f: Indicator) -> Bool {
      f.kind == FactKind.target.rawValue && f.period.map { !$0.contains("-") } ?? false
    }
    func isGoalGrowth(_ f: Indicator) -> Bool { isYearGoal(f) && f.growth != nil }
    // The goals each full sentence sets, by where it starts.
    var bySentence: [Int: [Indicator]] = [:]
    for f in facts where isGoalGrowth(f) {
      bySentence[IndicatorExtractor.fullSentenceStart(text, before: f.start), default: []].append(f)
    }
    // The year's list is the first sentence to set goals for several metrics of one year: the
    // goals come before the tasks, and a later list is a part's (`力争10个省级以上园区生产总值、
    // 固定资产投资、财政收入…`). Metric and year → the list's growth, and where the list starts;
    // nil when the list sets the metric twice.
    var lists: [String: Int] = [:]
    for start in bySentence.keys.sorted() {
      for (period, goals) in Dictionary(grouping: bySentence[start]!, by: { $0.period ?? "" })
      where lists[period] == nil && Set(goals.map(\.metric)).count >= listSize {
        lists[period] = start
      }
    }
    var headline: [String: (growth: Double, high: Double?, list: Int)?] = [:]
    for (period, start) in lists {
      let goals = bySentence[start]!.filter { $0.period == period }
      for (metric, same) in Dictionary(grouping: goals, by: \.metric) {
        let growths = Set(same.map { [$0.growth ?? 0, $0.growthHigh ?? -1] })
        headline["\(metric)|\(period)"] =
          growths.count > 1 ? .some(nil) : (same[0].growth!, same[0].growthHigh, start)
      }
    }
    guard !headline.isEmpty else { return facts }
    return facts.filter { f in
      guard isGoalGrowth(f),
        case let .some(.some(h)) = headline["\(f.metric)|\(f.period ?? "")"],
        IndicatorExtractor.fullSentenceStart(text, before: f.start) != h.list,
        f.growth != h.growth || f.growthHigh != h.high
      else { return true }
      return namesRegion(f, text: text, region: region)
    }
  }

  /// Do the clauses of the fact's name and figure name the report's region (`全市外贸进出口总额
  /// 突破4500亿元`)?
  static func namesRegion(_ f: Indicator, text: [Unicode.Scalar], region: String?) -> Bool {
    let figure = min(max(f.start, 0), text.count)
    let sentence = IndicatorExtractor.fullSentenceStart(text, before: figure)
    var from = IndicatorExtractor.clauseStart(text, before: figure, floor: sentence)
    // The name may stand a clause before its figure (`固定资产投资完成42.9亿元，增长10%`).
    if !f.metricText.isEmpty,
      let at = stride(from: figure - 1, through: sentence, by: -1).first(where: {
        NumberGrammar.matches(f.metricText, at: $0, in: text, limit: figure)
      })
    {
      from = min(from, IndicatorExtractor.clauseStart(text, before: at, floor: sentence))
    }
    return SubjectFilter.namesOwnRegion(FigureContext.string(text, from..<figure), region: region)
  }
}
