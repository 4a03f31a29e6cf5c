import Foundation

/// Tells a metric named for the report's own region from the same metric of a part of it:
/// another place (`襄阳、宜昌经济总量突破6000亿元`, `临夏州经济总量跻身500亿元行列`) or a
/// trade partner (`对共建“一带一路”国家进出口额增长27.7%`).
///
/// Reports of provinces list their cities' results beside their own; the figures are real but
/// they are not the report's, and a researcher comparing provinces would count them twice.
enum SubjectFilter {
  /// Words that may stand before a metric's name in its own clause and still leave the
  /// report's region its subject: `全省经济总量`, `预计经济总量`, `我国经济总量`.
  static let ownLeads = [
    "全", "本", "我", "该", "今", "去", "明", "年", "的", "预计", "实现", "完成", "初步", "推动", "力争", "确保", "争取",
    "其中", "带动",
  ]
  static let regionSuffixes: Set<Unicode.Scalar> = Set("市州县区盟旗".unicodeScalars)

  /// Words naming a part of a total, from `extraction-vocabulary.json`: `国有单位固定资产投资…
  /// 全年增长19·5%` is the state sector's investment, `海洋生产总值` the sea economy's output,
  /// `园区规上工业增加值` the parks', though each is named with the whole's name.
  static let partQualifiers = ExtractionVocabulary.builtIn.partQualifiers.sorted {
    $0.count > $1.count
  }

  /// Verbs between a part and the name: `verbsBeforeName` in `extraction-vocabulary.json`.
  static let verbsBeforeName = ExtractionVocabulary.builtIn.verbsBeforeName.sorted {
    $0.count > $1.count
  }

  /// Words that may stand right before a goal-only name: `全省经济增长`, `力争经济增长`.
  static let goalOnlyLeads = ExtractionVocabulary.builtIn.ownLeads

