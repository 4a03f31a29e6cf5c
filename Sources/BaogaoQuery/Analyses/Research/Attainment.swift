import BaogaoCore

/// Targets beside what was achieved, for `attainment`: the 2022 report's 5.5%左右 GDP target next
/// to the 3.0% the 2023 report gives for 2022.
///
/// A target is an indicator of kind `target` for period P in the report of year Y. Its actual is
/// the `actual` indicator of the same government (region, or the file when the region is
/// unknown), metric and period P from the earliest later report (usually Y + 1's review). Growth
/// is compared when both give one, else the level when both are in one dimension (`base_unit`),
/// in the target's unit. Only single years compare: a five-year total or a part of a year is no
/// year's actual, and a goal without a number (`in_step`) has nothing to compare. `met` follows
/// `TargetRule`; `rule` says which rule was used. Targets with no actual yet get null actual,
/// gap and met. `target_id` and `actual_id` are the two facts (`r3.f5`), so `source` shows the
/// sentence each number was read from.
public enum Attainment {
  /// `region, level, metric, period, target, target_high, qualifier, actual, gap, met, rule,
  /// target_report_id, actual_report_id, target_id, actual_id`.
  public static let schema = Schema([
    Column("region", .string), Column("level", .string), Column("metric", .string),
    Column("period", .string), Column("target", .double),
    Column("target_high", .double, help: "upper bound of a range target (6%—6.5%)"),
    Column("qualifier", .string, help: "about, at_least, at_most, range"),
    Column("actual", .double), Column("gap", .double, help: "actual − target"),
    Column("met", .bool), Column("rule", .string, help: "how met was decided"),
    Column("target_report_id", .string), Column("actual_report_id", .string),
    Column("target_id", .string, help: "the target's fact id, for source: r3.f5"),
    Column("actual_id", .string, help: "the actual's fact id, for source"),
  ])

  public static func table(for indicators: [Indicator]) -> Table {
    // One year against one year: a five-year total (`十四五`时期城镇新增就业603.7万人) or a
    // part of a year is no year's actual.
    let actuals = Dictionary(
      grouping: indicators.filter { $0.kind == "actual" && !$0.masked && isYear($0.period) }
    ) {
      Key(government: $0.region ?? $0.doc, metric: $0.metric, period: $0.period ?? "")
    }
    var rows: [[Value]] = []
    var seen = Set<[String]>()
    for target in indicators where target.kind == "target" && !target.masked {
      guard let period = target.period, isYear(period), let targetYear = target.year,
        target.growth != nil || target.value != nil
      else { continue }
      // One target per report, metric and period: the first stated.
      guard seen.insert([target.reportID, target.metric, period]).inserted else { continue }
      let key = Key(government: target.region ?? target.doc, metric: target.metric, period: period)
      let later = (actuals[key] ?? []).filter { ($0.year ?? Int.min) > targetYear }
      let comparable = later.compactMap { actual -> (Indicator, Double, Double, Double?)? in
        if let t = target.growth, let a = actual.growth { return (actual, t, a, target.growthHigh) }
        // Levels in one dimension compare in the target's unit: 5.2万亿元 against 52000亿元.
        if let t = target.value, let tb = target.valueBase, tb != 0, let ab = actual.valueBase,
          target.baseUnit == actual.baseUnit
        {
          return (actual, t, ab * t / tb, nil)
        }
        return nil
      }
      let best = comparable.min {
        ($0.0.year ?? 0, $0.0.estimated ? 1 : 0) < ($1.0.year ?? 0, $1.0.estimated ? 1 : 0)
      }
      let targetNumber = target.growth ?? target.value
      let rule = TargetRule(metric: target.metric, qualifier: target.qualifier)
      var row: [Value] = [
        Value(target.region), Value(target.level?.rawValue), .string(target.metric),
        .string(period),
        Value(best?.1 ?? targetNumber), Value(best?.3 ?? target.growthHigh),
        Value(target.qualifier),
      ]
      if let (actual, t, a, high) = best {
        row += [
          .double(a), .double(a - t), .bool(rule.met(actual: a, low: t, high: high)),
          .string(rule.description), .string(target.reportID), .string(actual.reportID),
          .string(target.id), .string(actual.id),
        ]
      } else {
        row += [
          .null, .null, .null, .string(rule.description), .string(target.reportID), .null,
          .string(target.id), .null,
        ]
      }
      rows.append(row)
    }
    return Table(schema: schema, rows: rows)
  }

  /// `2025`, not `2021-2025` or `2024-01..11`.
  static func isYear(_ period: String?) -> Bool {
    guard let p = period else { return false }
    return p.count == 4 && p.allSatisfy(\.isASCII) && Int(p) != nil
  }

  private struct Key: Hashable {
    var government: String
    var metric: String
    var period: String
  }
}
