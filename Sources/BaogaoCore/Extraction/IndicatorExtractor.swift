import Foundation

/// Turns a report's sentences into indicator facts: metric names from the lexicon, the figures
/// after them, and the kind and period their context gives.
public struct IndicatorExtractor: Sendable {
  public let lexicon: MetricLexicon
  let matcher: MetricMatcher
  let headNoun = HeadNoun()
  let pointLevel = PointLevel()
  static let coordinators: Set<Unicode.Scalar> = Set("、和及与以 ".unicodeScalars)

  public init(lexicon: MetricLexicon = .builtIn) {
    self.lexicon = lexicon
    self.matcher = MetricMatcher(lexicon: lexicon)
  }

  public func indicators(in report: Report, structure: ReportStructure) -> [Indicator] {
    let text = Array(report.text.unicodeScalars)
    let year = Self.yearPlanned(report, text: text)
    // A meeting in the last quarter plans the next year: its `今年` is the year under review.
    var spokenTheYearBefore = false
    if let given = report.year, let year { spokenTheYearBefore = given < year }
    var out: [Indicator] = []
    var seen: Set<String> = []
    let goalStart = Self.goalStart(text, structure)
    let openings = ParagraphOpening.openings(
      in: text, reportYear: year, spokenTheYearBefore: spokenTheYearBefore)
    for sentence in structure.sentences {
      let range = sentence.start..<sentence.end
      // `占一般公共预算支出的83.19%`: a metric after 占 is the whole a share is of.
      // `城乡居民收入与经济增长保持同步，年均分别增长11.3%和16.5%`: a name after 与/同 is what
      // another is measured against, no name of figures; it ends no other name's figures.
      let named = matcher.mentions(in: text, range: range).filter { m in
        !(m.start > range.lowerBound && "与同".unicodeScalars.contains(text[m.start - 1])
          && Self.measuredAgainst.contains { w in
            (m.end..<min(range.upperBound, m.end + 6)).contains {
              NumberGrammar.matches(w, at: $0, in: text, limit: range.upperBound)
            }
          })
      }
      let candidates = named.filter { m in
        let before = FigureContext.string(text, max(range.lowerBound, m.start - 4)..<m.start)
        // `贡献了全省74.6%的规模工业增加值`: a percent of a metric is a share of it.
        let share = before.hasSuffix("%的") || before.hasSuffix("％的")
        return
          headNoun.isHead(nameEnd: m.end, in: text, limit: range.upperBound)
          // `这方面的投资占整个固定资产投资的百分之二十左右`: the whole a share is of.
          && !(Self.denominatorLeads.contains(where: { before.hasSuffix($0) }) || share)
          && !Self.isStruck(m, in: text, range: range)
      }
      // A name whose subject is not the report's region (`绿色贷款余额`, `前海地区生产总值`) keeps
      // its place among the names and takes its figure, so that a list (`存款余额、贷款余额、中长期
      // 贷款余额，分别…`) still pairs names and figures in order; its facts are not given.
      // `过去的一年，枞阳县经济社会发展…，生产总值达到195亿元`, `雄安新区建设取得新进展。…全年固定资产
      // 投资增长16%`: subjects larger than the name's clause.
      let fullStart = Self.fullSentenceStart(text, before: sentence.start)
      let frame =
        candidates.isEmpty
        ? nil
        : SubjectFrame(
          text: text, sentenceStart: fullStart,
          paragraphStart: Self.lineStart(text, before: fullStart), limit: range.upperBound,
          region: report.region)
      let otherSubject = Set(
        candidates.filter { m in
          SubjectFilter.isOtherSubject(
            m, in: text, floor: range.lowerBound, region: report.region, named: named)
            || frame?.isOther(m, in: text) == true
        }.map(\.start))
      // `贵安新区直管区生产总值增长15%以上；固定资产投资增长15%左右；…一般公共预算收入增长20%
      // 左右`: a place that opens a run of clauses joined by `；` is the subject of the clauses
      // after it that name none of their own.
      let carried =
        !candidates.isEmpty
        && carriesOtherPlace(before: sentence.start, in: text, region: report.region)
      let mentions =
        carried
        ? candidates.filter { m in
          var lo = m.start
          while lo > range.lowerBound, !FactReader.clauseBreaks.contains(text[lo - 1]) { lo -= 1 }
          return lo < m.start
        } : candidates
      let section = sentence.sectionIndex.map { structure.sections[$0] }
      // A glossary note looks the way the body looks where it uses the note's term.
      var anchor: (section: Section?, offset: Int)?
      if let s = section, s.kind == .notes,
        let p = NoteAnchor.anchor(of: sentence.start, in: text, body: 0..<s.start)
      {
        // `6．两确保一率先：确保经济增速高于全国平均水平…` explains the province's slogan.
        if NoteAnchor.explainsHigherBody(anchor: p, in: text, level: report.level) { continue }
        anchor = (structure.sections.last { $0.start <= p && p < $0.end }, p)
      }
      // `综合考虑…不提出全年经济增速具体目标` (national 2020): the report sets no GDP target.
      if let year, QualitativeGoal.saysNoTarget(in: text, range: range) {
        var fact = Indicator(
          reportID: report.id, doc: report.doc, report: report.position, region: report.region,
          level: report.level, year: report.year, section: section?.kind.rawValue,
          metric: "gdp", metricText: "", kind: FactKind.target.rawValue, period: String(year),
          qualifier: Qualifier.noneSet.rawValue, sentenceID: sentence.id, start: range.lowerBound,
          end: range.upperBound, sentence: sentence.text)
        fact.id = "\(report.id).f\(out.count + 1)"
        out.append(fact)
      }
      guard !mentions.isEmpty else { continue }
      // The time the section last turned to by a paragraph: the year just past frames what
      // follows as a heading naming it would; a span, its own paragraph, and under a heading
      // that reviews the span and its last year the paragraphs after it (`turnedToSpan`).
      var spanOpening: Range<Int>?
      var turnedToLastYear = false
      var turnedToPlannedYear = false
      var turnedToSpan = false
      if let o = ParagraphOpening.latest(
        openings, in: section, structure: structure, before: sentence.start,
        textLength: text.count)
      {
        switch o.time {
        case .lastYear: turnedToLastYear = true
        case .plannedYear: turnedToPlannedYear = true
        case .span, .spanAhead:
          turnedToSpan = o.time == .span
          if Self.continuesLine(from: o.lineStart, to: sentence.start, in: text) {
            spanOpening = o.words
          }
        }
      }
      let groups = Self.groups(mentions, in: text)
      var read: [(group: [MetricMention], members: [MetricMention], readings: [FactReading])] = []
      for (g, group) in groups.enumerated() {
        // A name that is not the metric's (`万元GDP综合能耗下降3%`, `民间投资`) still ends the
        // figures of the name before it.
        let nextName = named.first { $0.start >= group[group.count - 1].end }?.start
        let scopeEnd = min(
          g + 1 < groups.count ? groups[g + 1][0].start : range.upperBound,
          nextName ?? range.upperBound)
        let last = group[group.count - 1]
        let scopeText = FigureContext.string(text, last.end..<scopeEnd)
        var members = group
        if group.count == 1, let split = group[0].split,
          Self.distributes(scopeText)
            || Self.listsOnePerPart(text, from: last.end, to: scopeEnd, parts: split.count)
        {
          members = split.map { m in
            var x = group[0]
            x.metric = m
            return x
          }
        }
        let percentIsGrowth = members.contains {
          $0.targetOnly || $0.text.hasSuffix("增长") || $0.text.hasSuffix("速度")
        }
        let leading =
          Self.distributes(scopeText)
          ? Self.leadingListItems(before: group[0].start, in: text, floor: range.lowerBound)
          : (growth: 0, level: 0)
        let readings = FactReader.read(
          text: text, nameEnd: last.end, scopeEnd: scopeEnd, members: members,
          percentIsGrowth: percentIsGrowth, leadingGrowths: leading.growth,
          leadingLevels: leading.level)
        read.append((group, members, readings))
        // `城镇…35340元,农村…23049元,分别增长3.4%和10.2%`: the list closes several groups.
        if members.count == 1,
          let listed = FactReader.trailingList(text: text, range: last.end..<scopeEnd),
          listed.count >= 2, read.count >= listed.count,
          read.suffix(listed.count).dropLast().allSatisfy({
            $0.readings.allSatisfy { $0.growth == nil && $0.value != nil }
          }),
          // Each name with one level, none a rate: `城镇登记失业率控制在3.95%，城乡常住居民人均
          // 可支配收入达33830元、12500元，增长9.1%、10.8%` lists the growths of the two incomes.
          read.suffix(listed.count).allSatisfy({ $0.readings.allSatisfy { $0.unit != "%" } }),
          NumberGrammar.figures(in: text, range: last.end..<scopeEnd).filter({ !$0.isPercent })
            .count == 1
        {
          for (j, f) in listed.enumerated() {
            let k = read.count - listed.count + j
            guard read[k].members.count == 1, read[k].readings.count == 1 else { continue }
            read[k].readings[0].growth = f.value
            read[k].readings[0].growthHigh = f.high
            read[k].readings[0].masked = read[k].readings[0].masked || f.masked
            if read[k].readings[0].qualifier == nil { read[k].readings[0].qualifier = f.qualifier }
            read[k].readings[0].end = max(read[k].readings[0].end ?? f.end, f.end)
          }
        }
      }
      for (group, members, readings) in read {
        for (member, whole) in zip(members, readings)
        where whole.isFact && !otherSubject.contains(member.start) {
          for reading in whole.separated {
            let factEnd = reading.end ?? member.end
            var frame = ContextClassifier.frame(
              text: text, own: range.lowerBound..<factEnd, earlier: fullStart..<range.lowerBound,
              scope: Self.clauseStart(
                text, before: group[0].start, floor: range.lowerBound)..<factEnd,
              headings: Self.headings(of: section, in: structure),
              previous: Self.paragraphStart(text, before: fullStart)..<fullStart,
              rest: min(factEnd, range.upperBound)..<range.upperBound, opening: spanOpening,
              paragraph: Self.lineStart(text, before: fullStart)..<fullStart,
              turnedToLastYear: turnedToLastYear, turnedToPlannedYear: turnedToPlannedYear,
              turnedToSpan: turnedToSpan,
              // A figure after the goal phrase its sentence opens with (`主要预期目标建议是：
              // 地区生产总值增长8%以上`) stands past the turn to goals.
              lookingForward: Self.looksForward(
                anchor.map(\.section) ?? section,
                at: anchor?.offset ?? max(sentence.start, reading.start ?? factEnd),
                goalStart: goalStart),
              reportYear: year, spokenTheYearBefore: spokenTheYearBefore)
            let isGoal = frame.kind == .target || frame.kind == .plan
            if member.targetOnly && !isGoal { continue }
            // `与经济增长同步` in a review says how last year went, not a goal.
            if reading.goal != nil && !isGoal { continue }
            // `1—11月…增长8.9%`: the months a report had, not the year's result.
            if let months = PartYear.months(
              in: text, range: fullStart..<(reading.start ?? factEnd))
              ?? PartYear.opening(
                in: text, paragraph: Self.lineStart(text, before: fullStart)..<fullStart),
              let p = frame.period, let y = Int(p)
            {
              frame.kind = .actual
              frame.period = PartYear.period(year: y, months: months)
            }
            // `进出口总额559亿元，比1980年预计增加42亿元` in the 1980 report: next year's goal, as is
            // `一九六五年计划草案拟定，农业总产值比一九六四年增长百分之五` in the 1964 one.
            if let y = year, frame.kind != .plan || frame.period == "\(y)-\(y + 1)",
              Self.comparesWithOwnYear(
                y, in: text, range: range.lowerBound..<min(range.upperBound, factEnd + 8))
            {
              frame = ContextClassifier.Frame(
                kind: .target, period: String(y + 1), estimated: false)
            }
            let strength =
              Self.strength(
                in: text,
                from: Self.strengthClauseStart(text, before: group[0].start, floor: fullStart),
                to: reading.start ?? factEnd)
              ?? reading.qualifierText
            let clauseStart = Self.clauseStart(
              text, before: group[0].start, floor: range.lowerBound)
            for (reading, frame) in pointLevels(
              reading, frame: frame, metric: member.metric, text: text, clauseStart: clauseStart)
            {
              var fact = Indicator(
                reportID: report.id, doc: report.doc, report: report.position,
                region: report.region,
                level: report.level, year: report.year, section: section?.kind.rawValue,
                metric: member.metric, metricText: member.text, kind: frame.kind.rawValue,
                period: frame.period,
                value: reading.value, unit: reading.unit, growth: reading.growth,
                growthHigh: reading.growthHigh,
                qualifier: reading.goal?.rawValue ?? reading.qualifier, strength: strength,
                rank: reading.rank,
                rankScope: reading.rankScope,
                masked: reading.masked, estimated: frame.estimated, sentenceID: sentence.id,
                start: reading.start ?? member.start, end: factEnd, sentence: sentence.text)
              let key = [
                fact.metric, fact.kind, fact.period ?? "", "\(fact.value ?? -1)", fact.unit ?? "",
                "\(fact.growth ?? -1e9)", "\(fact.growthHigh ?? -1e9)", "\(fact.masked)",
                fact.qualifier ?? "",
              ].joined(separator: "|")
              guard seen.insert(key).inserted else { continue }
              let money = lexicon.entry(for: member.metric)?.units == nil
              if let b = UnitScale.base(value: fact.value, unit: fact.unit, money: money) {
                (fact.valueBase, fact.baseUnit) = (b.value, b.unit)
              }
              fact.id = "\(report.id).f\(out.count + 1)"
              out.append(fact)
            }
          }
        }
      }
    }
    return Self.withoutSubsumed(
      HeadlineTargets.withoutPartGoals(Self.merged(out), text: text, region: report.region))
  }