  /// Is the mention about another subject than the report's region?
  static func isOtherSubject(
    _ m: MetricMention, in text: [Unicode.Scalar], floor: Int, region: String?,
    named: [MetricMention] = []
  ) -> Bool {
    var lo = m.start
    while lo > floor, !FactReader.clauseBreaks.contains(text[lo - 1]), text[lo - 1] != "、" {
      lo -= 1
    }
    let lead = FigureContext.string(text, lo..<m.start)
    // The subject's own words start at the last clause break or at a full stop written `.`
    // after a figure (`下降25.7%.固定资产投资4600亿元`).
    var from = lo
    for i in lo..<m.start where text[i] == "." {
      if !(i + 1 < m.start && ("0"..."9").contains(text[i + 1])) { from = i + 1 }
    }
    // `今年全市经济发展的预期目标为生产总值增长9%`: a goal phrase introduces the goals as a colon
    // would; their subjects start after it.
    for p in IndicatorExtractor.goalPhrases {
      for i in from..<m.start where text[i..<min(m.start, i + p.count)].elementsEqual(p) {
        from = max(from, i + p.count)
      }
    }
    var end = m.start
    while end > from {
      // `城镇居民人均可支配收入和农村居民…`, `地区生产总值（GDP）`: a name joined to a name before
      // it, or glossing it in brackets, has that name's subject (`园区完成规上工业增加值和固定资产
      // 投资` is the parks').
      if let earlier = named.last(where: { $0.end <= end && $0.start >= from }) {
        let joint = FigureContext.string(text, earlier.end..<end)
        if joint == "（" || joint == "(" {
          end = earlier.start
          continue
        }
        // A subject with its verb is both names' (`园区完成…增加值和固定资产投资`); a bare
        // modifier is the first name's only (`工业固定资产投资和规模以上工业增加值`).
        if joint == "以及"
          || (joint.unicodeScalars.count == 1
            && IndicatorExtractor.listJoiners.contains(joint.unicodeScalars.first!))
        {
          let earlierLead = FigureContext.string(text, from..<earlier.start)
          if verbsBeforeName.contains(where: { earlierLead.contains($0) }) {
            end = earlier.start
          } else {
            from = earlier.end + joint.unicodeScalars.count
          }
          continue
        }
      }
      // `国内实际到位资金和实际利用外资均增长10%`: a measure joined before the name is its sibling,
      // not its subject; a place or partner is (`沿线国家和地区进出口总额`). A measure's name ends
      // as the metrics' names end (`额`, `值`, `资`, `率` …).
      if let j = (from..<end).last(where: { IndicatorExtractor.listJoiners.contains(text[$0]) }),
        j > from, measureEnds.contains(text[j - 1])
      {
        from = j + 1
        continue
      }
      break
    }
    // `市级园区完成总产值436亿元，增长20%，其中规上工业总产值417亿元`: a part after `其中` has
    // the subject of the whole it divides, the last level before it in its sentence.
    if lead.hasPrefix("其中"),
      let whole = wholeSubject(before: lo, in: text, floor: floor, named: named), isPart(whole)
    {
      return true
    }
    // `全民所有制单位的固定资产投资总额`: the part may be joined by 的, or stand before a verb
    // (`全省国有单位共完成固定资产投资124.9亿元`).
    var head = lead.hasSuffix("的") ? String(lead.dropLast()) : lead
    if let v = verbsBeforeName.first(where: { head.hasSuffix($0) }) {
      head = String(head.dropLast(v.count))
    }
    // `全社会固定资产投资` is the whole: a qualifier after 全 is the region's own.
    if let q = partQualifiers.first(where: { head.hasSuffix($0) }), !head.hasSuffix("全" + q) {
      return true
    }
    if let region, !region.isEmpty, lead.hasSuffix(region) || lead.hasSuffix(short(region)) {
      return false
    }
    // `数字经济增长30%`, `村集体经济增长10%`: a goal-only name (`经济增长`) glued to a word
    // that is not the region's own is another economy's growth.
    if m.targetOnly, let last = lead.unicodeScalars.last, isHan(last),
      !goalOnlyLeads.contains(where: { lead.hasSuffix($0) })
    {
      return true
    }
    // Anything else before the name that is not the region's own words names another subject.
    return !SubjectLead.isOwn(text[from..<end], region: region)
  }

  /// Does the subject end with a part's word (`园区`, `国有单位`, `民间`), not after `全`?
  static func isPart(_ subject: ArraySlice<Unicode.Scalar>) -> Bool {
    var head = String(String.UnicodeScalarView(subject))
    if head.hasSuffix("的") { head = String(head.dropLast()) }
    return partQualifiers.contains { head.hasSuffix($0) && !head.hasSuffix("全" + $0) }
  }

  /// The subject of the last clause before `offset` in its sentence that states a level
  /// (`市级园区完成总产值436亿元`): its words up to its first metric name, verb or figure.
  static func wholeSubject(
    before offset: Int, in text: [Unicode.Scalar], floor: Int, named: [MetricMention]
  ) -> ArraySlice<Unicode.Scalar>? {
    var end = offset
    while end > floor {
      var start = end - 1
      while start > floor, !FactReader.clauseBreaks.contains(text[start - 1]) { start -= 1 }
      let clause = start..<max(start, end - 1)
      if let level = NumberGrammar.figures(in: text, range: clause).first(where: { !$0.isPercent })
      {
        var leadEnd = level.start
        if let m = named.first(where: { clause.contains($0.start) }) {
          leadEnd = min(leadEnd, m.start)
        }
        for i in start..<leadEnd
        where verbsBeforeName.contains(where: {
          NumberGrammar.matches($0, at: i, in: text, limit: leadEnd)
        }) {
          leadEnd = i
          break
        }
        return text[start..<leadEnd]
      }
      end = start
    }
    return nil
  }

