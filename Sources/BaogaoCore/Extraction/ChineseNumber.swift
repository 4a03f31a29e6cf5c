/// Reads numbers written in Chinese numerals (`百分之七点五`, `一万六千七百七十`, `两番`) and
/// digits of either width (`８．１`), so a figure is the same whichever way a report wrote it.
public enum ChineseNumber {
  static let digits = ScalarValues<Double>([
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
  ])
  static let smallUnits = ScalarValues<Double>(["十": 10, "百": 100, "千": 1000])
  static let bigUnits = ScalarValues<Double>(["万": 1e4, "亿": 1e8])

  /// The value of an ASCII or full-width digit.
  public static func digitValue(_ c: Unicode.Scalar) -> Int? {
    if (0x30...0x39).contains(c.value) { return Int(c.value - 0x30) }
    if (0xFF10...0xFF19).contains(c.value) { return Int(c.value - 0xFF10) }
    return nil
  }

  /// A Chinese digit or `十`/`百`/`千`: one table lookup, as it is asked at every character.
  static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    numerals.contains(c)
  }
  private static let numerals = ScalarSet(scalars: Array(digits.scalars) + smallUnits.scalars)

  /// The value of a run of Chinese numerals (`十三` 13, `一万六千七百七十` 16770, `七点五` 7.5),
  /// or nil when the run is not a well-formed number.
  public static func value(of s: some Collection<Unicode.Scalar>) -> Double? {
    guard !s.isEmpty else { return nil }
    var integerPart = Array(s)
    var fraction: [Unicode.Scalar] = []
    if let dot = integerPart.firstIndex(of: "点") {
      fraction = Array(integerPart[(dot + 1)...])
      integerPart = Array(integerPart[..<dot])
    }
    var total = 0.0
    var section = 0.0
    var pending: Double?
    for c in integerPart {
      if let d = digits[c] {
        // `一九九三` reads digit by digit, as years are written; `一千零五` resets after 零.
        pending = (pending ?? 0) * 10 + d
      } else if let u = smallUnits[c] {
        section += (pending ?? 1) * u
        pending = nil
      } else if let u = bigUnits[c] {
        total += (section + (pending ?? 0)) * u
        section = 0
        pending = nil
      } else {
        return nil
      }
    }
    var result = total + section + (pending ?? 0)
    if !fraction.isEmpty {
      var scale = 0.1
      for c in fraction {
        guard let d = digits[c] else { return nil }
        result += d * scale
        scale /= 10
      }
    }
    return result
  }
}
