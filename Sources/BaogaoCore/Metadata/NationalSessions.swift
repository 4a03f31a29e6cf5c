import Foundation

/// The year each session of the National People's Congress met, from `npc-sessions.tsv`.
///
/// A national report without a dated heading still names its session in the address
/// (`我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告`), and the session gives the year.
enum NationalSessions {
  static let years: [String: Int] = {
    var years: [String: Int] = [:]
    for line in RegionDirectory.dataLines(RegionDirectory.resource("npc-sessions", "tsv")) {
      let c = line.split(separator: "\t").compactMap { Int($0) }
      if c.count == 3 { years["\(c[0])/\(c[1])"] = c[2] }
    }
    return years
  }()
  static let session = try! NSRegularExpression(
    pattern: "第([一二三四五六七八九十]+)届全国人民代表大会第([一二三四五六七八九十]+)次会议")

  /// `第十二届全国人民代表大会第一次会议` → 2013; nil for a session the table does not hold.
  static func year(of session: String) -> Int? {
    let ns = session as NSString
    guard
      let m = Self.session.firstMatch(in: session, range: NSRange(location: 0, length: ns.length)),
      let congress = ChineseNumeralDate.small(ns.substring(with: m.range(at: 1))),
      let number = ChineseNumeralDate.small(ns.substring(with: m.range(at: 2)))
    else { return nil }
    return years["\(congress)/\(number)"]
  }
}