  /// The last characters of the lexicon's names (`额`, `值`, `入`, `率`, `资`, `款`, `口` …), and
  /// `金` of `资金`: a noun ending so names a measure. `业` is left out: it ends `就业` and `企业`
  /// alike.
  static let measureEnds: Set<Unicode.Scalar> = Set(
    MetricLexicon.builtIn.entries.flatMap { $0.names + ($0.targetNames ?? []) }
      .compactMap { $0.unicodeScalars.last }
  ).subtracting(["业"]).union(["金"])

  /// Where a run of clauses joined by `；` begins: after the last `。` `！` `？` `：` or line break
  /// before `offset` (at most 400 characters back).
  static func runStart(_ text: [Unicode.Scalar], before offset: Int) -> Int {
    var i = offset
    while i > 0, offset - i < 400, !"。！？：:\n".unicodeScalars.contains(text[i - 1]) { i -= 1 }
    return i
  }

  /// Is `lead`, the words before a run's first metric name, another place named with its suffix
  /// (`贵安新区直管区`, `临夏州`), not the report's own region?
  static func isOtherPlace(_ lead: String, region: String?) -> Bool {
    let scalars = Array(lead.unicodeScalars)
    // A name, not a phrase ending in one (`根据…省统计局对我市`).
    guard (3...8).contains(scalars.count), let last = scalars.last, regionSuffixes.contains(last),
      scalars.allSatisfy(isHan), !ownLeads.contains(where: { lead.hasPrefix($0) }),
      !lead.hasSuffix("地区"), !lead.hasSuffix("城区"),
      !["我", "本", "全", "该"].contains(where: { lead.dropLast().hasSuffix($0) })
    else { return false }
    if let region, !region.isEmpty, lead.hasSuffix(region) || lead.hasSuffix(short(region)) {
      return false
    }
    return true
  }

  /// Does the sentence starting at `start` open with another place of the code table than the
  /// report's `region` (`过去的一年，枞阳县经济社会发展…，生产总值达到195亿元` in 铜陵's report)?
  /// The place may follow one short clause of time (`过去的一年，`, `2015年，`). A name must be a
  /// unit of `adcodes.tsv` with its suffix, so `根据市委…` or `建设工业强市` name no place, and
  /// a party or government body (`安徽省委`, `市政府`) is no subject of figures.
  ///
  /// Returns where the place's name starts, or nil.
  static func opensWithOtherPlace(
    _ text: [Unicode.Scalar], sentenceStart start: Int, limit: Int, region: String?
  ) -> Int? {
    guard let region, !region.isEmpty else { return nil }
    var p = start
    while p < limit, TextBlocks.isSpace(text[p]) || text[p] == "—" { p += 1 }
    var openings = [p]
    var k = p
    while k < limit, k - p <= 12, !FactReader.clauseBreaks.contains(text[k]) { k += 1 }
    if k < limit, k - p <= 12, text[k] == "，" || text[k] == "," { openings.append(k + 1) }
    let directory = RegionDirectory.shared
    let own = directory.unit(named: region)
    for o in openings {
      for n in stride(from: 8, through: 3, by: -1) where o + n < limit {
        let name = text[o..<(o + n)]
        guard let last = name.last, regionSuffixes.contains(last) || last == "省",
          name.allSatisfy(isHan)
        else { continue }
        let s = String(String.UnicodeScalarView(name))
        guard let unit = directory.unit(named: s) else { continue }
        if unit == own || s == region || s == short(region) { return nil }
        // `安徽省委`, `市人民政府`, `县人大`: a body, not the place's economy.
        if "委政人党".unicodeScalars.contains(text[o + n]) { return nil }
        return o
      }
    }
    return nil
  }

