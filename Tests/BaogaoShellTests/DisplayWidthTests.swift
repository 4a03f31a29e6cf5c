import Foundation
import Testing

@testable import BaogaoShell

@Suite("DisplayWidth")
struct DisplayWidthTests {
  @Test(
    "widths of ASCII, CJK, ambiguous punctuation and combining marks",
    arguments: [
      ("reports", 7, 7),
      ("政府工作报告", 12, 12),
      ("２０２４年", 10, 10),  // fullwidth digits
      ("“两会”", 6, 8),  // quotes are East Asian Ambiguous
      ("——…", 3, 6),
      ("①②", 2, 4),
      ("e\u{301}", 1, 1),  // combining acute
      ("報(bào)告", 9, 10),  // à is ambiguous
      ("", 0, 0),
    ])
  func widths(text: String, narrow: Int, wide: Int) {
    #expect(DisplayWidth.width(of: text, ambiguousWide: false) == narrow)
    #expect(DisplayWidth.width(of: text, ambiguousWide: true) == wide)
  }

  @Test("truncation ends with … and never splits a wide character")
  func truncation() {
    #expect(DisplayWidth.truncate("政府工作报告", toWidth: 6, ambiguousWide: false) == "政府…")
    #expect(DisplayWidth.truncate("政府工作报告", toWidth: 7, ambiguousWide: false) == "政府工…")
    #expect(DisplayWidth.truncate("政府工作报告", toWidth: 12, ambiguousWide: false) == "政府工作报告")
    #expect(DisplayWidth.truncate("政府工作报告", toWidth: 6, ambiguousWide: true) == "政府…")
    #expect(DisplayWidth.truncate("政府工作报告", toWidth: 5, ambiguousWide: true) == "政…")
    #expect(DisplayWidth.truncate("abc", toWidth: 0, ambiguousWide: false) == "")
    #expect(DisplayWidth.truncate("政府", toWidth: 1, ambiguousWide: false) == "…")
    #expect(DisplayWidth.truncate("abc", toWidth: 1, ambiguousWide: true) == "a")
  }

  /// Every line of a real seed (Traditional Chinese with pinyin glosses and mojibake), cut to
  /// many widths: the result fits, is a prefix of the line plus `…`, and loses at most one
  /// column to a wide character.
  @Test("truncating real report lines", arguments: [false, true])
  func realLines(wide: Bool) throws {
    let url = RenderFixtures.shared.appendingPathComponent(
      "corpus/seeds/2024-rongan-county-guangxi-traditional-pinyin.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline).prefix(60).map(String.init)
    try #require(lines.count >= 20)
    for line in lines {
      let full = DisplayWidth.width(of: line, ambiguousWide: wide)
      for w in [3, 10, 41, 80] where w < full {
        let cut = DisplayWidth.truncate(line, toWidth: w, ambiguousWide: wide)
        let cutWidth = DisplayWidth.width(of: cut, ambiguousWide: wide)
        #expect(cutWidth <= w && cutWidth >= w - 2, "\(w): \(cut)")
        #expect(cut.hasSuffix("…"))
        #expect(line.hasPrefix(String(cut.dropLast())))
      }
    }
  }

  @Test("padding fills to the display width on either side")
  func padding() {
    #expect(DisplayWidth.pad("报告", toWidth: 6, rightAligned: false, ambiguousWide: false) == "报告  ")
    #expect(
      DisplayWidth.pad("5.2", toWidth: 6, rightAligned: true, ambiguousWide: false) == "   5.2")
    #expect(
      DisplayWidth.pad("政府工作报告", toWidth: 6, rightAligned: true, ambiguousWide: false) == "政府工作报告")
  }
}
