import Foundation

/// One administrative unit of the code table: 黔东南苗族侗族自治州, 522600.
public struct RegionUnit: Sendable, Hashable {
  /// The official full name.
  public var name: String
  /// The 6-digit administrative division code (GB/T 2260).
  public var adcode: String

  /// The code's own level: `xx0000` a province, `xxyy00` a prefecture, the rest county-level.
  var tier: Int { adcode.hasSuffix("0000") ? 1 : adcode.hasSuffix("00") ? 2 : 3 }
}

/// The official names and codes of China's provinces, prefectures and counties, with the short
/// forms reports use for them: 黔东南州 and 黔东南 for 黔东南苗族侗族自治州, 浙江 for 浙江省.
///
/// Built from `adcodes.tsv` (the code table), `former-region-names.tsv` (襄樊市 → 襄阳市) and
/// `ethnic-groups.txt`. A unit's short form (its core) is its name without the generic suffix and
/// the ethnic groups before it: 恩施土家族苗族自治州 → 恩施, 广西壮族自治区 → 广西. A short form is
/// looked up by its core, among the units whose suffix it allows (`州` allows 自治州).
public struct RegionDirectory: Sendable {
  /// Suffixes that say what kind of unit a name is, longest first.
  static let genericSuffixes = [
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "省", "市", "州", "盟", "县", "区", "旗",
  ]

  public static let shared = RegionDirectory(
    table: resource("adcodes", "tsv"), formerNames: resource("former-region-names", "tsv"),
    ethnicGroups: resource("ethnic-groups", "txt"))

  var byCode: [String: RegionUnit] = [:]
  var byName: [String: [RegionUnit]] = [:]
  var byCore: [String: [RegionUnit]] = [:]
  /// Ethnic group names and their stems of two characters or more, longest first: 维吾尔族, 维吾尔, 蒙古, 苗族.
  let ethnicNames: [String]

  init(table: String, formerNames: String, ethnicGroups: String) {
    var names: Set<String> = []
    for line in Self.dataLines(ethnicGroups) {
      names.insert(line)
      if line.hasSuffix("族"), line.count >= 3 { names.insert(String(line.dropLast())) }
    }
    ethnicNames = names.sorted { $0.count > $1.count }
    for line in Self.dataLines(table) {
      let c = line.split(separator: "\t").map(String.init)
      if c.count == 2 { add(RegionUnit(name: c[1], adcode: c[0])) }
    }
    for line in Self.dataLines(formerNames) {
      let c = line.split(separator: "\t").map(String.init)
      guard c.count >= 3 else { continue }
      let current = RegionUnit(name: c[1], adcode: c[2])
      // The stale row under the former name or code (那曲地区 542400) gives way to the current unit.
      for stale in byName[c[0]] ?? [] { remove(stale) }
      if byCode[current.adcode] != current {
        if let old = byCode[current.adcode] { remove(old) }
        add(current)
      }
      byName[c[0], default: []].append(current)
    }
  }

  private mutating func add(_ unit: RegionUnit) {
    byCode[unit.adcode] = unit
    byName[unit.name, default: []].append(unit)
    if let core = core(of: unit.name).core { byCore[core, default: []].append(unit) }
  }

  private mutating func remove(_ unit: RegionUnit) {
    byCode[unit.adcode] = nil
    byName[unit.name]?.removeAll { $0 == unit }
    if let core = core(of: unit.name).core { byCore[core]?.removeAll { $0 == unit } }
  }

  /// A name's core and its generic suffix: 黔东南苗族侗族自治州 → (黔东南, 自治州); 恩施州 → (恩施, 州);
  /// 浙江 → (浙江, ""). The core is nil when nothing of two characters is left (自治区, 省).
  func core(of name: String) -> (core: String?, suffix: String) {
    var rest = name
    var suffix = ""
    if let s = Self.genericSuffixes.first(where: { name.hasSuffix($0) && name.count > $0.count }) {
      suffix = s
      rest = String(name.dropLast(s.count))
    }
    // 黔东南苗族侗族 → 黔东南; 内蒙古 keeps its 蒙古, which would leave one character.
    var stripped = true
    while stripped {
      stripped = false
      for e in ethnicNames where rest.hasSuffix(e) && rest.count - e.count >= 2 {
        rest = String(rest.dropLast(e.count))
        stripped = true
        break
      }
    }
    return (rest.count >= 2 ? rest : nil, suffix)
  }

  /// The unit a name means, full (黔东南苗族侗族自治州), former (襄樊市) or short (黔东南州, 浙江),
  /// or nil when the table has none or several equally good.
  ///
  /// Among namesakes (朝阳区 in Beijing and in Changchun) the one under `parent` wins; without a
  /// parent, the one of the highest tier, if it is alone there (吉林 is the province, not the city).
  public func unit(named name: String, under parent: String? = nil) -> RegionUnit? {
    if let exact = byName[name], !exact.isEmpty { return pick(exact, under: parent) }
    let (core, suffix) = core(of: name)
    guard let core, let candidates = byCore[core] else { return nil }
    let allowed = candidates.filter { unit in
      let own = self.core(of: unit.name).suffix
      switch suffix {
      case "": return true
      case "州": return own == "州" || own == "自治州"
      case "县": return own == "县" || own == "自治县"
      case "旗": return own == "旗" || own == "自治旗"
      case "区": return own == "区" || own == "自治区"
      default: return own == suffix
      }
    }
    return pick(allowed, under: parent)
  }

  private func pick(_ units: [RegionUnit], under parent: String?) -> RegionUnit? {
    guard !units.isEmpty else { return nil }
    if units.count == 1 { return units[0] }
    if let parent, let above = unit(named: parent) {
      let prefix = above.adcode.prefix(above.tier == 1 ? 2 : 4)
      let under = units.filter { $0.adcode.hasPrefix(prefix) && $0 != above }
      if under.count == 1 { return under[0] }
    }
    let top = units.map(\.tier).min()!
    let best = units.filter { $0.tier == top }
    return best.count == 1 ? best[0] : nil
  }

  /// The unit directly above: 522601 凯里市 → 黔东南苗族侗族自治州; 429004 仙桃市 → 湖北省.
  public func parent(of unit: RegionUnit) -> RegionUnit? {
    switch unit.tier {
    case 3: byCode[unit.adcode.prefix(4) + "00"] ?? byCode[unit.adcode.prefix(2) + "0000"]
    case 2: byCode[unit.adcode.prefix(2) + "0000"]
    default: nil
    }
  }

  /// The prefecture- and province-level units, for finding which one a text names most.
  var upperUnits: [RegionUnit] {
    byCode.values.filter { $0.tier <= 2 }.sorted { $0.adcode < $1.adcode }
  }

  /// County-level cities (县级市) and the unit above each: 昆山市 → 苏州市, 仙桃市 → 湖北省.
  var countyLevelCities: [String: String] {
    var cities: [String: String] = [:]
    for unit in byCode.values where unit.tier == 3 && unit.name.hasSuffix("市") {
      cities[unit.name] = parent(of: unit)?.name
    }
    return cities
  }

  static func dataLines(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }

  static func resource(_ name: String, _ ext: String) -> String {
    guard let url = Bundle.module.url(forResource: name, withExtension: ext),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return "" }
    return text
  }
}
