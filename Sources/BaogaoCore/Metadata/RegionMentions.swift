import Foundation

/// The government a report names most, for reports whose opening gives only its kind.
///
/// `在自治区第十三届人民代表大会第一次会议上`, `我受省人民政府的委托`, `我代表市人民政府`: the report is
/// a 自治区's, a 省's, a 市's, but which one the opening does not say. Its body names its own region
/// again and again (新疆, 全疆; 浙江, 中共浙江省委), so among the units of that kind the one named
/// most often, clearly ahead of the next, is the report's.
enum RegionMentions {
  /// The kind a generic word or a speaker's role names: 自治区, 省长 → 省, 州长 → 自治州 …
  static func kind(ofGeneric word: String) -> String? {
    switch word {
    case "省", "省长", "代省长", "代理省长": "省"
    case "自治区", "主席", "代主席", "代理主席": "自治区"
    case "市", "市长", "代市长", "代理市长": "市"
    case "州", "自治州", "州长", "代州长": "州"
    case "盟", "盟长", "代盟长": "盟"
    case "地区", "行署": "地区"
    default: nil
    }
  }

  /// The unit of `kind` the text names most: 浙江省 for a text saying 浙江 forty times and 上海 twice.
  ///
  /// A unit counts its full name and its short forms (浙江, 黔东南州, 博州); a name inside a longer
  /// one (浙江 in 浙江省) counts once. Nil unless the winner is named more often than any other unit of
  /// the kind (a 1997 report of 甘肃 says 全省 24 times and 甘肃 once, and no other province).
  static func mostNamed(
    in text: String, kind: String, directory: RegionDirectory = .shared
  ) -> RegionUnit? {
    let candidates = directory.upperUnits.filter { fits($0, kind: kind, directory: directory) }
    var formsOf: [String: [RegionUnit]] = [:]
    for unit in candidates {
      guard let core = directory.core(of: unit.name).core else { continue }
      formsOf[core, default: []].append(unit)
      // A long 自治州 name is shortened to its first character: 博州 for 博尔塔拉, 巴州 for 巴音郭楞.
      if core.count >= 4, directory.core(of: unit.name).suffix == "自治州" {
        formsOf[String(core.prefix(1)) + "州", default: []].append(unit)
      }
    }
    guard !formsOf.isEmpty else { return nil }
    let alternation = formsOf.keys.sorted { $0.count > $1.count }
      .map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
    guard let regex = try? NSRegularExpression(pattern: alternation) else { return nil }
    let ns = text as NSString
    var counts: [String: Int] = [:]
    for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      for unit in formsOf[ns.substring(with: m.range)] ?? [] {
        counts[unit.adcode, default: 0] += 1
      }
    }
    let ranked = counts.sorted { $0.value > $1.value }
    guard let top = ranked.first, ranked.count < 2 || ranked[1].value < top.value else {
      return nil
    }
    return directory.byCode[top.key]
  }

  /// Whether a unit is of the kind: 市 means a prefecture-level city or a municipality.
  static func fits(_ unit: RegionUnit, kind: String, directory: RegionDirectory) -> Bool {
    let suffix = directory.core(of: unit.name).suffix
    switch kind {
    case "市":
      return suffix == "市" && (unit.tier == 2 || RegionName.municipalities.contains(unit.name))
    case "州": return suffix == "自治州"
    case "省": return suffix == "省"
    default: return suffix == kind
    }
  }
}
