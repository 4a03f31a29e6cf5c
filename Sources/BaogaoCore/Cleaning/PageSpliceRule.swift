/// Joins sentences that a document-sharing site split at its page breaks, dropping the page number.
///
/// Such sites print each page as one line starting with its number: `…较好地完成了县十四届XX历次会议确`
/// / `2、定的目标任务…`. The numbers run 1、2、3… over consecutive lines, which real list items
/// (`1、加强…` after a colon, short and complete) seldom do for long; so the rule acts only when at
/// least three consecutive lines are numbered in sequence and most of the pages end mid-sentence.
struct PageSpliceRule: CleaningRule {
  let kind = "page_splice_joined"
  let noun = "page-number splice"

  func apply(_ text: inout String) -> [Int] {
    // Slices of the text: a line is copied only when a page number is cut from it.
    let lines = text.lines()
    let numbers = lines.map(Self.leadingNumber)
    // Find the run of lines numbered n, n+1, n+2 … (allowing blank lines in between).
    var pageLines: [Int] = []
    var expected = 1
    for (i, number) in numbers.enumerated() {
      guard let number else { continue }
      if number.value == expected {
        pageLines.append(i)
        expected += 1
      } else if number.value == 1 && pageLines.count < 3 {
        pageLines = [i]
        expected = 2
      }
    }
    guard pageLines.count >= 3 else { return [] }
    // Pages cut mid-sentence: the line before a numbered line does not end a sentence.
    var midSentence = 0
    for i in pageLines.dropFirst() {
      if let previous = lines[..<i].last(where: { !$0.isEmpty }), !Self.endsSentence(previous) {
        midSentence += 1
      }
    }
    guard midSentence * 2 >= pageLines.count - 1 else { return [] }
    var positions: [Int] = []
    var offsets: [Int] = []
    var running = 0
    for line in lines {
      offsets.append(running)
      running += line.scalarCount + 1
    }
    let pageSet = Set(pageLines)
    var out: [String] = []
    for (i, line) in lines.enumerated() {
      guard pageSet.contains(i), let number = numbers[i] else {
        out.append(String(line))
        continue
      }
      let body = Substring(line.unicodeScalars.dropFirst(number.length))
      positions.append(offsets[i])
      // No binding to the last line: it would be a second reference, and the append a copy.
      if out.last.map({ !$0.isEmpty && !Self.endsSentence($0) }) == true {
        out[out.count - 1].append(contentsOf: body)
      } else {
        out.append(String(body))
      }
    }
    text = out.joinedLines()
    return positions
  }

  /// `12、` at the start of a line: the number and the length of the marker in scalars.
  static func leadingNumber(_ line: some StringProtocol) -> (value: Int, length: Int)? {
    var value = 0
    var digits = 0
    for s in line.unicodeScalars {
      if s.value >= 0x30 && s.value <= 0x39 && digits < 4 {
        value = value * 10 + Int(s.value - 0x30)
        digits += 1
        continue
      }
      if digits > 0 && (s == "、" || s == "，") { return (value, digits + 1) }
      return nil
    }
    return nil
  }

  static func endsSentence(_ line: some StringProtocol) -> Bool {
    endsSentence(line.unicodeScalars)
  }

  /// The same for a line given as its scalars (several lines about to be joined).
  static func endsSentence<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ scalars: Scalars)
    -> Bool
  {
    guard var last = scalars.last else { return true }
    if last == "”" || last == "’" || last == "」" || last == "）" || last == ")" {
      last = scalars.dropLast().last ?? last
    }
    return last.isSentenceEnd || last == "：" || last == ":"
  }
}