  /// Does the place opening a sentence at `place` reach the name at `offset`? It is the subject
  /// of its own clause and the two after it (`枞阳县经济社会发展取得长足进步，生产总值达到195亿元`),
  /// and of a `；`-joined clause that opens with the figure's verb or name
  /// (`曹妃甸区完成固定资产投资734.9亿元，增长19.1%；实现公共财政预算收入48.7亿元`); further on,
  /// other subjects have come in (`贡山县被命名为…，怒江州被授予…，…城镇化率由33%提高到48%`).
  static func placeReaches(
    _ offset: Int, from place: Int, in text: [Unicode.Scalar], clauses: Int = 2
  ) -> Bool {
    guard place <= offset else { return false }
    var commas = 0
    var runs = 0
    for i in place..<offset {
      switch text[i] {
      case "，", ",": commas += 1
      case "；", ";":
        runs += 1
        commas = 0
      default: break
      }
    }
    return runs == 0 ? commas <= clauses : commas == 0
  }

  /// The metrics a part of the city's territory may be the subject of: `cityProperMetrics`.
  static let cityProperMetrics = Set(ExtractionVocabulary.builtIn.cityProperMetrics)

  /// `新区`, `开发区`, `园区` …: `zoneSuffixes` in `extraction-vocabulary.json`.
  static let zoneSuffixes = ExtractionVocabulary.builtIn.zoneSuffixes.map {
    Array($0.unicodeScalars)
  }

  /// `发挥`, `加快` …: `zoneObjectVerbs` in `extraction-vocabulary.json`.
  static let zoneObjectVerbs = ExtractionVocabulary.builtIn.zoneObjectVerbs.map {
    Array($0.unicodeScalars)
  }

  /// Does the text at `start` (a paragraph's or a sentence's first words) open with a zone's
  /// name as its subject (`雄安新区建设取得新进展`, `全市开发区累计打造平台3300亩`): a run of at
  /// most ten Chinese characters ending in a zone suffix, before the first break, with no verb
  /// that makes the zone its object (`更好发挥滨海新区…`)? Returns where the name ends.
  static func zoneOpening(_ text: [Unicode.Scalar], at start: Int, limit: Int) -> Int? {
    var p = start
    while p < limit, TextBlocks.isSpace(text[p]) || text[p] == "—" { p += 1 }
    var k = p
    while k < limit, k - p < 10, isHan(text[k]) {
      k += 1
      // `自贸试验区`, `高新区` name a zone alone; `新区`, `园区` need a name before them.
      if let z = zoneSuffixes.first(where: { z in
        (k - p > z.count || k - p == z.count && z.count >= 3)
          && text[(k - z.count)..<k].elementsEqual(z)
      }) {
        // A verb before the suffix (`开发` of `开发区` is the suffix's own).
        let nameEnd = k - z.count
        let governed = (p..<nameEnd).contains { i in
          zoneObjectVerbs.contains { v in
            i + v.count <= nameEnd && text[i..<(i + v.count)].elementsEqual(v)
          }
        }
        // `长春新区等重大开放平台载体建设成效显著`: a kind of platform, the zone an example.
        let example = k < limit && text[k] == "等"
        return governed || example ? nil : k
      }
    }
    return nil
  }

  /// `中心城区`, `市区`, `县城` …: `subAreaWords` in `extraction-vocabulary.json`, longest first.
  static let subAreaWords = ExtractionVocabulary.builtIn.subAreaWords
    .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// Where the last part of the city's territory named before `offset` in the sentence starts,
  /// when it leads an item with a figure of its own: `中心城区建成区面积达到120平方公里，常住人口
  /// 达到120万人`, `把柳州建设成为市区建成区面积200平方公里以上、常住人口200万人以上`. `加快中心
  /// 城区建设` states no figure of the area and is no subject of what follows.
  static func subAreaLead(before offset: Int, from start: Int, in text: [Unicode.Scalar]) -> Int? {
    var i = offset - 1
    while i >= start {
      if let w = subAreaWords.first(where: { w in
        i + w.count <= offset && text[i..<(i + w.count)].elementsEqual(w)
      }) {
        var k = i + w.count
        while k < offset, !FactReader.clauseBreaks.contains(text[k]), text[k] != "、" {
          if ChineseNumber.digitValue(text[k]) != nil { return i }
          k += 1
        }
        return nil
      }
      i -= 1
    }
    return nil
  }

