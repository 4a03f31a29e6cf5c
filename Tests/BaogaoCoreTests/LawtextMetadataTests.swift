import Foundation
import Testing

@testable import BaogaoCore

/// Region, level, year and adcode on all of `../shared/corpus/lawtext`, measured against the folder
/// and file names (`政府工作报告-{其他地市,主要城市,省自治区}/NAME/YEAR.md`).
///
/// - region: the folder's name, which is the unit's full official name;
/// - level: province for 省自治区 and the four municipalities, city otherwise;
/// - year: the file's year is the year the report plans for, so a report heard in November or
///   December has year = file year − 1, any other = file year. A file named a year off counts as
///   right when the text's own meeting date agrees with the tool (its year is the tool's year);
///   such files are printed, as are all misses.
/// - adcode: present for every report whose region is a unit of the code table.
///
/// The first report of each file is measured; `LawtextLoadTests.oneReportPerFile` asserts there is one.
@Suite struct LawtextMetadataTests {
  struct Outcome: Sendable {
    var files = 0
    var wrong: [String: [String]] = ["region": [], "level": [], "year": []]
    var namedOff: [String] = []
    var realUnits = 0
    var withAdcode = 0
  }

  static let outcome: Result<Outcome, any Error> = Result {
    _ = try LoaderTestSupport.requireShared("lawtext")
    // The same load as LawtextLoadTests (one report per file is asserted there): read once.
    let reports = LawtextLoadTests.lawtext.reports
    var seen: Set<String> = []
    var o = Outcome()
    let pattern = try NSRegularExpression(pattern: "政府工作报告-([^/]+)/([^/]+)/(\\d{4})\\.md$")
    for report in reports where seen.insert(report.doc).inserted {
      let ns = report.doc as NSString
      guard
        let m = pattern.firstMatch(in: report.doc, range: NSRange(location: 0, length: ns.length))
      else { continue }
      let set = ns.substring(with: m.range(at: 1))
      let region = ns.substring(with: m.range(at: 2))
      let fileYear = Int(ns.substring(with: m.range(at: 3)))!
      let name = "\(set)/\(region)/\(fileYear)"
      o.files += 1
      if report.region != region { o.wrong["region"]!.append("\(name): \(report.region ?? "nil")") }
      let level: Level =
        set == "省自治区" || RegionName.municipalities.contains(region) ? .province : .city
      if report.level != level {
        o.wrong["level"]!.append("\(name): \(report.level?.rawValue ?? "nil")")
      }
      let month = report.meetingDate.flatMap { Int($0.dropFirst(5).prefix(2)) }
      let dateYear = report.meetingDate.flatMap { Int($0.prefix(4)) }
      let expected = (month ?? 0) >= 11 ? fileYear - 1 : fileYear
      if report.year != expected {
        if let dateYear, dateYear == report.year {
          o.namedOff.append("\(name): year \(dateYear) from its date \(report.meetingDate!)")
        } else {
          o.wrong["year"]!.append(
            "\(name): \(report.year.map(String.init) ?? "nil") (date \(report.meetingDate ?? "none"))"
          )
        }
      }
      if let r = report.region, RegionDirectory.shared.unit(named: r) != nil {
        o.realUnits += 1
        if report.adcode != nil { o.withAdcode += 1 }
      }
    }
    return o
  }

  @Test(arguments: ["region", "level", "year"])
  func atLeast99PercentRight(field: String) throws {
    let o = try Self.outcome.get()
    try #require(o.files >= 1900, "lawtext should hold 1,914 report files, read \(o.files)")
    let misses = o.wrong[field]!
    print("lawtext \(field): \(o.files - misses.count)/\(o.files) right")
    for miss in misses { print("  \(field) wrong: \(miss)") }
    if field == "year" { for f in o.namedOff { print("  named a year off: \(f)") } }
    #expect(Double(o.files - misses.count) >= 0.99 * Double(o.files), "\(misses)")
  }

  @Test func everyRealUnitHasItsCode() throws {
    let o = try Self.outcome.get()
    print("lawtext adcode: \(o.withAdcode)/\(o.realUnits) reports of a real unit")
    #expect(o.realUnits >= 1900)
    #expect(o.withAdcode == o.realUnits)
  }
}
