import Foundation

/// Reads the figures after a metric's name (or a `分别` list of names) into facts.
///
/// Clause by clause from the name: the first clause always, then those that continue its
/// subject (`,增长4.1%`, `,年均增长4.5%`, `,达6502亿元`), stopping at another subject or `其中`.
enum FactReader {
  static let clauseBreaks: Set<Unicode.Scalar> = Set("，,；;：:。！？".unicodeScalars)
  static let maxClauses = 5

  /// The clauses a mention's figures may come from, as ranges.
  static func clauses(in text: [Unicode.Scalar], from start: Int, to end: Int) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var lo = start
    for i in start..<end where clauseBreaks.contains(text[i]) {
      out.append(lo..<i)
      lo = i + 1
    }
    if lo < end { out.append(lo..<end) }
    return out
  }

  /// Facts for `members` (one metric, or several joined by `、`/`和` or split by `分别`).
  /// `leadingGrowths`, `leadingLevels`: items of the same `分别` list before the members, no
  /// metric of ours, that take the list's first growths and levels
  /// (`商品销售总额、社会消费品零售总额分别达到11.3万亿元和1.2万亿元`; see
  /// `IndicatorExtractor.leadingListItems`).
  static func read(
    text: [Unicode.Scalar], nameEnd: Int, scopeEnd: Int, members: [MetricMention],
    percentIsGrowth: Bool, leadingGrowths: Int = 0, leadingLevels: Int = 0
  ) -> [FactReading] {
    let all = clauses(in: text, from: nameEnd, to: scopeEnd)
    var used: [Range<Int>] = []
    var found = false
    var skippedSubPeriod = false
    for (k, c) in all.enumerated() {
      if k >= maxClauses { break }
      let s = FigureContext.string(text, c).trimmingSpaces
      if s.hasPrefix("其中") || s.contains("其中") && k > 0 { break }
      if k > 0 {
        let continues =
          FigureContext.continuesSubject(s)
          || FigureContext.isShortGrowthClause(text, c)
          || FigureContext.isYearLevelClause(s)
          // `城镇居民家庭人均可支配收入，由1997年的5160元增加到…`: a name standing alone.
          || (!found && (s.hasPrefix("由") || s.hasPrefix("从")))
        if !continues && !(skippedSubPeriod && !found) { break }
      }
      let figures = NumberGrammar.figures(in: text, range: c)
      let sub = figures.filter {
        FigureContext.isSubPeriod(text, before: $0.start, floor: c.lowerBound)
      }
      skippedSubPeriod = !sub.isEmpty
      if figures.count > sub.count { found = true }
      used.append(c)
    }
    guard let first = used.first, let last = used.last else { return [] }
    let region = first.lowerBound..<last.upperBound
    let figures = NumberGrammar.figures(in: text, range: region)
    let rate = members.first?.rate ?? false
    let units = members.first?.units
    let slots = members.count + leadingGrowths
    let levelSlots = members.count + leadingLevels
    var growths: [Figure] = []
    var levels: [Figure] = []
    var tentative = false
    var previousGrowth: (Figure, Double)?
    var lastIncrease: Figure?
    for f in figures {
      if FigureContext.isSubPeriod(text, before: f.start, floor: region.lowerBound) { continue }
      let before = FigureContext.string(text, max(nameEnd, f.start - 8)..<f.start)
      // Wide enough for a dated end (`提升至2019年的`).
      let endsChange = FigureContext.leadsTo(
        FigureContext.string(text, max(nameEnd, f.start - 12)..<f.start))
      if f.isPercent {
        let between = FigureContext.string(text, nameEnd..<f.start)
        if FigureContext.shareWords.contains(where: { between.contains($0) }) && !rate { continue }
        // `分别增长3.5%和7%`: a percent listed after a growth figure shares its verb.
        let listed = previousGrowth.flatMap { p -> Double? in
          FigureContext.isListGap(text, after: p.0, before: f) ? p.1 : nil
        }
        if let sign = listed ?? FigureContext.growthSign(in: text, before: f.start, floor: nameEnd)
        {
          previousGrowth = (f, sign)
          var g = f
          g.value = f.value.map { $0 * sign }
          g.high = f.high.map { $0 * sign }
          if rate {
            // `城镇调查失业率5.5%左右` is a level; `城镇化率提高1.2个百分点` has no percent.
            // `城镇化率从52.6%提高到58.5%`: the level reached, not the start.
            let reached = endsChange
            // `城市绿化覆盖率、森林覆盖率分别提高到45%和19%`: one level each.
            if levelSlots > 1 {
              levels.append(f)
            } else if levels.isEmpty || reached {
              levels = [f]
            }
          } else {
            growths.append(g)
          }
        } else if rate {
          // `城镇化率由2015年的46.08%提升至2019年的52%`: the level reached, not the start.
          if tentative, endsChange, levelSlots == 1 {
            levels = [f]
            tentative = false
          } else {
            if levels.isEmpty, FigureContext.startsChange(before) { tentative = true }
            levels.append(f)
          }
        } else if percentIsGrowth
          || f.start - nameEnd <= 4 && !isSubjectOfPredicate(f, in: text, limit: region.upperBound)
        {
          growths.append(f)
        }
      } else if f.isLevel, !["倍", "番", "个百分点"].contains(f.unit ?? "") {
        guard unitFits(f.unit, units) else { continue }
        // `经济总量超过60万亿元的高基数上`, `在1000亿元的基础上`: a base, not the level reached.
        let after = FigureContext.string(text, f.end..<min(text.count, f.end + 5))
        if baseTails.contains(where: { after.hasPrefix($0) }) { continue }
        // `地区生产总值超500亿元的18个`, `总投资282亿元的78个`: a bound on the members of a set
        // (counties, projects), counted after it, not the level of the whole.
        if isCountedSet(text, after: f.end) { continue }
        let leadsTo = endsChange
        // `分别比“十一五”末增加 542亿元、 352亿元、 188亿元`: a level listed after an increase is
        // an increase too.
        let listedIncrease =
          lastIncrease.map { FigureContext.isListGap(text, after: $0, before: f) } ?? false
        if listedIncrease
          || FigureContext.growthSign(in: text, before: f.start, floor: max(nameEnd, f.start - 3))
            != nil && !leadsTo
        {
          lastIncrease = f
          continue
        }
        // `由70万人增加到120万人`: the level after `到` is reached, whatever stands before it.
        if !leadsTo, FigureContext.startsChange(before) {
          if levels.isEmpty { levels.append(f); tentative = true }
          continue
        }
        // `由2015年的23841元、8341元预计分别提高到35424元、13881元`: a start listed after a
        // start is a start too.
        if !leadsTo, tentative, let p = levels.last,
          FigureContext.isListGap(text, after: p, before: f)
        {
          levels.append(f)
          continue
        }
        if tentative { levels = [f]; tentative = false } else { levels.append(f) }
      }
    }
    // `突破5000亿元，达5025.4亿元`: the level reached, not the threshold it crossed.
    // `连续跨越2000亿元、3000亿元台阶`: thresholds crossed one after another, listed after one
    // threshold verb, bound the level by the last of them (`跨越“300亿元”“400亿元”两个台阶、达到
    // 410.61亿元`: by the level reached after them, when there is one).
    if levelSlots == 1, levels.count > 1, isThreshold(levels[0]) {
      var k = 0
      while k + 1 < levels.count, !isThreshold(levels[k + 1]),
        FigureContext.isListGap(text, after: levels[k], before: levels[k + 1], quotes: true)
      {
        k += 1
      }
      if let j = levels[(k + 1)...].firstIndex(where: { !isThreshold($0) }) {
        levels = [levels[j]]
      } else if k > 0 {
        var last = levels[k]
        (last.qualifier, last.qualifierText) = (levels[0].qualifier, levels[0].qualifierText)
        levels = [last]
      }
    }
    // `国民经济增长速度由原定平均每年百分之六调高到百分之八至九`: the rate it was raised to.
    if growths.count > 1,
      let k = growths.lastIndex(where: { g in
        let before = FigureContext.string(text, max(nameEnd, g.start - 4)..<g.start)
        return before.hasSuffix("到") || before.hasSuffix("至")
      }), k > 0,
      growths[..<k].contains(where: { g in
        let before = FigureContext.string(text, max(nameEnd, g.start - 10)..<g.start)
        return FigureContext.startsChange(before)
      })
    {
      growths = [growths[k]]
    }
    // `比2002年增长65.5%，年均增长10.6%`: the yearly average is the period's growth.
    if slots == 1, growths.count > 1,
      let yearly = growths.first(where: { g in
        let before = FigureContext.string(text, max(region.lowerBound, g.start - 6)..<g.start)
        return before.contains("年均") || before.contains("平均每年")
      })
    {
      growths = [yearly]
    }
    let rank = FigureContext.rank(in: text, range: region)
    let isList = slots > 1
    var out: [FactReading] = []
    for (n, _) in members.enumerated() {
      var r = FactReading()
      // With items before the members, a short list is read from its end: the members come
      // last (`存、贷款余额分别为2787.27、1445.77亿元`, where the first figure has no unit;
      // `引进内资、实际利用外资分别增长10%以上`, one figure for both).
      // A single growth is shared by a list (`分别增长10%以上`); a single level is not.
      func pick(_ figures: [Figure], slots: Int, leading: Int, shared: Bool) -> Figure? {
        if figures.count >= slots { return figures[n + leading] }
        if leading > 0 {
          return figures.count >= members.count ? figures[figures.count - members.count + n] : nil
        }
        return !shared && members.count > 1 && figures.count == 1 ? nil : figures.first
      }
      let g =
        isList
        ? pick(growths, slots: slots, leading: leadingGrowths, shared: true) : growths.first
      let l =
        levelSlots > 1
        ? pick(levels, slots: levelSlots, leading: leadingLevels, shared: false) : levels.first
      if let g {
        r.growth = g.value
        r.growthHigh = g.high
        r.masked = r.masked || g.masked
        r.qualifier = g.qualifier
        r.qualifierText = g.qualifierText
        // `分别增长7.5%、8.5%以上`: the hedge after the list covers every item, as does one
        // before it (`分别增长约12.5%、21.6%、19%`, `增速分别超过9%、9.5%`); one after an item
        // inside it covers that item alone (`分别增长8.5%以上和10%`: the 10% has none).
        if isList, r.qualifier == nil, let q = growths.last(where: { $0.qualifier != nil }),
          q.start == growths.last?.start
            || q.start == growths.first?.start && !NumberGrammar.hedgesAfter(q)
        {
          r.qualifier = q.qualifier
          r.qualifierText = q.qualifierText
        }
      }
      r.growthQualifier = r.qualifier
      r.growthQualifierText = r.qualifierText
      r.growthRange = g.map { $0.start..<$0.end }
      r.level = l
      // `分别突破3万元和1万元大关`: the threshold verb before a list bounds every level in it.
      if var x = l, levelSlots > 1, x.qualifier == nil, let first = levels.first,
        isThreshold(first)
      {
        (x.qualifier, x.qualifierText) = (first.qualifier, first.qualifierText)
        r.level = x
      }
      if let l = r.level {
        r.value = l.value
        r.unit = l.unit
        r.masked = r.masked || l.masked
        // `突破1万亿元，增长10%`: a threshold bounds the level alone; the growth keeps its own
        // hedge, none here (`separated` makes them two facts).
        if r.qualifier == nil, g == nil || !isThreshold(l) {
          r.qualifier = l.qualifier
          r.qualifierText = l.qualifierText
        } else if isThreshold(l) {
          r.levelQualifier = l.qualifier
        }
      }
      let spans = [g, l].compactMap { $0 }
      r.start = spans.map(\.start).min()
      r.end = spans.map(\.end).max()
      if !isList || n == 0, let rank { (r.rank, r.rankScope) = (rank.0, rank.1) }
      if r.hasFigure {
        out.append(r)
      } else {
        // `居民收入增长与经济增长同步`: a goal without a number, in the name's own clause.
        var goal = FactReading()
        // The whole clause, past a name that is not a metric's (`与经济增长同步`).
        var clauseEnd = nameEnd
        while clauseEnd < text.count, !clauseBreaks.contains(text[clauseEnd]) { clauseEnd += 1 }
        goal.goal = QualitativeGoal.qualifier(in: text, range: nameEnd..<clauseEnd)
        if goal.goal != nil { (goal.start, goal.end) = (nameEnd, clauseEnd) }
        out.append(goal)
      }
    }
    return out
  }

  /// Does a bare percent go on to a predicate of its own (`一般公共预算收入八成以上用于民生`: a
  /// share of the revenue, spent)? Then it is no growth of the name before it, which ends its
  /// clause or a list of such figures (`财政收入10%以上，`, `8%和9%`).
  static func isSubjectOfPredicate(_ f: Figure, in text: [Unicode.Scalar], limit: Int) -> Bool {
    var j = f.end
    if let hedge = f.qualifierText, NumberGrammar.matches(hedge, at: j, in: text, limit: limit) {
      j += hedge.unicodeScalars.count
    }
    while j < limit, TextBlocks.isSpace(text[j]) { j += 1 }
    guard j < limit else { return false }
    // `保持10%以上增长`, `实现1%正增长`: the predicate is the growth itself.
    if ["增长", "正增长", "增幅", "增速"].contains(where: {
      NumberGrammar.matches($0, at: j, in: text, limit: limit)
    }) {
      return false
    }
    return SubjectFilter.isHan(text[j]) && !"的和及与、左以".unicodeScalars.contains(text[j])
  }

  /// The percents of a `分别增长3.4%和10.2%` that closes a run of separately named metrics.
  static func trailingList(text: [Unicode.Scalar], range: Range<Int>) -> [Figure]? {
    let s = FigureContext.string(text, range)
    // `城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%`: a clause
    // opening with its growth verb lists as 分别 does.
    // The byte search rules out most words before Foundation's `range(of:)` (same result).
    func find(_ w: String) -> Range<String.Index>? { s.containsBytes(w) ? s.range(of: w) : nil }
    let r =
      find("分别")
      ?? plainListVerbs.lazy.compactMap { v in find("，" + v) ?? find("," + v) }.first
    guard let r else { return nil }
    let at =
      range.lowerBound
      + s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: r.lowerBound)
    if !s[r].hasPrefix("分别") {
      let figures = NumberGrammar.figures(in: text, range: at..<range.upperBound).filter(
        \.isPercent)
      // `增长 9.4% 和 11.6%`: spaces around the joiner, as some pages write figures.
      guard figures.count >= 2 else { return nil }
      let joiner = String(
        FigureContext.string(text, figures[0].end..<figures[1].start)
          .unicodeScalars.filter { !TextBlocks.isSpace($0) })
      guard joiner == "和" || joiner == "、" else { return nil }
    }
    // Only a list right after the last name's own figures: `…23049元,分别增长…`, not a
    // `分别` of other subjects further on (`增长7.3%，工业投资、民间投资分别增长…`).
    if NumberGrammar.figures(in: text, range: range.lowerBound..<at).contains(where: {
      $0.isPercent
    }) {
      return nil
    }
    // `分别增长`, `分别比2015年增长`, `，增长9.4%和11.6%`: the verb comes before the first figure,
    // after `分别` or the comma.
    let verbStart = s[r].hasPrefix("分别") ? at + 2 : at + 1
    let figuresAfter = NumberGrammar.figures(in: text, range: (at + 2)..<range.upperBound)
    guard let firstFigure = figuresAfter.first, firstFigure.start - at <= 14,
      let sign = FigureContext.growthSign(in: text, before: firstFigure.start, floor: verbStart)
    else { return nil }
    let figures = NumberGrammar.figures(in: text, range: (at + 2)..<range.upperBound).filter(
      \.isPercent)
    var list: [Figure] = []
    for f in figures {
      if let p = list.last {
        guard FigureContext.isListGap(text, after: p, before: f) else { break }
      }
      var g = f
      g.value = f.value.map { $0 * sign }
      list.append(g)
    }
    return list
  }

  static let thresholdWords: Set<String> = Set(
    ExtractionVocabulary.builtIn.thresholdVerbs.flatMap { [$0, $0 + "了"] })

  /// A level written as a threshold crossed: `突破1000亿元`, `迈上2000亿元台阶`.
  static func isThreshold(_ f: Figure) -> Bool {
    f.qualifierText.map { thresholdWords.contains($0) } ?? false
  }

  static let plainListVerbs = ["实际增长", "扣除价格因素", "增长"]

  static let baseTails = ["的高基数", "的基数", "的基础上", "基础上"]

  /// Does `的` and a count (`18个`, `二十家`, `1000多个`) follow the figure ending at `end`?
  static func isCountedSet(_ text: [Unicode.Scalar], after end: Int) -> Bool {
    guard end < text.count, text[end] == "的" else { return false }
    var i = end + 1
    let start = i
    while i < text.count, i - start < 6,
      ChineseNumber.digitValue(text[i]) != nil || ChineseNumber.isNumeral(text[i]) || text[i] == "多"
    {
      i += 1
    }
    return i > start && i < text.count && "个家座项所".unicodeScalars.contains(text[i])
  }

  /// Money metrics take money units; others the units their lexicon entry lists.
  static func unitFits(_ unit: String?, _ allowed: [String]?) -> Bool {
    guard let unit else { return false }
    if let allowed { return allowed.contains(unit) }
    // A bare `万` after a money metric's name counts things (`4个…县市`, `2万` of `两万亿级`)
    // more often than money; bare `亿` and `万亿` are money as reports write it.
    return unit.hasSuffix("元") || unit == "亿" || unit == "万亿"
  }
}

extension String {
  var trimmingSpaces: String {
    String(unicodeScalars.drop { TextBlocks.isSpace($0) })
  }
}
