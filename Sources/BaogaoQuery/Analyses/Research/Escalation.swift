import BaogaoCore

/// A government's target beside the target of the level above for the same year, for
/// `escalation`: 云浮市 sets GDP growth 7%左右 where 广东省 set 6%左右 → difference 1.
///
/// The level above is the report whose region is this report's `parent` (揭阳市 for 榕城区); a
/// province whose parent is unknown is set beside the national report. Levels follow
/// national → province → city → district/county → town. Growth targets are compared.
public enum Escalation {
  /// `region, level, parent, parent_level, metric, year, target, qualifier, parent_target,
  /// parent_qualifier, difference, report_id, parent_report_id, target_id, parent_target_id`
  /// (the fact ids, for `source`).
  public static let schema = Schema([
    Column("region", .string), Column("level", .string), Column("parent", .string),
    Column("parent_level", .string), Column("metric", .string), Column("year", .int),
    Column("target", .double), Column("qualifier", .string), Column("parent_target", .double),
    Column("parent_qualifier", .string),
    Column("difference", .double, help: "target − parent_target, in percentage points"),
    Column("report_id", .string), Column("parent_report_id", .string),
    Column("target_id", .string, help: "the target's fact id, for source: r3.f5"),
    Column("parent_target_id", .string, help: "the parent's target fact id"),
  ])

  public static func table(for indicators: [Indicator], reports: [Report]) -> Table {
    // First growth target per report and metric.
    var targets: [String: [String: Indicator]] = [:]
    for i in indicators where i.kind == "target" && i.growth != nil && !i.masked {
      if targets[i.reportID]?[i.metric] == nil { targets[i.reportID, default: [:]][i.metric] = i }
    }
    func parentReport(of report: Report) -> Report? {
      guard let year = report.year, let level = report.level, level != .national else { return nil }
      return reports.first { candidate in
        guard candidate.year == year, let parentLevel = candidate.level,
          parentLevel.rank < level.rank,
          targets[candidate.id] != nil
        else { return false }
        if let parent = report.parent { return candidate.region == parent }
        return level == .province && parentLevel == .national
      }
    }
    var rows: [[Value]] = []
    for report in reports {
      guard let own = targets[report.id], let parent = parentReport(of: report),
        let above = targets[parent.id]
      else { continue }
      for (metric, target) in own.sorted(by: { $0.key < $1.key }) {
        guard let upper = above[metric], let t = target.growth, let u = upper.growth else {
          continue
        }
        rows.append([
          Value(report.region), Value(report.level?.rawValue), Value(parent.region),
          Value(parent.level?.rawValue), .string(metric), Value(report.year), .double(t),
          Value(target.qualifier), .double(u), Value(upper.qualifier), .double(t - u),
          .string(report.id), .string(parent.id), .string(target.id), .string(upper.id),
        ])
      }
    }
    return Table(schema: schema, rows: rows)
  }
}
