import Foundation

/// Rewrites dates written in Chinese numerals as digits, so the header rules read one form.
///
/// Formal reports and scans date their meeting `——二〇二四年一月十五日在…会议上` and may title
/// themselves `二〇二四年政府工作报告`; this turns those into `2024年1月15日` and `2024年`.
/// `元月` is January. Only a four-numeral year (with its month and day when they follow) is
/// rewritten: `二〇二四年` but not `十二年` or `三年来`.
enum ChineseNumeralDate {
  static let digitOf: [Character: Int] = [
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
  ]
  static let pattern = try! NSRegularExpression(
    pattern:
      "([〇○零Ｏ一二三四五六七八九]{4})年(?:(元|[一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?)?")

  /// The text with every Chinese-numeral year (and its month and day) in digits.
  static func normalized(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "〇" || $0 == "○" || $0 == "零" || $0 == "Ｏ" })
    else { return text }
    let ns = text as NSString
    var out = ""
    var last = 0
    for m in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
      let year = ns.substring(with: m.range(at: 1)).reduce(0) { $0 * 10 + (digitOf[$1] ?? 0) }
      var piece = "\(year)年"
      if m.range(at: 2).location != NSNotFound {
        let month = ns.substring(with: m.range(at: 2))
        piece += "\(month == "元" ? 1 : small(month) ?? 0)月"
        if m.range(at: 3).location != NSNotFound {
          piece += "\(small(ns.substring(with: m.range(at: 3))) ?? 0)日"
        }
      }
      out += piece
      last = m.range.location + m.range.length
    }
    out += ns.substring(from: last)
    return out
  }

  /// 一…九十九 written the usual way: 十五 → 15, 二十 → 20, 三十一 → 31.
  static func small(_ s: String) -> Int? {
    let chars = Array(s)
    if let i = chars.firstIndex(of: "十") {
      let tens = i == 0 ? 1 : digitOf[chars[0]] ?? 0
      let units = i + 1 < chars.count ? digitOf[chars[i + 1]] ?? 0 : 0
      return tens * 10 + units
    }
    return chars.count == 1 ? digitOf[chars[0]] : nil
  }

  /// Spaced digits from scrapes closed up: `1 9 9 8 年` → `1998年`, `2 0 2 0 年 1 月` → `2020年1月`.
  static let spacedDigits = try! NSRegularExpression(
    pattern: "(?<=\\d)[ \\u3000]+(?=[\\d年月日])|(?<=\\d[ \\u3000]{0,3}[年月])[ \\u3000]+(?=\\d)")

  /// Every decimal digit as ASCII (`٢٠٢٤`, `２０２４` → `2024`) and spaced digits closed up, so that
  /// a date's parts parse as integers whatever digits the file used.
  static func asciiDigits(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var changed = false
    for s in text.unicodeScalars {
      if s.properties.numericType == .decimal, !s.isASCII, let v = s.properties.numericValue {
        scalars.append(Unicode.Scalar(UInt8(48 + Int(v))))
        changed = true
      } else {
        scalars.append(s)
      }
    }
    let ascii = changed ? String(scalars) : text
    let ns = ascii as NSString
    return spacedDigits.stringByReplacingMatches(
      in: ascii, range: NSRange(location: 0, length: ns.length), withTemplate: "")
  }
}
