/// Levels in one unit per dimension, so 5.2万亿元 and 52000亿元 compare and group together:
/// yuan (元), US dollars (美元), persons (人), person-times (人次), tonnes (吨), mu (亩),
/// percent (%). A unit outside these tables keeps its own name with factor 1.
public enum UnitScale {
  /// unit as written → (base unit, how many base units one is).
  static let scales: [String: (base: String, factor: Double)] = [
    "元": ("元", 1), "千元": ("元", 1e3), "万元": ("元", 1e4), "亿元": ("元", 1e8),
    "万亿元": ("元", 1e12),
    "美元": ("美元", 1), "万美元": ("美元", 1e4), "亿美元": ("美元", 1e8), "万亿美元": ("美元", 1e12),
    "人": ("人", 1), "万人": ("人", 1e4), "亿人": ("人", 1e8),
    "人次": ("人次", 1), "万人次": ("人次", 1e4), "亿人次": ("人次", 1e8),
    "吨": ("吨", 1), "万吨": ("吨", 1e4), "亿吨": ("吨", 1e8), "公斤": ("吨", 1e-3),
    "万公斤": ("吨", 10), "亿公斤": ("吨", 1e5), "斤": ("吨", 5e-4), "万斤": ("吨", 5),
    "亿斤": ("吨", 5e4),
    "亩": ("亩", 1), "万亩": ("亩", 1e4), "公顷": ("亩", 15), "万公顷": ("亩", 15e4),
    "%": ("%", 1),
  ]
  /// Bare magnitudes: money after a money metric's name (`生产总值500亿`).
  static let bareMoney: [String: Double] = ["亿": 1e8, "万亿": 1e12, "万": 1e4]

  /// The level in its dimension's base unit, and that unit's name; nil without a level.
  /// `money` says whether the metric's levels are money (its lexicon entry lists no units).
  public static func base(value: Double?, unit: String?, money: Bool) -> (value: Double, unit: String)? {
    guard let value, let unit else { return nil }
    if let s = scales[unit] { return (value * s.factor, s.base) }
    if money, let f = bareMoney[unit] { return (value * f, "元") }
    return (value, unit)
  }
}
