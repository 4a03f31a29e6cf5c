/// Reads the glossary: the entries of notes sections (`①“1310”具体部署：…`, `1.“5155”示范创建行动:…`)
/// and the footnote markers (`①②`) in the body that point to them.
enum GlossaryReader {
  /// `①`…`⑳`, `㉑`…`㉟`, `㊱`…`㊿`.
  static func isCircled(_ c: Unicode.Scalar) -> Bool {
    (0x2460...0x2473).contains(c.value) || (0x3251...0x325F).contains(c.value)
      || (0x32B1...0x32BF).contains(c.value)
  }

  static let quotes: Set<Unicode.Scalar> = Set("“”\"《》「」‘’".unicodeScalars)

  static func terms(
    in text: [Unicode.Scalar], sections: [Section], reportID: String,
    original: [Unicode.Scalar]? = nil
  ) -> [GlossaryTerm] {
    let notes = sections.filter {
      $0.kind == .notes && $0.depth == sections.filter { $0.kind == .notes }.map(\.depth).min()
    }
    let inNotes: (Int) -> Bool = { o in notes.contains { $0.start <= o && o < $0.end } }
    var terms: [GlossaryTerm] = []
    for section in notes {
      terms += entries(in: text, range: section.headingEnd..<section.end, reportID: reportID)
    }
    // Where each term is used: its marker in the body, else the term itself.
    var bodyMarkers: [Unicode.Scalar: [Int]] = [:]
    for (i, c) in text.enumerated() where isCircled(c) && !inNotes(i) {
      bodyMarkers[c, default: []].append(i)
    }
    for k in terms.indices {
      if let m = terms[k].marker, m.unicodeScalars.count == 1, let c = m.unicodeScalars.first,
        isCircled(c)
      {
        terms[k].usedAt = bodyMarkers[c] ?? []
      }
      // Cleaning removed the markers (`推行“三资”管理①` → `推行“三资”管理`): the term's own
      // occurrences in the cleaned text are its uses, for a Traditional original too.
      if terms[k].usedAt.isEmpty {
        terms[k].usedAt = uses(of: terms[k].term, in: text, outside: inNotes)
      }
    }
    // Cleaning may have removed the markers from the text: find them in the original and
    // link the phrase before each to where it stands in the cleaned text.
    if bodyMarkers.isEmpty, let original, original.contains(where: isCircled) {
      let explainedMarkers = Set(terms.compactMap(\.marker))
      var seenMarkers: Set<Unicode.Scalar> = []
      for (i, c) in original.enumerated()
      where isCircled(c) && !explainedMarkers.contains(String(c)) {
        guard seenMarkers.insert(c).inserted, let term = phrase(before: i, in: original) else {
          continue
        }
        terms.append(
          GlossaryTerm(
            reportID: reportID, term: term, definition: "", marker: String(c),
            usedAt: uses(of: term, in: text, outside: inNotes)))
      }
      return terms
    }
    // Markers whose notes are missing (a report cut off before its glossary): the quoted phrase
    // before the marker is the term, `省委“1310”具体部署①` → `“1310”具体部署`.
    let explained = Set(terms.compactMap(\.marker))
    for (c, offsets) in bodyMarkers.sorted(by: { $0.key.value < $1.key.value })
    where !explained.contains(String(c)) {
      guard let first = offsets.first, let term = phrase(before: first, in: text) else { continue }
      terms.append(
        GlossaryTerm(
          reportID: reportID, term: term, definition: "", marker: String(c), usedAt: offsets))
    }
    return terms
  }

  /// The phrase a footnote marker follows: back to the last punctuation, at most 16 characters.
  static func phrase(before marker: Int, in text: [Unicode.Scalar]) -> String? {
    var lo = marker
    while lo > 0, marker - lo < 16,
      !"，,。；;：:、（(！？\n ".unicodeScalars.contains(text[lo - 1]), !isCircled(text[lo - 1])
    {
      lo -= 1
    }
    let term = HeadingDetector.string(text[lo..<marker])
    return term.unicodeScalars.count >= 2 ? term : nil
  }