  /// A reading of a review's span, split when its level is dated in its clause: the growth
  /// keeps the span, the level is that year's `actual` (`PointLevel`). A plan's level
  /// (`年均增长6%以上，力争到2025年突破450亿元`) stays in the plan's fact: its year is the plan's
  /// horizon, and `../shared/gold` records it so.
  func pointLevels(
    _ reading: FactReading, frame: ContextClassifier.Frame, metric: String,
    text: [Unicode.Scalar], clauseStart: Int
  ) -> [(FactReading, ContextClassifier.Frame)] {
    // `城镇新增就业超过200万人` in a five-year review: the span's jobs added up.
    guard frame.kind == .period, let span = frame.yearSpan,
      let parts = reading.growthAndLevel, let level = reading.level,
      lexicon.entry(for: metric)?.countsAdditions != true
    else { return [(reading, frame)] }
    guard
      let year = pointLevel.year(
        of: level, in: text, clause: clauseStart..<level.start, span: span,
        rate: lexicon.entry(for: metric)?.rate ?? false,
        spanSum: lexicon.entry(for: metric)?.spanSum ?? false, alone: parts.growth == nil,
        estimated: frame.estimated)
    else { return [(reading, frame)] }
    var point = frame
    point.kind = .actual
    point.period = String(year)
    return (parts.growth.map { [($0, frame)] } ?? []) + [(parts.level, point)]
  }

