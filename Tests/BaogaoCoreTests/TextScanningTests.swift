import Foundation
import Testing

@testable import BaogaoCore

/// The byte-level primitives of cleaning must answer exactly what the standard library answers
/// (they replaced `split`, `unicodeScalars.count` and `contains` for speed, not for new meaning).
@Suite struct TextScanningTests {
  /// Every seed file's text, as decoded by the loader's own reader.
  static func seedTexts() throws -> [String] {
    let folder = try LoaderTestSupport.requireShared("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    let texts = try names.map { name -> String in
      let data = try #require(FileManager.default.contents(atPath: folder + "/" + name))
      return try #require(Decoder.decode(data)).text
    }
    try #require(texts.count == 5, "expected the five seeds in \(folder)")
    return texts
  }

  @Test func linesMatchSplitOnNewlines() throws {
    for text in try Self.seedTexts() {
      let expected = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map {
        String(Substring($0))
      }
      #expect(text.lines().map(String.init) == expected)
      // Slices of a slice, and the edge cases: empty text, a trailing newline, only newlines.
      let middle = text.dropFirst(100).dropLast(100)
      #expect(
        middle.lines().map(String.init)
          == middle.utf8.split(separator: 10, omittingEmptySubsequences: false).map {
            String(Substring($0))
          })
    }
    #expect("".lines() == [""])
    #expect("甲\n".lines() == ["甲", ""])
    #expect("\n\n".lines() == ["", "", ""])
  }

  @Test func scalarCountMatchesUnicodeScalars() throws {
    for text in try Self.seedTexts() {
      #expect(text.scalarCount == text.unicodeScalars.count)
      for line in text.lines() { #expect(line.scalarCount == line.unicodeScalars.count) }
    }
  }

  @Test func byteSearchesMatchContains() throws {
    let needles = ["政府工作报告", "政府工作報告", "各位代表", "招商】", "①", "%o", "XX", "不存在的词语", "\u{FFFD}"]
    for text in try Self.seedTexts() {
      for needle in needles {
        #expect(text.containsBytes(needle) == (text.range(of: needle) != nil), "\(needle)")
      }
      for byte: UInt8 in [10, 13, 0x3F, 0x58, 0x78] {
        #expect(text.containsByte(byte) == text.utf8.contains(byte))
      }
      #expect(
        text.containsByte(in: 0xC3...0xC7) == text.utf8.contains { (0xC3...0xC7).contains($0) })
    }
    // Made-up: a needle at the very start and the very end, and one longer than the text.
    #expect("报告在前".containsBytes("报告"))
    #expect("在后的报告".containsBytes("报告"))
    #expect(!"报".containsBytes("报告"))
  }

  @Test func fullwidthFormsOnBytes() {
    // Made-up text: fullwidth digits, letters, ％ and a decimal point between digits; `，` stays.
    var text = "２０２３年增长５．２％，ＧＤＰ达到１２３亿元。"
    let positions = FullwidthRule().apply(&text)
    #expect(text == "2023年增长5.2%，GDP达到123亿元。")
    #expect(positions == [0, 1, 2, 3, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19])
    // A lone fullwidth full stop is not a reason to edit (nor one between non-digits).
    var stop = "第一．概况"
    #expect(FullwidthRule().apply(&stop).isEmpty && stop == "第一．概况")
  }
}
