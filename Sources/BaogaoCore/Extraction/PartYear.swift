/// A figure for part of a year: `1—11月规模以上工业能耗强度下降8.9%`, `前三季度增长4%`,
/// `今年上半年…比去年同期增长13.6%`, `11月末，…存款余额增长10.3%`.
///
/// Reports written before the year's statistics are final give the months they have. Read as
/// the year's result, such a figure would sit beside (or instead of) the full-year one, so it
/// keeps its own period: the year, then the months it covers, `2024-01..11`. A researcher
/// comparing years filters on `period == "2024"` and never meets it; one who wants the early
/// figures finds them with `period contains ".."`.
enum PartYear {
  /// Words naming the months from January: `上半年` is January to June.
  static let namedSpans: [(word: String, months: Int)] = [
    ("上半年", 6), ("前三季度", 9), ("前3季度", 9), ("一至三季度", 9), ("1至3季度", 9), ("一季度", 3),
    ("第一季度", 3), ("前两个季度", 6),
  ]
  static let dashes: Set<Unicode.Scalar> = Set("-—–－~～至到".unicodeScalars)

  /// The number of months a part-year cue in `range` covers, from the latest cue not followed by
  /// `全年` (`前三季度的4%,全年增长5.1%` is the full year's).
  static func months(in text: [Unicode.Scalar], range: Range<Int>) -> Int? {
    var found: Int?
    var i = range.lowerBound
    while i < range.upperBound {
      if NumberGrammar.matches("全年", at: i, in: text, limit: range.upperBound) {
        found = nil
        i += 2
        continue
      }
      if let (m, end) = cue(at: i, in: text, limit: range.upperBound) {
        found = m
        i = end
        continue
      }
      i += 1
    }
    return found
  }

  /// The months of a cue that opens the paragraph as its own first clause (`今年一至五月，我省国民
  /// 经济继续迅速向前发展。全省工业总产值达到…`, `上半年，…`): it frames the figures of the
  /// paragraph's later sentences too, until `全年` turns to the whole year. `paragraph` runs from
  /// the paragraph's start to the figure's sentence.
  static func opening(in text: [Unicode.Scalar], paragraph: Range<Int>) -> Int? {
    var end = paragraph.lowerBound
    while end < paragraph.upperBound, !FactReader.clauseBreaks.contains(text[end]) { end += 1 }
    // A short opening clause: the cue with at most a word of time before it (`今年`, `年初以来`).
    guard end < paragraph.upperBound, end - paragraph.lowerBound <= 10 else { return nil }
    guard let m = months(in: text, range: paragraph.lowerBound..<end),
      months(in: text, range: paragraph) == m
    else { return nil }
    return m
  }

  /// A cue starting at `i`: its months and where it ends.
  static func cue(at i: Int, in text: [Unicode.Scalar], limit: Int) -> (Int, Int)? {
    for (w, m) in namedSpans where NumberGrammar.matches(w, at: i, in: text, limit: limit) {
      // `一季度` inside `前三季度`/`第一季度` is matched by its longer form first.
      return (m, i + w.unicodeScalars.count)
    }
    // `1—11月`, `1至11月份`, `一至十一月`: a span of months from January.
    if i + 3 < limit, text[i] == "1" || text[i] == "一", dashes.contains(text[i + 1]) {
      var j = i + 2
      var digits: [Unicode.Scalar] = []
      while j < limit, j - i < 6, isNumeral(text[j]) {
        digits.append(text[j])
        j += 1
      }
      guard j < limit, text[j] == "月", !digits.isEmpty, i == 0 || !isDigitLike(text[i - 1]) else {
        return nil
      }
      guard let n = count(digits), (2...11).contains(n) else { return nil }
      return (n, j + 1)
    }
    // `11月末`, `9月底`, `十一月末`: a balance at a month's end is the year so far.
    if isNumeral(text[i]), i == 0 || !isNumeral(text[i - 1]) && text[i - 1] != "." {
      var j = i
      var digits: [Unicode.Scalar] = []
      while j < limit, j - i < 3, isNumeral(text[j]) {
        digits.append(text[j])
        j += 1
      }
      if let n = count(digits), (1...11).contains(n),
        ["月末", "月底", "月份末"].contains(where: {
          NumberGrammar.matches($0, at: j, in: text, limit: limit)
        })
      {
        return (n, j + (NumberGrammar.matches("月份末", at: j, in: text, limit: limit) ? 3 : 2))
      }
    }
    // `前10个月`, `前十个月`.
    if text[i] == "前" {
      var j = i + 1
      var digits: [Unicode.Scalar] = []
      while j < limit, j - i < 4, isNumeral(text[j]) {
        digits.append(text[j])
        j += 1
      }
      guard !digits.isEmpty, NumberGrammar.matches("个月", at: j, in: text, limit: limit) else {
        return nil
      }
      guard let n = count(digits), (2...11).contains(n) else { return nil }
      return (n, j + 2)
    }
    return nil
  }

  /// `11`, `１１` or `十一` as a number.
  static func count(_ digits: [Unicode.Scalar]) -> Int? {
    let values = digits.compactMap(ChineseNumber.digitValue)
    if values.count == digits.count { return values.reduce(0) { $0 * 10 + $1 } }
    return ChineseNumber.value(of: digits).map { Int($0) }
  }

  static func isNumeral(_ c: Unicode.Scalar) -> Bool {
    ChineseNumber.digitValue(c) != nil || ChineseNumber.isNumeral(c)
  }

  static func isDigitLike(_ c: Unicode.Scalar) -> Bool {
    ChineseNumber.digitValue(c) != nil || c == "."
  }

  /// `2024-01..11`: the year and the months covered.
  static func period(year: Int, months: Int) -> String {
    months < 10 ? "\(year)-01..0\(months)" : "\(year)-01..\(months)"
  }
}