  /// Does the text after a coordinated name give each part its figure? `分别` anywhere
  /// (`城镇和农村居民人均可支配收入分别增长8%、9%`), or an adverb right after the name
  /// (`城镇和农村常住居民人均可支配收入均增长8%`): each part, never the whole.
  /// The adverb must be followed by what may follow a name (`均比上年增长`, `均居全省第4位`),
  /// so `城乡居民收入均衡化` is no list.
  static func distributes(_ scopeText: String) -> Bool {
    // `全体居民人均可支配收入25735元、增长5.4%，其中城镇…，农村…，分别高于全国…`: a `分别` after
    // `其中` is the named parts', not the whole name's.
    let own = scopeText.range(of: "其中").map { scopeText[..<$0.lowerBound] } ?? scopeText[...]
    if own.contains("分别") { return true }
    let vocabulary = ExtractionVocabulary.builtIn
    guard let adverb = vocabulary.distributiveWords.first(where: { scopeText.hasPrefix($0) })
    else { return false }
    let rest = String(scopeText.dropFirst(adverb.count)).trimmingSpaces
    return rest.first?.isNumber == true || vocabulary.headFollowers.contains { rest.hasPrefix($0) }
  }

  /// Does the name's own clause list one figure per part of a coordinated name, without `分别`
  /// (`城镇、农村居民人均可支配收入预计达5.33万元、2.54万元`)? Figures of one kind (levels of one
  /// unit, or percents) joined only by `、`/`和`.
  static func listsOnePerPart(_ text: [Unicode.Scalar], from: Int, to: Int, parts: Int) -> Bool {
    var end = from
    while end < to, !FactReader.clauseBreaks.contains(text[end]) { end += 1 }
    let figures = NumberGrammar.figures(in: text, range: from..<end)
    guard figures.count == parts, parts >= 2 else { return false }
    for (a, b) in zip(figures, figures.dropFirst()) {
      guard a.isPercent == b.isPercent, a.isPercent || a.unit == b.unit,
        FigureContext.isListGap(text, after: a, before: b)
      else { return false }
    }
    return true
  }

