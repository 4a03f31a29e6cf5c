/// The subjects larger than a clause that a sentence's figures may fall under, read once per
/// sentence: a zone that opens the sentence or its paragraph (`雄安新区建设取得新进展。…全年固定资产
/// 投资增长16%`), a place of the code table that opens the sentence (`过去的一年，枞阳县经济社会
/// 发展…，生产总值达到195亿元`), and a part of the city that leads an item with a figure
/// (`中心城区建成区面积达到120平方公里，常住人口达到120万人`).
///
/// A figure whose own clause names the report's region again (`全市`, `铜陵市`) after such a
/// subject is the region's; `SubjectFilter.isOtherSubject` reads the clause's own lead.
struct SubjectFrame {
  /// Where the zone's name ends (the sentence's start when the zone opens the paragraph).
  var zoneEnd: Int?
  /// Where the place that opens the sentence starts.
  var place: Int?
  var sentenceStart: Int
  var region: String?

  init(
    text: [Unicode.Scalar], sentenceStart: Int, paragraphStart: Int, limit: Int, region: String?
  ) {
    self.sentenceStart = sentenceStart
    self.region = region
    // `全市开发区` before the figure is the zones'; the region named after the zone takes the
    // figure back (`…，全市进出口总额增长`).
    zoneEnd =
      SubjectFilter.zoneOpening(text, at: sentenceStart, limit: limit)
      ?? SubjectFilter.zoneOpening(text, at: paragraphStart, limit: limit).map { _ in
        sentenceStart
      }
    place = SubjectFilter.opensWithOtherPlace(
      text, sentenceStart: sentenceStart, limit: limit, region: region)
  }

  /// Is the mention's figure one of these subjects' rather than the region's?
  func isOther(_ m: MetricMention, in text: [Unicode.Scalar]) -> Bool {
    func namesRegionBetween(_ from: Int) -> Bool {
      SubjectFilter.namesOwnRegion(FigureContext.string(text, from..<m.start), region: region)
    }
    // Rates (城镇化率) stay the region's.
    if let zone = zoneEnd, zone <= m.start, !m.rate, !namesRegionBetween(zone) {
      return true
    }
    if let place, SubjectFilter.placeReaches(m.start, from: place, in: text),
      !namesRegionBetween(place)
    {
      return true
    }
    // A part as the subject of the clause before (`开发区发挥主力军作用，规上工业增加值增长13%`);
    // rates stay the region's here too.
    if !m.rate, let part = SubjectFilter.partClause(before: m.start, from: sentenceStart, in: text),
      !namesRegionBetween(part)
    {
      return true
    }
    if SubjectFilter.cityProperMetrics.contains(m.metric),
      let area = SubjectFilter.subAreaLead(before: m.start, from: sentenceStart, in: text),
      SubjectFilter.placeReaches(m.start, from: area, in: text, clauses: 1),
      !namesRegionBetween(area)
    {
      return true
    }
    return false
  }
}
