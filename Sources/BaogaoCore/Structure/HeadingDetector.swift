/// Finds headings: numbered (`一、` `（一）` `1.` `——`), unnumbered heading lines, and headings run
/// into their paragraph (`一、乡村振兴在成果巩固中全面推进。坚持把…`).
enum HeadingDetector {
  static let chineseDigits = ScalarSet("一二三四五六七八九十")
  static let runInEnds = ScalarSet("。！？!?")
  static let sentencePunctuation = ScalarSet("。，,；;！？!?：:、")
  /// Words an unnumbered heading line holds; a short line without them (a speaker's name) is not one.
  static let plainHeadingWords = [
    "工作", "回顾", "目标", "任务", "安排", "建设", "要求", "展望", "报告", "注释", "说明", "解释",
    "总结", "形势", "部署", "成就",
  ]
  static let maxPlainLength = 40
  static let maxRunIn = 60

  static func headings(in text: [Unicode.Scalar], blocks: [Range<Int>]) -> [Heading] {
    var out: [Heading] = []
    for block in blocks {
      if let h = heading(at: block.lowerBound, in: text, block: block, atBlockStart: true) {
        out.append(withBody(h, in: text, block: block))
      }
      // Numbered headings after a full stop inside a paragraph: `…整改到位。二、攻难点…`.
      var i = block.lowerBound + 1
      while i < block.upperBound - 2 {
        if runInEnds.contains(text[i - 1]), chineseDigits.contains(text[i]) || text[i] == "（" {
          if let h = heading(at: i, in: text, block: i..<block.upperBound, atBlockStart: false),
            h.marker == .chineseOrdinal || h.marker == .parenOrdinal
          {
            out.append(withBody(h, in: text, block: block))
            i = h.end
            continue
          }
        }
        i += 1
      }
    }
    return out
  }

  /// The heading starting at `start`, if the text there is one.
  static func heading(
    at start: Int, in text: [Unicode.Scalar], block: Range<Int>, atBlockStart: Bool
  ) -> Heading? {
    guard let (marker, bodyStart) = marker(at: start, in: text, limit: block.upperBound) else {
      return atBlockStart ? plainHeading(in: text, block: block) : nil
    }
    guard bodyStart < block.upperBound else { return nil }
    if marker == .dash {
      // `——2024年1月11日在…会议上` is a subtitle, not a heading.
      let first = text[bodyStart]
      if TextBlocks.isDigit(first) || contains(meetingWord, in: text[block]) {
        return nil
      }
    }
    var end = block.upperBound
    if block.count > maxRunIn {
      let limit = min(block.upperBound, bodyStart + maxRunIn)
      guard let stop = (bodyStart..<limit).first(where: { runInEnds.contains(text[$0]) }) else {
        // A heading run into its text with no stop: `一、本届政府及XXXX年工作回顾过去五年,是…`.
        let clip = atBlockStart ? marker != .dash : marker == .chineseOrdinal
        return clip ? clipped(marker, start, bodyStart, text, block) : nil
      }
      end = stop
    } else if let stop = (bodyStart..<block.upperBound).first(where: {
      runInEnds.contains(text[$0])
    }),
      stop + 1 < block.upperBound
    {
      // A short paragraph still has its heading first: `———国家财力明显增强。全国财政收入…`.
      end = stop
    }
    while end > bodyStart, sentencePunctuation.contains(text[end - 1]) { end -= 1 }
    guard end > bodyStart else { return nil }
    if marker != .plain, holdsMeasure(text, bodyStart..<end) { return nil }
    if block.count > maxRunIn { end = keywordEnd(in: text, bodyStart..<end) ?? end }
    return Heading(marker: marker, start: start, end: end, text: string(text[start..<end]))
  }

  static let meetingWord = Array("会议上".unicodeScalars)

  /// Whether `word` occurs in `text`, scalar by scalar.
  static func contains(_ word: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = word.first, text.count >= word.count else { return word.isEmpty }
    var i = text.startIndex
    while i + word.count <= text.endIndex {
      if text[i] == first, text[i..<(i + word.count)].elementsEqual(word) { return true }
      i += 1
    }
    return false
  }

  /// Units that make a numbered line a statement of results rather than a heading:
  /// `1.全年地区生产总值增长6%。`, `（二）粮食产量52.3万吨。`
  static let measureUnits: Set<String> = [
    "%", "个百分点", "百分点", "‰", "万亿元", "亿美元", "万美元", "亿元", "万元", "千元", "美元", "元", "万吨", "亿吨",
    "吨", "亿斤", "万斤", "万亩", "亩", "万人", "万人次", "人次", "公里", "平方公里", "万千瓦",
  ]

  /// Does the text hold a figure with a unit of measure? Headings name tasks and results in
  /// words; a figure with a unit is a sentence's (`1.全年地区生产总值增长6%。`).
  static func holdsMeasure(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    NumberGrammar.figures(in: text, range: range).contains { f in
      f.unit.map(measureUnits.contains) ?? false
    }
  }