  /// Does the run of `；`-joined clauses that the sentence at `start` continues open with another
  /// place (`贵安新区直管区生产总值增长15%以上；`)? False when the sentence begins the run.
  func carriesOtherPlace(before start: Int, in text: [Unicode.Scalar], region: String?) -> Bool {
    let run = SubjectFilter.runStart(text, before: start)
    guard run < start, start > 0, text[start - 1] == "；" || text[start - 1] == ";" else {
      return false
    }
    var firstClauseEnd = run
    while firstClauseEnd < start, !FactReader.clauseBreaks.contains(text[firstClauseEnd]) {
      firstClauseEnd += 1
    }
    guard let first = matcher.mentions(in: text, range: run..<firstClauseEnd).first else {
      return false
    }
    return SubjectFilter.isOtherPlace(FigureContext.string(text, run..<first.start), region: region)
  }

  /// Is the name inside wording an edit replaces (`“预计全市生产总值比上年增长7.7%左右”改为“全市
  /// 生产总值比上年增长7.7%”`, 上海 2014's list of changes to the report)? The quotation before
  /// `改为` is struck; the one after it is what the report says.
  static func isStruck(_ m: MetricMention, in text: [Unicode.Scalar], range: Range<Int>) -> Bool {
    var open = m.start - 1
    while open >= range.lowerBound, text[open] != "“", text[open] != "”" { open -= 1 }
    guard open >= range.lowerBound, text[open] == "“" else { return false }
    var close = m.end
    while close < range.upperBound, text[close] != "”", text[close] != "“" { close += 1 }
    guard close < range.upperBound, text[close] == "”" else { return false }
    return ["改为", "修改为", "改成"].contains {
      NumberGrammar.matches($0, at: close + 1, in: text, limit: range.upperBound)
    }
  }

