/// A report's title line: a short line naming a government and ending in 政府工作报告.
///
/// `2021年榕城区政府工作报告`, `(广西)2024年柳州市融安县人民政府政府工作报告`, `西安市2018年政府工作报告`,
/// `南通市政府工作报告（2020年1月7日 王晖）`. A leading bracketed label is a site's column or a
/// province tag (`【云浮招商】`, `(广西)`), a trailing bracket a date or `（摘要）`. A line that quotes
/// the report (`《政府工作报告》名词解释`) or names no government (`政府工作报告`, `2014年政府工作报告`,
/// a newspaper page's running head) is not a title.
struct ReportTitle: Sendable, Equatable {
  /// The government named, without year, brackets or 人民政府: 榕城区, 柳州市融安县.
  var government: String
  /// The year written in the title, when there is one.
  var year: String?
  /// A leading bracketed label, `【云浮招商】`.
  var label: String?

  static let markers = ["政府工作报告", "政府工作報告"]
  /// Last characters of a government's name: 省, 市, 区, 县, 镇, 乡, 州, 盟, 旗 (and Traditional forms).
  static let unitEnds: Set<Character> = [
    "省", "市", "区", "區", "县", "縣", "镇", "鎮", "乡", "鄉", "州", "盟", "旗",
  ]
  static let governmentSuffixes = ["人民政府", "人民", "国务院", "國務院"]
  static let opening: Set<Character> = ["【", "(", "（", "["]
  static let closing: Set<Character> = ["】", ")", "）", "]"]

  init?(_ line: Substring) {
    let length = line.scalarCount
    guard length >= 6 && length <= 60 else { return nil }
    guard Self.markers.contains(where: { line.containsBytes($0) }) else { return nil }
    guard !["关于", "關於", "决议", "決議", "《", "〈"].contains(where: { line.containsBytes($0) })
    else { return nil }
    var rest = Substring(line.trimmingWhitespace())
    // Leading labels: 【云浮招商】, (广西).
    while let first = rest.first, Self.opening.contains(first),
      let close = rest.firstIndex(where: { Self.closing.contains($0) })
    {
      if first == "【" { label = String(rest[...close]) }
      rest = rest[rest.index(after: close)...]
    }
    // Trailing brackets: （2020年1月7日 王晖）, （摘要）.
    while let last = rest.last, Self.closing.contains(last),
      let open = rest.lastIndex(where: { Self.opening.contains($0) })
    {
      rest = rest[..<open].trimmingTrailingSpaces()
    }
    guard let marker = Self.markers.first(where: { rest.hasSuffix($0) }) else { return nil }
    var name = String(rest.dropLast(marker.count)).trimmingCharacters(in: " ")
    let (withoutYear, year) = Self.removingYear(name)
    name = withoutYear
    self.year = year
    if let suffix = Self.governmentSuffixes.first(where: { name.hasSuffix($0) }),
      suffix.hasPrefix("人民")
    {
      name = String(name.dropLast(suffix.count))
    }
    guard let end = name.last,
      Self.unitEnds.contains(end) || name.hasSuffix("国务院") || name.hasSuffix("國務院")
    else { return nil }
    government = name
  }

  /// Another page of the same report: the same government in the same year.
  func names(sameReportAs other: ReportTitle) -> Bool {
    government == other.government && year == other.year
  }

  /// `2021年榕城区` → (榕城区, 2021); `西安市2018年` → (西安市, 2018).
  static func removingYear(_ name: String) -> (String, String?) {
    let scalars = Array(name.unicodeScalars)
    guard let nian = scalars.firstIndex(of: "年") else { return (name, nil) }
    var start = nian
    while start > 0,
      scalars[start - 1].properties.numericType != nil
        || "〇零○".unicodeScalars.contains(scalars[start - 1])
    {
      start -= 1
    }
    guard nian - start == 4 else { return (name, nil) }
    let year = String(String.UnicodeScalarView(scalars[start..<nian]))
    let rest = scalars[..<start] + scalars[(nian + 1)...]
    return (String(String.UnicodeScalarView(rest)), year)
  }
}

extension StringProtocol {
  fileprivate func trimmingTrailingSpaces() -> Substring {
    var s = Substring(self)
    while let last = s.last, last == " " || last == "\u{3000}" { s = s.dropLast() }
    return s
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Character) -> String {
    var s = Substring(self)
    while s.first == set { s = s.dropFirst() }
    while s.last == set { s = s.dropLast() }
    return String(s)
  }
}
