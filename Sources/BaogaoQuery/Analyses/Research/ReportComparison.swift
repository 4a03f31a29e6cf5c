import BaogaoCore

/// Two reports side by side, for `compare r1 r2`: their targets, term rates and section headings,
/// one row per item, with `differs` marking what changed.
///
/// - `target` rows: each metric with a target in either report, as written (`5.5 左右`, `6–6.5`),
///   `difference` = right − left growth.
/// - `term` rows: rate per 10,000 characters of each term (by default the built-in
///   `environment`, `innovation` and `uncertainty` dictionaries, one row per category).
/// - `section` rows: top-level headings found in only one of the two reports (`differs` true) or
///   in both.
public enum ReportComparison {
  /// `aspect, item, left, right, difference, differs`.
  public static let schema = Schema([
    Column("aspect", .string, help: "target, term or section"), Column("item", .string),
    Column("left", .string), Column("right", .string),
    Column("difference", .double, help: "right − left, where both are numbers"),
    Column("differs", .bool),
  ])

  /// One side: a report, its indicators and its section headings.
  public struct Side: Sendable {
    public var report: Report
    public var indicators: [Indicator]
    public var headings: [String]

    public init(report: Report, indicators: [Indicator], headings: [String]) {
      self.report = report
      self.indicators = indicators
      self.headings = headings
    }
  }

  public static func table(
    _ left: Side, _ right: Side,
    dictionaries: [TermDictionary] = BuiltInDictionaries.names.compactMap(
      BuiltInDictionaries.dictionary)
  ) -> Table {
    var rows: [[Value]] = []
    // Targets.
    let l = firstTargets(left.indicators)
    let r = firstTargets(right.indicators)
    for metric in Array(Set(l.keys).union(r.keys)).sorted() {
      let a = l[metric]
      let b = r[metric]
      let difference = a?.growth.flatMap { x in b?.growth.map { $0 - x } }
      let (ta, tb) = (a.map(describe), b.map(describe))
      rows.append([
        "target", .string(metric), Value(ta), Value(tb), Value(difference), .bool(ta != tb),
      ])
    }
    // Term rates.
    for dictionary in dictionaries {
      let table = TermCounter.frequencies(in: [left.report, right.report], dictionary: dictionary)
      let count = dictionary.categories.count
      let rateIndex = table.schema.index(of: "per_10k")!
      for i in 0..<count {
        let a = table.rows[i][rateIndex].number
        let b = table.rows[count + i][rateIndex].number
        let difference = a.flatMap { x in b.map { $0 - x } }
        rows.append([
          "term", .string(dictionary.categories[i].name + " per_10k"), Value(a.map(rate)),
          Value(b.map(rate)),
          Value(difference), .bool(a.map(rate) != b.map(rate)),
        ])
      }
    }
    // Sections.
    let leftHeadings = Set(left.headings)
    let rightHeadings = Set(right.headings)
    var seen = Set<String>()
    for heading in left.headings + right.headings where seen.insert(heading).inserted {
      let inLeft = leftHeadings.contains(heading)
      let inRight = rightHeadings.contains(heading)
      rows.append([
        "section", .string(heading), inLeft ? "present" : "absent", inRight ? "present" : "absent",
        .null,
        .bool(inLeft != inRight),
      ])
    }
    return Table(schema: schema, rows: rows)
  }

  /// The first target stated per metric.
  private static func firstTargets(_ indicators: [Indicator]) -> [String: Indicator] {
    var out: [String: Indicator] = [:]
    for i in indicators where i.kind == "target" && out[i.metric] == nil { out[i.metric] = i }
    return out
  }

  /// `5.5% 左右`, `6–6.5%`, `1002.18 亿元`.
  static func describe(_ i: Indicator) -> String {
    var text: String
    if let g = i.growth {
      text = Value.format(g) + (i.growthHigh.map { "–" + Value.format($0) } ?? "") + "%"
    } else if let v = i.value {
      text = Value.format(v) + (i.unit ?? "")
    } else {
      text = i.metricText
    }
    if let s = i.strength { text += " " + s }
    return text
  }

  private static func rate(_ d: Double) -> String { Value.format((d * 100).rounded() / 100) }
}
