import BaogaoCore

/// The report's place and time that every per-report text source carries (`search`, `kwic`,
/// `freq`, `sentences`, `terms`, `sections`, `readability`): by-level and by-year analysis then
/// needs no join with `reports` (`freq @environment | group level, year …`).
enum ReportContext {
  /// `region, level, year, adcode`, in that order, after `report_id`. `adcode`, a code for joins
  /// rather than for reading, is left out of table mode unless selected (csv and json have it);
  /// so are the names in `hidden`: `kwic` hides `level` too, to keep its contexts wide.
  static func columns(hidden: Set<String> = []) -> [Column] {
    [
      Column("region", .string, help: "the government giving the report"),
      Column(
        "level", .string, hidden: hidden.contains("level"),
        help: "national, province, city, district, county, town"),
      Column("year", .int, help: "the report's own year"),
      Column(
        "adcode", .string, hidden: true,
        help: "the region's 6-digit administrative division code (shown when selected)"),
    ]
  }

  static let columns = columns()

  static func values(_ report: Report) -> [Value] {
    [Value(report.region), Value(report.level?.rawValue), Value(report.year), Value(report.adcode)]
  }

  /// The context of the report with this id, or nulls when it is not loaded.
  static func values(id: String, in reports: [String: Report]) -> [Value] {
    reports[id].map(values) ?? [.null, .null, .null, .null]
  }

  /// The reports by id, for sources that walk structures rather than reports.
  static func byID(_ reports: [Report]) -> [String: Report] {
    Dictionary(reports.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
  }
}
