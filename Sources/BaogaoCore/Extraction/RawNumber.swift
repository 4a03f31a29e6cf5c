/// The number part of a figure, before its unit: digits, Chinese numerals or a mask.
struct RawNumber {
  var value: Double?
  var end: Int
  var chinese = false
  var masked = false
  /// Written with `百分之` before it, so a percent without a `%` sign.
  var percentWord = false
}

extension NumberGrammar {
  static let percentWord = Array("百分之".unicodeScalars)

  /// The number starting at `i`: `1,002.18`, `８．１`, `XX`, `XX.X`, `百分之七点五`, `一万六千`.
  static func number(
    at i: Int, in text: [Unicode.Scalar], limit: Int, percentWordAllowed: Bool = true
  ) -> RawNumber? {
    // `增长5%至` at the very end of a report: a range separator with nothing after it.
    guard i < min(limit, text.count) else { return nil }
    let c = text[i]
    let prev: Unicode.Scalar? = i > 0 ? text[i - 1] : nil
    if percentWordAllowed, i + 3 < limit, Array(text[i..<(i + 3)]) == percentWord {
      guard
        var n = number(at: i + 3, in: text, limit: limit, percentWordAllowed: false)
          ?? chineseRun(at: i + 3, in: text, limit: limit)
      else { return nil }
      n.percentWord = true
      return n
    }
    if ChineseNumber.digitValue(c) != nil {
      // `S279线`, `G20`: digits glued to Latin letters are names.
      if let p = prev, isLatin(p) || ChineseNumber.digitValue(p) != nil || p == "." { return nil }
      var j = i
      var s = ""
      while j < limit {
        let d = text[j]
        if let v = ChineseNumber.digitValue(d) {
          s.append(String(v))
        } else if d == " ", j > i, j + 1 < limit, spacedDigits(at: i, in: text, limit: limit),
          ChineseNumber.digitValue(text[j + 1]) != nil || text[j + 1] == "．" || text[j + 1] == "."
        {
          // `1 9 9 7 年`, `7 4 7 7 2 亿元`, `1 5 ．3 %`: a scrape that spaced every digit.
        } else if d == ",", j + 3 < limit,
          (1...3).allSatisfy({ ChineseNumber.digitValue(text[j + $0]) != nil }),
          j + 4 >= limit || ChineseNumber.digitValue(text[j + 4]) == nil
        {
          // A thousands separator: `1,002.18`.
        } else if d == "." || d == "．" || d == "·", j + 1 < limit,
          ChineseNumber.digitValue(text[j + 1]) != nil,
          !s.contains(".")
        {
          s.append(".")
        } else if d == "." || d == "．", !s.contains("."), j + 2 < limit, text[j + 1] == " ",
          ChineseNumber.digitValue(text[j + 2]) != nil, !isEnumerationIndex(at: i, in: text)
        {
          // `比上年增长10. 95%`, `零售总额653. 9亿元`: a stray space after the point inside a
          // sentence; at the head of a line `8. 2020年…` is a list's index, never joined.
          s.append(".")
          j += 1
        } else {
          break
        }
        j += 1
      }
      if j < limit, isLatin(text[j]) { return nil }
      // `2020年`, `3月`: dates are not figures.
      if j < limit, "年月日号时".unicodeScalars.contains(text[j]) { return nil }
      return RawNumber(value: Double(s), end: j)
    }
    if c == "X" || c == "x" || c == "Ｘ" || c == "ｘ" {
      if let p = prev, isLatin(p) { return nil }
      var j = i
      while j < limit, "XxＸｘ".unicodeScalars.contains(text[j]), j - i < 6 { j += 1 }
      if j + 1 < limit, text[j] == ".", "XxＸｘ".unicodeScalars.contains(text[j + 1]) {
        j += 1
        while j < limit, "XxＸｘ".unicodeScalars.contains(text[j]) { j += 1 }
      }
      if j < limit, isLatin(text[j]) || "年月日号".unicodeScalars.contains(text[j]) { return nil }
      return RawNumber(value: nil, end: j, masked: true)
    }
    if ChineseNumber.isNumeral(c) {
      // `第三` is an ordinal; `十四五` a plan's name.
      if let p = prev, p == "第" || ChineseNumber.isNumeral(p) || p == "“" { return nil }
      return chineseRun(at: i, in: text, limit: limit)
    }
    return nil
  }

  /// Is the number at `i` the first thing on its line (after spaces and `**`), where `N. ` or
  /// `N．` numbers a list item (`8. 2020年，全市实现地区生产总值…`, `26. 5个样板墟：…`)?
  static func isEnumerationIndex(at i: Int, in text: [Unicode.Scalar]) -> Bool {
    var k = i
    while k > 0, text[k - 1] == " " || text[k - 1] == "\u{3000}" || text[k - 1] == "*"
      || text[k - 1] == "\t"
    {
      k -= 1
    }
    return k == 0 || text[k - 1] == "\n"
  }

  /// Digits written one by one with spaces between (`1 9 9 7`): at least two digit–space pairs.
  static func spacedDigits(at i: Int, in text: [Unicode.Scalar], limit: Int) -> Bool {
    i + 3 < limit && ChineseNumber.digitValue(text[i]) != nil && text[i + 1] == " "
      && (ChineseNumber.digitValue(text[i + 2]) != nil || text[i + 2] == "．")
  }

  /// A run of Chinese numerals, leaving a final `万`/`亿` to the unit (`十万人` → 10 `万人`).
  static func chineseRun(at i: Int, in text: [Unicode.Scalar], limit: Int) -> RawNumber? {
    guard i < min(limit, text.count) else { return nil }
    var j = i
    while j < limit {
      let d = text[j]
      if ChineseNumber.isNumeral(d) || d == "点" && j > i || (d == "万" || d == "亿") && j > i {
        j += 1
      } else {
        break
      }
    }
    // `一百零三亿七千万元`: a 万 after an 亿 belongs to the number, which then reads in 元.
    let bigInside = text[i..<j].contains("亿") && j - 1 > i && text[j - 1] == "万"
    if !bigInside {
      while j > i, text[j - 1] == "万" || text[j - 1] == "亿" || text[j - 1] == "点" { j -= 1 }
    }
    guard j > i, let v = ChineseNumber.value(of: text[i..<j]) else { return nil }
    // `百亿县`, `千亿产业`: a bare 百/千 names a class, not a figure (`十万` still counts).
    if !text[i..<j].contains(where: { ChineseNumber.digits[$0] != nil }), text[i] != "十" {
      return nil
    }
    if j < limit, "年月日号时是大批项届次级".unicodeScalars.contains(text[j]) { return nil }
    return RawNumber(value: v, end: j, chinese: true)
  }

  static func isLatin(_ c: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(c.value) || (0x61...0x7A).contains(c.value)
  }
}
