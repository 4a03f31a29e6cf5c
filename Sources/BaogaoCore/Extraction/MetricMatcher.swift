/// A metric name found in a sentence.
struct MetricMention: Sendable, Hashable {
  var start: Int
  var end: Int
  var metric: String
  var text: String
  /// Found by a name that counts only in goals (`经济增长`).
  var targetOnly: Bool
  var split: [String]?
  var rate: Bool
  var units: [String]?
}

/// Finds metric names in text, longest name first at each position, so `社会消费品零售总额`
/// wins over `消费品零售总额` and an excluded phrase (`社会生产总值`) hides `生产总值`.
struct MetricMatcher: Sendable {
  private struct Name: Sendable {
    var scalars: [Unicode.Scalar]
    /// Index into `lexicon.entries`, or nil for an excluded phrase.
    var entry: Int?
    var targetOnly: Bool
    /// For an elliptic name: the metric that must come just before.
    var after: String? = nil
    var afterNames: [String]? = nil
  }

  let lexicon: MetricLexicon
  private var byFirst: [Unicode.Scalar: [Name]] = [:]
  /// The keys of `byFirst`: most characters start no name, and a bit says so faster than a hash.
  private var firsts = ScalarSet("")

  init(lexicon: MetricLexicon) {
    self.lexicon = lexicon
    var table: [Unicode.Scalar: [Name]] = [:]
    func add(_ s: String, _ entry: Int?, _ targetOnly: Bool) {
      let scalars = Array(s.unicodeScalars)
      guard let f = scalars.first else { return }
      table[f, default: []].append(Name(scalars: scalars, entry: entry, targetOnly: targetOnly))
    }
    for (i, e) in lexicon.entries.enumerated() {
      for n in e.names { add(n, i, false) }
      for n in e.targetNames ?? [] { add(n, i, true) }
    }
    for x in lexicon.exclude { add(x, nil, false) }
    for (i, e) in lexicon.entries.enumerated() {
      for el in e.elliptic ?? [] {
        let scalars = Array(el.name.unicodeScalars)
        guard let f = scalars.first else { continue }
        table[f, default: []].append(
          Name(
            scalars: scalars, entry: i, targetOnly: false, after: el.after,
            afterNames: el.afterNames))
      }
    }
    for k in table.keys { table[k]!.sort { $0.scalars.count > $1.scalars.count } }
    byFirst = table
    firsts = ScalarSet(scalars: table.keys)
  }

  func mentions(in text: [Unicode.Scalar], range: Range<Int>) -> [MetricMention] {
    var out: [MetricMention] = []
    var i = range.lowerBound
    scan: while i < range.upperBound {
      if firsts.contains(text[i]), let names = byFirst[text[i]] {
        for n in names where i + n.scalars.count <= range.upperBound {
          if let after = n.after, out.last?.metric != after { continue }
          if let names = n.afterNames, let last = out.last, !names.contains(last.text) { continue }
          var k = 0
          while k < n.scalars.count, text[i + k] == n.scalars[k] { k += 1 }
          guard k == n.scalars.count else { continue }
          if let e = n.entry {
            let entry = lexicon.entries[e]
            out.append(
              MetricMention(
                start: i, end: i + k, metric: entry.id,
                text: String(String.UnicodeScalarView(n.scalars)), targetOnly: n.targetOnly,
                split: entry.split, rate: entry.rate ?? false, units: entry.units))
          }
          i += k
          continue scan
        }
      }
      i += 1
    }
    return out
  }
}
