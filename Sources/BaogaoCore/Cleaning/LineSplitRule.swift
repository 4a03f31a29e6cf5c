/// Joins lines that a web page broke inside a sentence, around links and in split titles.
///
/// Wikisource pages put each link on a line of its own: `听取和审议了国务院总理李强所作的` / `政府工作报告`
/// / `。`, and split titles (`政府工作报` / `告`). A line break is not a paragraph break when the next
/// line starts with punctuation that continues a sentence (`，。、》`), when the line ends with an
/// opening bracket (`根据《`), or when a line of one or two characters follows an unfinished line.
/// Headings (`一、2024年工作回顾`) are left alone: they are followed by lines starting with text.
///
/// A page break in a scan also breaks a sentence between a verb that takes a figure and the
/// figure, sometimes with blank lines between: `国内生产总值比上年增长` / `10%，其中农业增长8.5%`. A
/// line that ends unfinished on such a verb (`complementVerbs`) and a line that starts with a
/// figure are one sentence; blank lines between go.
struct LineSplitRule: CleaningRule {
  let kind = "line_break_joined"
  let noun = "broken line"

  static let continuing: Set<Unicode.Scalar> = Set("，。、；：》」』）”’！？,.;:)%".unicodeScalars)
  static let opening: Set<Unicode.Scalar> = Set("《「『（“‘(".unicodeScalars)
  /// Verbs whose complement is a figure: a paragraph ending on one is not finished.
  static let complementVerbs = [
    "增长", "下降", "降低", "提高", "上升", "达到", "为", "增加", "减少", "超过", "突破", "控制在",
  ]

  func apply(_ text: inout String) -> [Int] {
    let lines = text.lines()
    guard lines.count > 1 else { return [] }
    // Output lines as runs of input lines joined without a break: slices of the text until the
    // one final join (a copy per joined line made this quadratic on a long line joined often).
    var out: [[Substring]] = []
    var positions: [Int] = []
    var offset = 0
    for (i, line) in lines.enumerated() {
      defer { offset += line.scalarCount + 1 }
      if Self.startsWithFigure(line),
        let k = out.lastIndex(where: { !($0.count == 1 && $0[0].isEmpty) }),
        Self.awaitsFigure(out[k])
      {
        // Any blank lines between the verb and its figure go, and the figure joins run k.
        out.removeSubrange((k + 1)...)
        out[k].append(line)
        positions.append(offset)
        continue
      }
      guard let previous = out.last.map(Self.scalars), let first = line.unicodeScalars.first,
        let last = previous.last
      else {
        out.append([line])
        continue
      }
      let unfinished = !PageSpliceRule.endsSentence(previous)
      let next = i + 1 < lines.count ? lines[i + 1].unicodeScalars.first : nil
      let linkLine =
        unfinished && line.scalarCount <= 15
        && next.map { Self.continuing.contains($0) } == true
        && !Self.startsHeading(line)
      let fragment =
        unfinished && line.scalarCount <= 2 && first.isIdeograph
        && !Self.startsHeading(line)
      if Self.continuing.contains(first) || Self.opening.contains(last) || linkLine || fragment {
        out[out.count - 1].append(line)
        positions.append(offset)
      } else {
        out.append([line])
      }
    }
    guard !positions.isEmpty else { return [] }
    var bytes = out.count - 1
    for run in out { for line in run { bytes += line.utf8.count } }
    var joined = String()
    joined.reserveCapacity(bytes)
    for (k, run) in out.enumerated() {
      if k > 0 { joined.append("\n") }
      for line in run { joined.append(contentsOf: line) }
    }
    text = joined
    return positions
  }

  /// The end of an output line made of several input lines, without joining them: its last two
  /// pieces hold its last two scalars (every piece after the first is a non-empty line), which is
  /// all that `last` and `endsSentence` read.
  static func scalars(_ run: [Substring]) -> FlattenSequence<[Substring.UnicodeScalarView]> {
    run.suffix(2).map(\.unicodeScalars).joined()
  }

  /// Does the line open with a figure: digits not followed by 年 (`2023年，我们…` after an
  /// unnumbered heading `经济总量实现新突破` opens a paragraph)?
  static func startsWithFigure(_ line: Substring) -> Bool {
    let digits = line.unicodeScalars.prefix { $0.properties.numericType == .decimal }
    guard !digits.isEmpty else { return false }
    return line.unicodeScalars.dropFirst(digits.count).first != "年"
  }

  /// A run of lines that ends unfinished on a verb taking a figure, and is no heading.
  static func awaitsFigure(_ run: [Substring]) -> Bool {
    guard let last = run.last, !startsHeading(run[0]), !PageSpliceRule.endsSentence(last) else {
      return false
    }
    return complementVerbs.contains { last.hasSuffix($0) }
  }

  static func startsHeading(_ line: Substring) -> Bool {
    TableOfContentsRule.isNumberedHeading(line)
  }
}
