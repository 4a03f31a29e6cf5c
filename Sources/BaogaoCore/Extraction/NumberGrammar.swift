/// Finds the figures in a piece of text: Arabic numbers (`1,002.18`, `８．１`), Chinese numerals
/// (`百分之八至九`, `一万六千七百七十亿元`, `三成`), masked placeholders (`XX亿元`, `X%`), with
/// their units (`亿元`, `万亩`, `个百分点`), ranges (`6-7%`, `4.5%—5%`, `6.5%－7%`) and hedges
/// (`左右`, `以上`, `以内`, `不低于`, `控制在`, `接近`).
public enum NumberGrammar {
  /// Units a figure may carry, longest first so `万亿元` wins over `亿元`.
  static let units: [[Unicode.Scalar]] = [
    "万亿元", "万亿美元", "亿美元", "万美元", "亿元", "万元", "千元", "美元", "元", "个百分点", "百分点", "%", "％", "‰",
    "万平方公里", "平方公里", "万平方米", "平方米", "万立方米", "立方米", "亿亩", "万亩", "亩", "万公顷", "公顷", "万吨", "亿吨", "吨",
    "亿斤", "万斤", "亿公斤", "万公斤", "公斤", "斤", "万人次", "亿人次", "人次", "万人", "亿人", "人", "万户", "户", "亿千瓦时",
    "万千瓦时",
    "千瓦时", "万千瓦", "千瓦", "公里", "万辆", "辆", "万家", "家", "个", "项", "倍", "成", "番", "万标箱", "万亿", "亿", "万",
  ].map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }

  /// Units Chinese numerals may carry: `一批` or `三大` are not figures.
  static let chineseNumeralUnits: Set<String> = [
    "%", "个百分点", "百分点", "成", "番", "倍", "万亿元", "亿元", "万元", "元", "亿美元", "万亿美元", "万人", "万吨", "亿斤",
    "亿亩", "万亩", "亿公斤", "万公斤",
    "万亿", "亿", "万",
  ]
  /// Units that are only a magnitude, which a range's second unit may complete.
  static let magnitudes: Set<String> = ["万亿", "亿", "万"]
  /// Nouns that make a figure before them the name of a class (`千亿元产业`, `两万亿级`).
  static let classNouns: Set<Unicode.Scalar> = Set("县市区镇级村企园乡".unicodeScalars)
  static let rangeSeparators: Set<Unicode.Scalar> = Set("-－—–~～至到".unicodeScalars)
  /// Hedges after a figure; `或者更多一些` (`预定增长10%或者更多一些`) asks for at least it.
  static let after: [(String, String)] = [
    ("左右", "about"), ("上下", "about"), ("以上", "at_least"), ("以内", "at_most"), ("以下", "at_most"),
    ("或者更多", "at_least"), ("或更多", "at_least"), ("或者更高", "at_least"), ("或更高", "at_least"),
  ]
  /// Hedges before a figure, longest first so `不超过` is not read as `超过`. A threshold
  /// crossed (`突破`, `迈上`, `跨上`, `超`, `过`: `thresholdVerbs` in `extraction-vocabulary.json`)
  /// makes the figure a lower bound: `经济总量突破5000亿元` says at least 5000亿元.
  static let before: [(String, String)] = {
    let hedges = [
      ("不低于", "at_least"), ("不少于", "at_least"), ("至少", "at_least"), ("不超过", "at_most"),
      ("不高于", "at_most"), ("控制在", "at_most"), ("低于", "at_most"), ("接近", "about"),
      ("大约", "about"),
      ("约", "about"),
    ]
    let thresholds = ExtractionVocabulary.builtIn.thresholdVerbs.flatMap { v in
      [(v + "了", Qualifier.atLeast.rawValue), (v, Qualifier.atLeast.rawValue)]
    }
    return (hedges + thresholds).sorted { $0.0.count > $1.0.count }
  }()

  /// Characters that make `约` before a figure part of a word, not `about`: `节约1.2亿元`,
  /// `签约120亿元`, `合约`, `履约`.
  static let boundWithYue: Set<Unicode.Scalar> = Set("节签合履预制契条公缔违守践特邀集婚相".unicodeScalars)

  /// Every figure in `text[range]`, in order.
  public static func figures(in text: [Unicode.Scalar], range: Range<Int>) -> [Figure] {
    var out: [Figure] = []
    var i = range.lowerBound
    while i < range.upperBound {
      if let f = figure(at: i, in: text, limit: range.upperBound) {
        out.append(f)
        i = f.end
      } else {
        i += 1
      }
    }
    return out
  }

  /// Convenience for tests and the shell: the figures of a string.
  public static func figures(in s: String) -> [Figure] {
    let text = Array(s.unicodeScalars)
    return figures(in: text, range: 0..<text.count)
  }

  static func figure(at i: Int, in text: [Unicode.Scalar], limit: Int) -> Figure? {
    guard var first = number(at: i, in: text, limit: limit) else { return nil }
    var end = first.end
    // `67700多亿元`, `100余万人`: an approximate figure is read as written.
    if !first.chinese, end + 1 < limit, text[end] == "多" || text[end] == "余",
      self.unit(at: end + 1, in: text, limit: limit) != nil
    {
      end += 1
    }
    var unit = self.unit(at: end, in: text, limit: limit)
    if let u = unit { end += u.consumed }
    var high: Double?
    // A range: `6-7%`, `4.5%—5%`, `百分之八至九`, `6.5%－7%`.
    if end < limit, rangeSeparators.contains(text[end]) {
      var j = end + 1
      if j < limit, text[j] == "—" { j += 1 }
      let percentWord = Array("百分之".unicodeScalars)
      if j + 3 <= limit, Array(text[j..<(j + 3)]) == percentWord { j += 3 }
      if let second = number(at: j, in: text, limit: limit, percentWordAllowed: false)
        ?? (first.percentWord ? chineseRun(at: j, in: text, limit: limit) : nil),
        second.value != nil || first.value == nil
      {
        let secondUnit = self.unit(at: second.end, in: text, limit: limit)
        // `二百九十亿到三百亿斤`, `30亿到32亿元`: the first figure's magnitude alone, completed by
        // the second's unit.
        let completed =
          unit.map { u in
            magnitudes.contains(u.text) && (secondUnit?.text.hasPrefix(u.text) ?? false)
          } ?? false
        if secondUnit == nil || unit == nil || secondUnit?.text == unit?.text || completed {
          if unit == nil || completed { unit = secondUnit }
          high = second.value
          end = second.end + (secondUnit?.consumed ?? 0)
        }
      }
    }
    // `千亿元产业`, `超百亿县`: a figure naming a class of places or firms. A class is named by a
    // size, never by a rate: `增长7%-7.5%区间` is a growth.
    let percent = first.percentWord || unit?.text == "%"
    if end < limit, classNouns.contains(text[end]), !percent { return nil }
    // `4个过五百亿的县市`, `产值超亿元的企业`, `地方一般公共预算收入10亿元以上的县市达46个`: a
    // figure (with its bound) that describes a class of places or firms being counted.
    var described = end
    if matches("以上", at: described, in: text, limit: limit)
      || matches("以下", at: described, in: text, limit: limit)
    {
      described += 2
    }
    if described + 1 < limit, text[described] == "的", classNouns.contains(text[described + 1]) {
      return nil
    }
    var unitText = unit?.text
    if first.percentWord { unitText = "%" }
    guard var u = unitText else { return nil }
    if first.chinese && !first.percentWord && !chineseNumeralUnits.contains(u) { return nil }
    if u == "％" { u = "%" }
    if first.chinese, u == "元", let v = first.value, v >= 1e8 {
      // `一百零三亿七千万元` → 103.7 亿元, as a person would write it in digits.
      first.value = v / 1e8
      high = high.map { $0 / 1e8 }
      u = "亿元"
    }
    if u == "百分点" { u = "个百分点" }
    if u == "成", let v = first.value {
      // `三成`: three tenths.
      first.value = v * 10
      high = high.map { $0 * 10 }
      u = "%"
    }
    var f = Figure(
      start: i, end: end, value: first.value, high: high, unit: u, masked: first.masked)
    hedge(&f, in: text, limit: limit)
    return f
  }

  /// Is the figure's hedge written after it (`8.5%以上`), not before (`超过9%`)?
  static func hedgesAfter(_ f: Figure) -> Bool {
    after.contains { $0.0 == f.qualifierText }
  }

  /// The hedge words before and after a figure.
  static func hedge(_ f: inout Figure, in text: [Unicode.Scalar], limit: Int) {
    var j = f.end
    while j < limit, TextBlocks.isSpace(text[j]) { j += 1 }
    for (word, q) in after where matches(word, at: j, in: text, limit: limit) {
      f.qualifier = q
      f.qualifierText = word
      break
    }
    if f.qualifier == nil || f.qualifier == "at_most" {
      // `突破 100亿元`, `跨越“300亿元”“400亿元”两个台阶`: spaces or an opening quote may stand
      // between the word and the figure.
      var start = f.start
      while start > 0, TextBlocks.isSpace(text[start - 1]) || text[start - 1] == "“" {
        start -= 1
      }
      for (word, q) in before {
        let w = Array(word.unicodeScalars)
        let lo = start - w.count
        if lo >= 0, matches(word, at: lo, in: text, limit: start),
          !(word == "约" && lo > 0 && boundWithYue.contains(text[lo - 1]))
        {
          if f.qualifier == nil {
            f.qualifier = q
            f.qualifierText = word
          }
          break
        }
      }
    }
    if f.high != nil, f.qualifier == nil || f.qualifier == "about" {
      f.qualifier = "range"
    }
  }

  static func matches(_ word: String, at i: Int, in text: [Unicode.Scalar], limit: Int) -> Bool {
    var k = i
    for c in word.unicodeScalars {
      guard k < limit, text[k] == c else { return false }
      k += 1
    }
    return true
  }

  /// The unit starting at `i`, skipping a space (`8 ％`), and how many characters it takes.
  static func unit(at i: Int, in text: [Unicode.Scalar], limit: Int) -> (
    text: String, consumed: Int
  )? {
    var j = i
    if j < limit, text[j] == " " || text[j] == "\u{3000}" { j += 1 }
    for u in units where j + u.count <= limit && text[j..<(j + u.count)].elementsEqual(u) {
      // `3个月` is a duration, not three `个`.
      if u == ["个"], j + 1 < limit, text[j + 1] == "月" { return nil }
      return (String(String.UnicodeScalarView(u)), j + u.count - i)
    }
    return nil
  }
}