  /// Entries in a notes section: each starts at a marker (`①`, `1.`, `［18］`), or at a line that opens
  /// with a short term and its colon (`六抓：省政府提出的…`) or ` 指` (`十大产业 指杭州市…`).
  static func entries(in text: [Unicode.Scalar], range: Range<Int>, reportID: String)
    -> [GlossaryTerm]
  {
    var starts: [(at: Int, body: Int, marker: String?)] = []
    var i = range.lowerBound
    while i < range.upperBound {
      let c = text[i]
      let atBreak = i == range.lowerBound || "。 \n\u{3000}：:；;".unicodeScalars.contains(text[i - 1])
      let atLine = i == range.lowerBound || text[i - 1] == "\n"
      if isCircled(c) {
        starts.append((i, i + 1, String(c)))
      } else if atBreak, TextBlocks.isDigit(c) {
        var j = i
        while j < range.upperBound, TextBlocks.isDigit(text[j]), j - i < 3 { j += 1 }
        if j < range.upperBound, ".．、".unicodeScalars.contains(text[j]),
          j + 1 < range.upperBound, !TextBlocks.isDigit(text[j + 1])
        {
          starts.append((i, j + 1, HeadingDetector.string(text[i..<j])))
          i = j + 1
          continue
        }
      } else if atLine, "[［".unicodeScalars.contains(c),
        let close = (i + 1..<min(range.upperBound, i + 5)).first(where: {
          "]］".unicodeScalars.contains(text[$0])
        }),
        close > i + 1, (i + 1..<close).allSatisfy({ TextBlocks.isDigit(text[$0]) })
      {
        // `［18］一带一路：…`, `[6]放管服：…`
        starts.append((i, close + 1, HeadingDetector.string(text[(i + 1)..<close])))
        i = close + 1
        continue
      } else if atLine, separator(in: text, from: i, limit: range.upperBound) != nil {
        starts.append((i, i, nil))
      }
      i += 1
    }
    var out: [GlossaryTerm] = []
    for (n, s) in starts.enumerated() {
      let end = n + 1 < starts.count ? starts[n + 1].at : range.upperBound
      let termEnd: Int
      let bodyStart: Int
      if let (at, length) = separator(in: text, from: s.body, limit: min(end, s.body + maxTerm)) {
        (termEnd, bodyStart) = (at, at + length)
      } else if s.marker != nil,
        let newline = (s.body..<min(end, s.body + maxTerm)).first(where: { text[$0] == "\n" })
      {
        // `1.“四个着力”“四张牌”（《报告》第1页第13行）` on its own line, the explanation below.
        (termEnd, bodyStart) = (newline, newline + 1)
      } else {
        continue
      }
      let term = trimmed(text[s.body..<termEnd], dropping: quotes)
      let definition = trimmed(text[bodyStart..<end], dropping: [])
      guard !term.isEmpty, !definition.isEmpty else { continue }
      out.append(
        GlossaryTerm(
          reportID: reportID, term: term, definition: definition, marker: s.marker, usedAt: []))
    }
    return out
  }

  /// A term is short: past this, a colon belongs to a sentence.
  static let maxTerm = 40

  /// Where a term ends, and the separator's length: its colon (`：`), or ` 指` after a space.
  /// The term before it holds no sentence punctuation, so a sentence's colon is not one.
  static func separator(in text: [Unicode.Scalar], from start: Int, limit: Int) -> (Int, Int)? {
    var k = start
    let stop = min(limit, start + maxTerm, text.count)
    while k < stop {
      let c = text[k]
      if c == "\n" || "。，,；;！？".unicodeScalars.contains(c) { return nil }
      if c == "：" || c == ":" { return k > start ? (k, 1) : nil }
      if c == " ", k + 1 < text.count, text[k + 1] == "指", k > start { return (k, 2) }
      k += 1
    }
    return nil
  }

  /// Trims spaces, and a pair of quotes around the whole term (`“千万工程”`) but not quotes
  /// inside it (`“5155”示范创建行动`).
  static func trimmed(_ s: ArraySlice<Unicode.Scalar>, dropping extra: Set<Unicode.Scalar>)
    -> String
  {
    var lo = s.startIndex
    var hi = s.endIndex
    func space(_ c: Unicode.Scalar) -> Bool { TextBlocks.isSpace(c) || c == "\n" }
    while lo < hi, space(s[lo]) { lo += 1 }
    while hi > lo, space(s[hi - 1]) { hi -= 1 }
    if !extra.isEmpty, hi - lo >= 2, extra.contains(s[lo]), extra.contains(s[hi - 1]),
      s[(lo + 1)..<(hi - 1)].allSatisfy({ !extra.contains($0) })
    {
      lo += 1
      hi -= 1
    }
    return HeadingDetector.string(s[lo..<hi])
  }

  /// Where a term stands in the body: as written (`“三资”管理`), else without its quotes
  /// (`三资管理`).
  static func uses(of term: String, in text: [Unicode.Scalar], outside inNotes: (Int) -> Bool)
    -> [Int]
  {
    let found = occurrences(of: term, in: text).filter { !inNotes($0) }
    if !found.isEmpty { return found }
    let bare = String(String.UnicodeScalarView(term.unicodeScalars.filter { !quotes.contains($0) }))
    guard bare != term else { return [] }
    return occurrences(of: bare, in: text).filter { !inNotes($0) }
  }

  /// Offsets of `needle` in `text` (the term as written, quotes stripped).
  static func occurrences(of needle: String, in text: [Unicode.Scalar]) -> [Int] {
    let n = Array(needle.unicodeScalars)
    guard n.count >= 2, n.count <= text.count else { return [] }
    var out: [Int] = []
    var i = 0
    while i + n.count <= text.count {
      if text[i] == n[0], Array(text[i..<(i + n.count)]) == n {
        out.append(i)
        i += n.count
      } else {
        i += 1
      }
    }
    return out
  }
}