  /// What follows a name measured against (`与经济增长保持同步`, `与上年持平`); `进出口与实际使用
  /// 外资均增长10%` joins two names.
  static let measuredAgainst = ["同步", "持平", "相适应", "相协调", "相当", "一致"]

  /// Joiners of a list's items before a name: `商品销售总额、社会消费品零售总额`, `城镇、农村…`.
  static let listJoiners: Set<Unicode.Scalar> = Set("、和及与".unicodeScalars)
  /// How far a list item's own words may stand before the metric's name (`直接利用外资`).
  static let itemModifierLimit = 4

  /// How many items of a `分别` list stand before the name at `start` in its clause, joined to
  /// it by `、` `和` `及` `与`, that take a growth of the list (they have no percent of their own)
  /// and a level (no figure of their own). `商品销售总额、社会消费品零售总额分别达到11.3万亿元和1.2
  /// 万亿元`: one of each, so the name takes the second level; `城镇、农村常住居民人均可支配收入
  /// 分别达31640元和12758元`: `城镇` is one, so 农村 takes the second. `地区生产总值4550亿元、一般
  /// 公共预算收入297亿元，分别增长10%和12.4%`: the item before has its own level, so it takes
  /// the first growth only; `固定资产投资增长12.6%、…、城乡居民人均可支配收入分别增长6.0%、8.3%`:
  /// the items before have their own growths and take none. They are not metrics read in the
  /// name's group.
  static func leadingListItems(before start: Int, in text: [Unicode.Scalar], floor: Int)
    -> (growth: Int, level: Int)
  {
    var growth = 0
    var level = 0
    // The name's own item may begin with words the name does not hold (`直接` in `实际利用内资、
    // 直接利用外资分别增长16%和9%`): its phrase reaches back to the joiner, over a few characters
    // with no figure in them.
    var i = start
    while i > floor, start - i < itemModifierLimit, !listJoiners.contains(text[i - 1]),
      !FactReader.clauseBreaks.contains(text[i - 1]), ChineseNumber.digitValue(text[i - 1]) == nil,
      text[i - 1] != "%", text[i - 1] != "％"
    {
      i -= 1
    }
    if i == floor || !listJoiners.contains(text[i - 1]) { i = start }
    while i > floor, listJoiners.contains(text[i - 1]) {
      var j = i - 1
      // The item: back to the joiner before it or the clause's start.
      while j > floor, !listJoiners.contains(text[j - 1]),
        !FactReader.clauseBreaks.contains(text[j - 1])
      {
        j -= 1
      }
      guard j < i - 1 else { break }
      let item = text[j..<(i - 1)]
      let figure = item.contains { ChineseNumber.digitValue($0) != nil }
      let percent =
        item.contains { $0 == "%" || $0 == "％" }
        || String(String.UnicodeScalarView(item)).contains("百分之")
      if !percent { growth += 1 }
      if !figure { level += 1 }
      i = j
    }
    return (growth, level)
  }

