/// Levels in one unit per dimension, so 5.2万亿元 and 52000亿元 compare and group together:
/// `yuan` (元), `usd` (美元), `persons` (人), `person_times` (人次), `tonnes` (吨), `mu` (亩),
/// `percent` (%). A unit outside these tables keeps its own name with factor 1.
public enum UnitScale {
  /// unit as written → (base unit, how many base units one is).
  static let scales: [String: (base: String, factor: Double)] = [
    "元": ("yuan", 1), "千元": ("yuan", 1e3), "万元": ("yuan", 1e4), "亿元": ("yuan", 1e8),
    "万亿元": ("yuan", 1e12),
    "美元": ("usd", 1), "万美元": ("usd", 1e4), "亿美元": ("usd", 1e8), "万亿美元": ("usd", 1e12),
    "人": ("persons", 1), "万人": ("persons", 1e4), "亿人": ("persons", 1e8),
    "人次": ("person_times", 1), "万人次": ("person_times", 1e4), "亿人次": ("person_times", 1e8),
    "吨": ("tonnes", 1), "万吨": ("tonnes", 1e4), "亿吨": ("tonnes", 1e8), "公斤": ("tonnes", 1e-3),
    "万公斤": ("tonnes", 10), "亿公斤": ("tonnes", 1e5), "斤": ("tonnes", 5e-4), "万斤": ("tonnes", 5),
    "亿斤": ("tonnes", 5e4),
    "亩": ("mu", 1), "万亩": ("mu", 1e4), "亿亩": ("mu", 1e8), "公顷": ("mu", 15), "万公顷": ("mu", 15e4),
    "%": ("percent", 1),
  ]
  /// Bare magnitudes: money after a money metric's name (`生产总值500亿`).
  static let bareMoney: [String: Double] = ["亿": 1e8, "万亿": 1e12, "万": 1e4]

  /// The level in its dimension's base unit, and that unit's name; nil without a level.
  /// `money` says whether the metric's levels are money (its lexicon entry lists no units).
  public static func base(value: Double?, unit: String?, money: Bool) -> (
    value: Double, unit: String
  )? {
    guard let value, let unit else { return nil }
    if let s = scales[unit] { return (value * s.factor, s.base) }
    if money, let f = bareMoney[unit] { return (value * f, "yuan") }
    return (value, unit)
  }
}
