/// The unit a site's column label names, read as the parent of a lower unit's report.
///
/// A portal files each report under a column named after the unit whose pages these are:
/// `【高州市招商】2020年泗水镇政府工作报告` (a town under 高州市), `【云浮招商】云浮市政府工作报告` (the
/// city's own column, so no parent). Whatever follows the unit's name (招商, 发布, 政务, 新闻) is the
/// site's word: the label's longest prefix that names a unit is taken, as a chain (`高州市`,
/// `茂名市高州市`) or a short form the code table knows (`云浮` → 云浮市, `黔东南` → 黔东南苗族侗族自治州).
///
/// The unit is the report's parent only when it is above the report's own region: it contains the
/// region's code when the region is in the table, or is of a higher level when it is not (a town).
enum LabelledRegion {
  /// Shorter prefixes (one character) name nothing.
  static let minimumNameLength = 2

  /// The unit a label names: `【高州市招商】` → 高州市, `【云浮招商】` → 云浮市, `【新闻中心】` → nil.
  static func unit(named label: String, directory: RegionDirectory = .shared) -> String? {
    let inner = Array(label.filter { $0 != "【" && $0 != "】" })
    guard inner.count >= minimumNameLength else { return nil }
    for length in stride(from: inner.count, through: minimumNameLength, by: -1) {
      let prefix = String(inner[..<length])
      if let chain = RegionName.units(prefix), let last = chain.last {
        let parent = chain.count >= 2 ? chain[chain.count - 2] : nil
        return directory.unit(named: last, under: parent)?.name ?? last
      }
      if let unit = directory.unit(named: prefix) { return unit.name }
    }
    return nil
  }

  /// The label's unit when it lies above the report's region, else nil.
  static func unit(above report: Report, in label: String, directory: RegionDirectory = .shared)
    -> String?
  {
    guard let region = report.region, let level = report.level, !region.contains("X"),
      let named = unit(named: label, directory: directory), named != region
    else { return nil }
    if let own = directory.unit(named: region), let above = directory.unit(named: named) {
      let prefix = above.adcode.prefix(above.tier == 1 ? 2 : above.tier == 2 ? 4 : 6)
      return above.tier < own.tier && own.adcode.hasPrefix(prefix) ? above.name : nil
    }
    guard let aboveLevel = RegionName.level(of: named) else { return nil }
    return aboveLevel.rank < level.rank ? named : nil
  }
}
