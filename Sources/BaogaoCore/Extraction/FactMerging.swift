/// Tidies a report's facts: a fact named twice in a sentence becomes one, and a fact another
/// says in full is dropped.
extension IndicatorExtractor {
  /// Joins the halves of one fact a sentence names twice: `地区生产总值增长5.7%，…，经济总量达到
  /// 64697亿元` → value 64697 亿元 and growth 5.7. A level with a hedge of its own stays apart
  /// from a growth without it (`突破1万亿元，增长10%`: at least 1万亿元, and 10%).
  static func merged(_ facts: [Indicator]) -> [Indicator] {
    var out: [Indicator] = []
    for f in facts {
      if let i = out.lastIndex(where: { g in
        let level = g.value != nil ? g : f
        let growth = g.value != nil ? f : g
        return g.sentenceID == f.sentenceID && g.metric == f.metric && g.kind == f.kind
          && g.period == f.period
          && (level.qualifier == nil || level.qualifier == growth.qualifier)
          && ((g.value == nil && g.growth != nil && f.value != nil && f.growth == nil)
            || (g.growth == nil && g.value != nil && f.growth != nil && f.value == nil))
      }) {
        if out[i].value == nil {
          out[i].value = f.value
          out[i].unit = f.unit
        } else {
          out[i].growth = f.growth
          out[i].growthHigh = f.growthHigh
        }
        out[i].masked = out[i].masked || f.masked
        out[i].qualifier = out[i].qualifier ?? f.qualifier
        out[i].start = min(out[i].start, f.start)
        out[i].end = max(out[i].end, f.end)
      } else {
        out.append(f)
      }
    }
    return out
  }

  /// Drops a fact another fact of the same metric, kind and period says in full: `固定资产投资
  /// 增长73.2%` when `固定资产投资完成42.9亿元,增长73.2%` is also there, and a figure restated
  /// without the hedge it was set with (`经济增长目标确定为7%` after `地区生产总值增长7%左右`).
  static func withoutSubsumed(_ facts: [Indicator]) -> [Indicator] {
    func covers(_ a: Indicator, _ b: Indicator) -> Bool {
      guard a.metric == b.metric, a.kind == b.kind, a.period == b.period, a.id != b.id else {
        return false
      }
      if let v = b.value, a.value != v || a.unit != b.unit { return false }
      if let g = b.growth, a.growth != g { return false }
      if let h = b.growthHigh, a.growthHigh != h { return false }
      if b.value == nil && b.growth == nil && !(a.masked && b.masked) { return false }
      return (a.value != nil && b.value == nil) || (a.growth != nil && b.growth == nil)
        || (a.qualifier != nil && b.qualifier == nil && a.value == b.value && a.growth == b.growth)
    }
    var kept = facts.filter { b in !facts.contains { a in covers(a, b) } }
    for i in kept.indices { kept[i].id = "\(kept[i].reportID).f\(i + 1)" }
    return kept
  }
}