  /// `发挥`, `实现`, `呈现` …: `partPredicates` in `extraction-vocabulary.json`.
  static let partPredicates = ExtractionVocabulary.builtIn.partPredicates.map {
    Array($0.unicodeScalars)
  }

  /// Where the clause before the one holding `offset` starts, when that clause has a zone or a
  /// part of the territory for its subject and states no figure: `开发区发挥主力军作用，规上工业
  /// 增加值增长13%`, `县域经济呈现积极变化，一般公共预算收入…分别增长15.6%…`. Such a clause is the
  /// subject of the clause after it when that clause opens with the metric's name (a region's
  /// word before it, `全年进出口总值`, keeps the figure the region's).
  static func partClause(before offset: Int, from start: Int, in text: [Unicode.Scalar]) -> Int? {
    let own = IndicatorExtractor.clauseStart(text, before: offset, floor: start)
    guard own > start, text[own - 1] == "，" || text[own - 1] == ",",
      opensWithName(own, offset, text)
    else { return nil }
    let previous = IndicatorExtractor.clauseStart(text, before: own - 1, floor: start)
    guard !holdsDigit(previous..<(own - 1), in: text) else { return nil }
    var p = previous
    while p < own - 1, TextBlocks.isSpace(text[p]) || text[p] == "*" { p += 1 }
    guard
      var k = zoneOpening(text, at: p, limit: own - 1)
        ?? subAreaWords.first(where: { w in
          p + w.count < own && text[p..<(p + w.count)].elementsEqual(w)
        }).map({ p + $0.count })
    else { return nil }
    // `各开发区（园区）要…`, `县域经济呈现…`: a remark in brackets, and the part's economy.
    if k < own, text[k] == "（" || text[k] == "(" {
      while k < own, text[k] != "）", text[k] != ")" { k += 1 }
      k += 1
    }
    if NumberGrammar.matches("经济", at: k, in: text, limit: own) { k += 2 }
    let predicate = partPredicates.contains { w in
      k + w.count < own && text[k..<(k + w.count)].elementsEqual(w)
    }
    return predicate ? previous : nil
  }

  /// Does the clause from `clause` to the name at `name` state no figure before the name, nor
  /// open with a word of the whole (`全年进出口总值`, `全市…`)?
  static func opensWithName(_ clause: Int, _ name: Int, _ text: [Unicode.Scalar]) -> Bool {
    clause == name || text[clause] != "全" && !holdsDigit(clause..<name, in: text)
  }

  static func holdsDigit(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
    range.contains { ChineseNumber.digitValue(text[$0]) != nil }
  }

  /// Does `lead` name the report's own region outright (`全市`, `我市` in a city's report,
  /// `铜陵市`, `铜陵`)? In a city's report `全县` is a county's.
  static func namesOwnRegion(_ lead: String, region: String?) -> Bool {
    guard let region, !region.isEmpty, let kind = region.unicodeScalars.last else { return false }
    let scalars = Array(lead.unicodeScalars)
    for i in scalars.indices.dropLast()
    where "全我本".unicodeScalars.contains(scalars[i]) && scalars[i + 1] == kind {
      return true
    }
    return lead.contains(region) || lead.contains(short(region))
  }

  /// `广西壮族自治区` → `广西`, `湖北省` → `湖北`: the name without its suffix.
  static func short(_ region: String) -> String {
    for s in ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市", "县", "区", "镇"] where region.hasSuffix(s)
    {
      return String(region.dropLast(s.count))
    }
    return region
  }

  static func isHan(_ c: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(c.value)
  }
}