  /// Mentions joined only by `、` `和` `及` `与` form one group that shares the figures after it.
  static func groups(_ mentions: [MetricMention], in text: [Unicode.Scalar]) -> [[MetricMention]] {
    var out: [[MetricMention]] = []
    for m in mentions {
      if let prev = out.last?.last, m.start >= prev.end,
        m.start - prev.end <= 2
          && (m.start == prev.end
            || (prev.end..<m.start).allSatisfy({ coordinators.contains(text[$0]) }))
          || joinsWithOwnWords(text, after: prev.end, before: m.start)
      {
        out[out.count - 1].append(m)
      } else {
        out.append([m])
      }
    }
    return out
  }

  /// `财政总收入和地方级财政收入`: a joiner, then the next item's own words before its name (at
  /// most `itemModifierLimit` characters, no figure, no break).
  static func joinsWithOwnWords(_ text: [Unicode.Scalar], after end: Int, before start: Int) -> Bool
  {
    guard start > end + 1, start - end - 1 <= itemModifierLimit, listJoiners.contains(text[end])
    else { return false }
    return (end + 1..<start).allSatisfy { SubjectFilter.isHan(text[$0]) }
  }

  static let denominatorLeads = [
    "占", "相当于", "占全", "占整个", "占全部", "占全国", "占全省", "占全市", "占全区", "占全县",
  ]

