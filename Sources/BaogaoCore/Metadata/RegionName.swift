import Foundation

/// Government names: splitting `揭阳市榕城区` into its units and telling the level from the suffix.
///
/// A report names its government with the chain of units above it (`柳州市融安县`, `阳江市阳东区`);
/// the last unit gives the report, the one before is its parent.
///
/// Levels where the suffix alone misleads, as decided here: a 直辖市 (北京市) is a province; a
/// 自治州, 地区 or 盟 is a city; a 县级市 (昆山市, or any 市 under a 市), 旗, 自治县, 特区 (六枝特区)
/// and 林区 (神农架林区) are counties; a 新区 (浦东新区) or a 开发区 run by a 管委会 is a
/// district (county-level, like a 市辖区); a 乡 or a 街道 is a town, as a 镇 is.
enum RegionName {
  /// Suffixes of administrative units, longest first so `自治区` wins over `区`.
  static let suffixes = [
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道", "地区", "省", "市", "区", "县", "旗", "州", "盟", "镇", "乡",
  ]
  /// County-level cities and the unit above each, from the code table: 昆山市 → 苏州市.
  static let countyLevelCities: [String: String] = RegionDirectory.shared.countyLevelCities
  /// Municipalities directly under the central government report at provincial level.
  static let municipalities: Set<String> = ["北京市", "天津市", "上海市", "重庆市"]

  /// The units of a chain, or nil when the text is not one: `揭阳市榕城区` → [揭阳市, 榕城区].
  ///
  /// Each unit is at least two characters and ends with a suffix; among the ways to cut the chain,
  /// the one with most units wins (`新市镇` stays one unit: `新市` + `镇` would leave `镇` alone).
  static func units(_ chain: String) -> [String]? {
    let s = Array(chain)
    guard !s.isEmpty, s.allSatisfy(isNameCharacter) else { return nil }
    // Words of a title or a sentence are not place names: 政府工作报告古丁镇 is no unit.
    for word in ["政府", "报告", "会议", "代表", "工作", "届"] where chain.contains(word) { return nil }
    // best[i]: the best split of s[0..<i]
    var best: [[String]?] = Array(repeating: nil, count: s.count + 1)
    best[0] = []
    for end in 1...s.count {
      for start in stride(from: end - 2, through: max(0, end - 12), by: -1) {
        guard let prefix = best[start] else { continue }
        let unit = String(s[start..<end])
        // The longest suffix must leave a name: 自治区 or 自治州 alone names no unit.
        guard let suffix = suffixes.first(where: { unit.hasSuffix($0) }), unit.count > suffix.count
        else { continue }
        let candidate = prefix + [unit]
        if best[end] == nil || candidate.count > best[end]!.count { best[end] = candidate }
      }
    }
    return best[s.count]
  }

  static func isNameCharacter(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return false }
    return s.isIdeograph || s == "X" || s == "·"
  }

  /// The level of the last unit of a chain, knowing the unit above it.
  ///
  /// A 市 listed as county-level (`昆山市`), or under another 市 or a 自治州/地区/盟
  /// (`延边朝鲜族自治州延吉市`), is a county-level city. Another 市 under a province
  /// (`江苏省苏州市`) stays a city.
  static func level(of unit: String, under parent: String?) -> Level? {
    guard let own = level(of: unit) else { return nil }
    if own == .city, countyLevelCities[unit] != nil { return .county }
    if own == .city, unit.hasSuffix("市"), let parent, level(of: parent) == .city {
      return .county
    }
    return own
  }

  /// The level a unit's name implies: 广东省 → province, 云浮市 → city, 榕城区 → district …
  static func level(of unit: String) -> Level? {
    if municipalities.contains(unit) || unit.hasSuffix("特别行政区") || unit.hasSuffix("自治区")
      || unit.hasSuffix("省")
    {
      return .province
    }
    if unit.hasSuffix("自治州") || unit.hasSuffix("地区") || unit.hasSuffix("盟") || unit.hasSuffix("州") {
      return .city
    }
    // 神农架林区 and 六枝特区 are county-level, not districts of a city.
    if unit.hasSuffix("林区") || unit.hasSuffix("特区") { return .county }
    if unit.hasSuffix("自治县") || unit.hasSuffix("自治旗") || unit.hasSuffix("县") || unit.hasSuffix("旗")
    {
      return .county
    }
    if unit.hasSuffix("市") { return .city }
    if unit.hasSuffix("区") { return .district }
    if unit.hasSuffix("镇") || unit.hasSuffix("乡") || unit.hasSuffix("街道") { return .town }
    return nil
  }
}
