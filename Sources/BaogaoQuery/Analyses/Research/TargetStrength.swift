import BaogaoCore

/// How firmly targets are worded, by level and year, for `strength`.
///
/// Hard: 确保, 以上, 不低于, 不少于, 至少 (a floor the government binds itself to). Soft: 左右, 力争,
/// 争取, 努力, 力求 (a direction, not a promise). The wording is the indicator's `strength` (the
/// last commitment word before the figure, else the qualifier word); without one, the qualifier
/// decides (`at_least` hard, `about` soft); anything else is neutral.
public enum TargetStrength {
  public static let hardWords: Set<String> = ["确保", "以上", "不低于", "不少于", "至少"]
  public static let softWords: Set<String> = ["左右", "力争", "争取", "努力", "力求"]

  public enum Class: String, Sendable { case hard, soft, neutral }

  /// The class of one target's wording.
  public static func classify(_ indicator: Indicator) -> Class {
    if let word = indicator.strength {
      if hardWords.contains(word) { return .hard }
      if softWords.contains(word) { return .soft }
    }
    switch indicator.qualifier {
    case "at_least": return .hard
    case "about": return .soft
    default: return .neutral
    }
  }

  /// `level, year, targets, hard, soft, neutral, hard_share, soft_share`.
  public static let schema = Schema([
    Column("level", .string), Column("year", .int), Column("targets", .int), Column("hard", .int),
    Column("soft", .int), Column("neutral", .int),
    Column("hard_share", .double, help: "hard / targets"),
    Column("soft_share", .double, help: "soft / targets"),
  ])

  public static func table(for indicators: [Indicator]) -> Table {
    struct Key: Hashable, Comparable {
      var level: String
      var year: Int
      static func < (a: Key, b: Key) -> Bool { (a.level, a.year) < (b.level, b.year) }
    }
    var tallies: [Key: [Class: Int]] = [:]
    for i in indicators where i.kind == "target" && !i.masked {
      tallies[Key(level: i.level?.rawValue ?? "", year: i.year ?? 0), default: [:]][
        classify(i), default: 0] += 1
    }
    let rows: [[Value]] = tallies.keys.sorted().map { key in
      let t = tallies[key]!
      let (hard, soft, neutral) = (t[.hard] ?? 0, t[.soft] ?? 0, t[.neutral] ?? 0)
      let total = hard + soft + neutral
      return [
        key.level.isEmpty ? .null : .string(key.level), key.year == 0 ? .null : .int(key.year),
        .int(total), .int(hard), .int(soft), .int(neutral),
        .double(Double(hard) / Double(total)), .double(Double(soft) / Double(total)),
      ]
    }
    return Table(schema: schema, rows: rows)
  }
}