  static let strengthWords = ["确保", "力争", "争取", "努力", "力求", "预计", "预期"]
  /// Words that contain a strength word but introduce a list: `主要预期目标是`, `预计目标`.
  static let listIntros = ["预期目标", "预期性目标", "预计目标"]

  /// The commitment word governing a figure's own clause: 确保, 力争, 争取 … between the start of
  /// the clause holding the metric's name and the figure. A word in an earlier clause governs
  /// only its own (`确保…增长12%以上；社会消费品零售总额增长8%` → none for the second), and a
  /// list's intro (`主要预期目标是：`) is not one.
  static func strength(in text: [Unicode.Scalar], from: Int, to: Int) -> String? {
    let s = FigureContext.string(text, from..<max(from, to))
    var best: (String.Index, String)?
    // The byte search rules out most words before Foundation's `range(of:)` (same result).
    for w in strengthWords where s.containsBytes(w) {
      var upper = s.endIndex
      while let r = s.range(of: w, options: .backwards, range: s.startIndex..<upper) {
        let intro = listIntros.contains { s[r.lowerBound...].hasPrefix($0) }
        if !intro {
          if best == nil || r.lowerBound > best!.0 { best = (r.lowerBound, w) }
          break
        }
        upper = r.lowerBound
      }
    }
    return best?.1
  }

  /// The start of a figure's own clause for its strength: back to `，；：。` or `、`
  /// (`确保…12%以上、社会消费品零售总额增长8%`).
  static func strengthClauseStart(_ text: [Unicode.Scalar], before offset: Int, floor: Int) -> Int {
    var i = offset
    while i > floor, !FactReader.clauseBreaks.contains(text[i - 1]), text[i - 1] != "、" { i -= 1 }
    return i
  }

  /// The year a report plans for: its own year, or the next when it was given in the year's
  /// last quarter (`Report.planningAheadFrom`: 西宁 on 25 November 2016 reviews 2016).
  static func yearPlanned(_ report: Report, text: [Unicode.Scalar]) -> Int? {
    guard let year = report.year ?? inferredYear(text) else { return nil }
    return report.meetsLate ? year + 1 : year
  }

  /// Does the text from `lineStart` to `offset` stay in the line that opens there, or in the
  /// `——` items that follow it (`“十三五”时期，我们…取得了令人鼓舞的重大成果…。` /
  /// `——取得两个历史性成就。…` / `——实现四个持续提升。…城镇新增就业超过200万人`)?
  static func continuesLine(from lineStart: Int, to offset: Int, in text: [Unicode.Scalar]) -> Bool
  {
    var i = lineStart
    while i < offset, text[i] != "\n" { i += 1 }
    while i < offset {
      // A line break: the next non-blank line must be an item.
      while i < text.count, text[i] == "\n" || TextBlocks.isSpace(text[i]) { i += 1 }
      guard i < text.count, text[i] == "—" else { return false }
      while i < offset, text[i] != "\n" { i += 1 }
    }
    return true
  }

  /// The report's year from its opening (`2024年XX县政府工作报告`) when metadata lacks it.
  static func inferredYear(_ text: [Unicode.Scalar]) -> Int? {
    let head = min(text.count, 300)
    for i in 0..<head {
      if let (y, _) = TimeCueScanner.year(at: i, in: text, limit: head) { return y }
    }
    return nil
  }
}
