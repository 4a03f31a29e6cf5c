/// Puts the header lines of a report on lines of their own when a scrape glued them together.
///
/// `2021年3月1日在揭阳市榕城区第六届人民代表大会第六次会议上揭阳市榕城区人民政府区长郭;翔各位代表:现在,…`
/// becomes the meeting line, the speaker line and `各位代表:` starting the body — the layout
/// every printed report has, which later stages (sections, metadata) rely on.
struct HeaderLayoutRule: CleaningRule {
  let kind = "header_lines_separated"
  let noun = "header line break"

  /// The header is at the start of a report; later `会议上` are part of sentences.
  static let headerLength = 400

  func apply(_ text: inout String) -> [Int] {
    // Only the head is edited: copy its scalars, leave the rest of the text as it is.
    let headEnd =
      text.unicodeScalars.index(
        text.unicodeScalars.startIndex, offsetBy: Self.headerLength + 8,
        limitedBy: text.unicodeScalars.endIndex)
      ?? text.unicodeScalars.endIndex
    var scalars = Array(text.unicodeScalars[..<headEnd])
    let rest = text.unicodeScalars[headEnd...]
    let limit = min(scalars.count, Self.headerLength)
    var inserts: [Int] = []
    let meeting = Array("次会议上".unicodeScalars)
    let address = Array("各位代表".unicodeScalars)
    var i = 0
    while i < limit {
      if Self.matches(scalars, meeting, at: i) {
        let after = i + meeting.count
        if after < scalars.count && scalars[after] != "\n" { inserts.append(after) }
      }
      if i > 0 && scalars[i - 1] != "\n" && Self.matches(scalars, address, at: i) {
        let next = i + address.count < scalars.count ? scalars[i + address.count] : " "
        if next == ":" || next == "：" || next == "!" || next == "！" || next == "," || next == "，" {
          inserts.append(i)
          break
        }
      }
      i += 1
    }
    guard !inserts.isEmpty else { return [] }
    for p in inserts.sorted(by: >) { scalars.insert("\n", at: p) }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    // One copy of the rest, into a string of its exact size (`+` copied it twice).
    let head = String(view)
    let tail = Substring(rest)
    var edited = String()
    edited.reserveCapacity(head.utf8.count + tail.utf8.count)
    edited.append(head)
    edited.append(contentsOf: tail)
    text = edited
    return inserts.sorted()
  }

  static func matches(_ scalars: [Unicode.Scalar], _ word: [Unicode.Scalar], at i: Int) -> Bool {
    guard i + word.count <= scalars.count else { return false }
    for k in word.indices where scalars[i + k] != word[k] { return false }
    return true
  }
}
