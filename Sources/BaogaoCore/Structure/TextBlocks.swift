/// Splits a report's text into blocks: its lines, and in a long line the runs between spaces.
///
/// Scraped pages and some conversions put a whole report on one line with a space where a
/// paragraph ended (`…工作报告 2020年及“十三五”时期工作回顾 “十三五”时期,市政府…`); a space
/// between two Chinese characters is then the only trace of the paragraph break.
enum TextBlocks {
  /// A line longer than this is read as paragraphs joined by spaces.
  static let longLine = 400

  static func blocks(of text: [Unicode.Scalar]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var lineStart = 0
    func addLine(_ range: Range<Int>) {
      if range.count > longLine {
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
          if isSpace(text[i]), i > range.lowerBound, isWide(text[i - 1]) {
            var j = i
            while j < range.upperBound, isSpace(text[j]) { j += 1 }
            if j < range.upperBound,
              isWide(text[j]) || isDigit(text[j]) && !spacedFigure(at: j, in: text)
            {
              add(start..<i)
              start = j
            }
            i = j
            continue
          }
          i += 1
        }
        add(start..<range.upperBound)
      } else {
        add(range)
      }
    }
    func add(_ range: Range<Int>) {
      var lo = range.lowerBound
      var hi = range.upperBound
      while lo < hi, isSpace(text[lo]) { lo += 1 }
      while hi > lo, isSpace(text[hi - 1]) { hi -= 1 }
      if lo < hi { out.append(lo..<hi) }
    }
    for (i, c) in text.enumerated() where c == "\n" {
      addLine(lineStart..<i)
      lineStart = i + 1
    }
    addLine(lineStart..<text.count)
    return out
  }

  /// Is the number at `i` set off by a space after it too (`增长 8% 以上`, `完成 6121.2 亿元`)?
  /// Typesetting puts spaces around figures; a paragraph that starts with a number runs on
  /// into its words (`…工作报告 2020年及“十三五”时期工作回顾`).
  /// A number with a unit of money or a percent after it (`增加到 2025.61亿元`) is a figure
  /// mid-sentence too.
  static func spacedFigure(at i: Int, in text: [Unicode.Scalar]) -> Bool {
    var k = i
    while k < text.count, isDigit(text[k]) || ".．%％‰".unicodeScalars.contains(text[k]) { k += 1 }
    return k < text.count && (isSpace(text[k]) || figureUnitStarts.contains(text[k]))
  }

  /// What starts a unit right after a number in a sentence: `亿元`, `万人`, `元`, `%`.
  static let figureUnitStarts: Set<Unicode.Scalar> = Set("亿万千元%％‰".unicodeScalars)

  static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\u{3000}" || c == "\t" || c == "\r" || c == "\u{A0}"
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool {
    (c.value >= 0x30 && c.value <= 0x39) || (c.value >= 0xFF10 && c.value <= 0xFF19)
  }

  /// Chinese characters and full-width punctuation: the neighbours of a paragraph-break space.
  static func isWide(_ c: Unicode.Scalar) -> Bool {
    c.value >= 0x2E80 || (c.value >= 0x2000 && c.value <= 0x206F) || c == ":" || c == ")"
  }
}