  /// The heading with its body's start: past the `。`, `：` or `，` that closes it.
  static func withBody(_ h: Heading, in text: [Unicode.Scalar], block: Range<Int>) -> Heading {
    var h = h
    var body = h.end
    while body < block.upperBound, body - h.end < 1, sentencePunctuation.contains(text[body]) {
      body += 1
    }
    h.bodyStart = body
    return h
  }

  /// Words that end a heading run into its text with no stop between:
  /// `三、2021年工作安排2021年是…`, `一、本届政府及XXXX年工作回顾过去五年,是…`.
  static let headingEndWords = [
    "工作回顾", "工作安排", "重点工作", "主要工作", "目标任务", "目标和任务", "工作重点", "主要目标", "总体要求",
    "政府自身建设", "工作目标", "发展成就", "主要任务", "目标要求",
  ].map { Array($0.unicodeScalars) }

  /// Where a long run-in heading ends: just after its last heading word, when text follows it.
  static func keywordEnd(in text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
    var best: Int?
    for w in headingEndWords {
      var i = range.lowerBound
      while i + w.count <= range.upperBound {
        if text[i] == w[0], text[i..<(i + w.count)].elementsEqual(w), i + w.count < range.upperBound {
          best = max(best ?? 0, i + w.count)
        }
        i += 1
      }
    }
    // Keep the heading whole when what follows the word is short (`…工作目标和任务`).
    guard let b = best, range.upperBound - b > 3 else { return nil }
    return b
  }

  /// A long numbered paragraph with no full stop near its start: the heading is its first clause.
  static func clipped(
    _ marker: Heading.Marker, _ start: Int, _ bodyStart: Int, _ text: [Unicode.Scalar],
    _ block: Range<Int>
  ) -> Heading? {
    let limit = min(block.upperBound, bodyStart + maxRunIn)
    var stop = (bodyStart..<limit).first { "，,：:；;".unicodeScalars.contains(text[$0]) } ?? limit
    guard stop > bodyStart else { return nil }
    stop = keywordEnd(in: text, bodyStart..<stop) ?? stop
    return Heading(marker: marker, start: start, end: stop, text: string(text[start..<stop]))
  }

  /// `2023年工作回顾`: a short line, no sentence punctuation, holding a heading word.
  static func plainHeading(in text: [Unicode.Scalar], block: Range<Int>) -> Heading? {
    var end = block.upperBound
    let s = string(text[block])
    if block.count > maxPlainLength {
      // `有关用语说明: 1.“5155”…` — a notes heading run into its first note.
      guard let colon = s.unicodeScalars.prefix(14).firstIndex(where: { $0 == ":" || $0 == "：" }),
        SectionClassifier.isNotesHeading(String(s.unicodeScalars[..<colon]))
      else { return nil }
      end =
        block.lowerBound + s.unicodeScalars.distance(from: s.unicodeScalars.startIndex, to: colon)
    } else {
      if let last = s.unicodeScalars.last, ":：".unicodeScalars.contains(last),
        SectionClassifier.isNotesHeading(String(s.unicodeScalars.dropLast()))
      {
        end -= 1
      } else if !SectionClassifier.isNotesHeading(s) {
        if s.unicodeScalars.contains(where: { sentencePunctuation.contains($0) }) { return nil }
        guard block.count >= 4 && plainHeadingWords.contains(where: { s.containsBytes($0) }) else {
          return nil
        }
      }
    }
    return Heading(
      marker: .plain, start: block.lowerBound, end: end, text: string(text[block.lowerBound..<end]))
  }

  /// The numbering at `i` and where the heading text after it starts.
  static func marker(at i: Int, in text: [Unicode.Scalar], limit: Int) -> (Heading.Marker, Int)? {
    func at(_ k: Int) -> Unicode.Scalar? { k < limit ? text[k] : nil }
    guard let c = at(i) else { return nil }
    if chineseDigits.contains(c) {
      var j = i
      while let d = at(j), chineseDigits.contains(d), j - i < 3 { j += 1 }
      if let sep = at(j), sep == "、" || sep == "．" || sep == "." { return (.chineseOrdinal, j + 1) }
      return nil
    }
    if c == "（" || c == "(" {
      var j = i + 1
      while let d = at(j), chineseDigits.contains(d), j - i < 4 { j += 1 }
      if j > i + 1, let close = at(j), close == "）" || close == ")" {
        return (.parenOrdinal, j + 1)
      }
      return nil
    }
    if TextBlocks.isDigit(c) {
      var j = i
      while let d = at(j), TextBlocks.isDigit(d), j - i < 2 { j += 1 }
      if let sep = at(j), sep == "." || sep == "．" || sep == "、",
        let next = at(j + 1), !TextBlocks.isDigit(next), next != "%"
      {
        return (.arabic, j + 1)
      }
      return nil
    }
    if c == "—", at(i + 1) == "—" {
      var j = i
      while at(j) == "—" { j += 1 }
      return (.dash, j)
    }
    return nil
  }

  /// The scalars as a String, written as UTF-8 in one buffer (appending scalar by scalar to a
  /// `String.UnicodeScalarView` costs several times more).
  static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var count = 0
    for c in s { count += UTF8.width(c) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var k = 0
      for c in s {
        UTF8.encode(c) { byte in
          buffer[k] = byte
          k += 1
        }
      }
      return k
    }
  }
}
