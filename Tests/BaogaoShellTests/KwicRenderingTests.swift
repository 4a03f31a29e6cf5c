import Foundation
import Testing

@testable import BaogaoShell

/// kwic in a table narrower than its contexts: `left` is cut at its far end, so the characters
/// next to the keyword stay, on the real seeds.
@Suite("kwic in narrow tables")
struct KwicRenderingTests {
  @Test("a narrow table keeps the left context next to the keyword, with … at the far end")
  func narrowLeftKeepsNearEnd() throws {
    let seed = try Baogao.shared.appendingPathComponent(
      "corpus/seeds/2019-2021-guangdong-web-page-10-reports.txt"
    ).path
    let query = "kwic 改革 width 30 | select left, keyword, right | limit 8"
    let full = try Baogao.run(["--mode", "jsonl", "-c", "load \(seed); \(query)"])
    try #require(full.status == 0, "\(full.stderr)")
    let lefts = try full.stdout.split(separator: "\n").map { line in
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      return try #require(object?["left"] as? String)
    }
    try #require(lefts.count == 8)
    let narrow = try Baogao.run(["-c", "load \(seed); .width 50; \(query)"])
    try #require(narrow.status == 0, "\(narrow.stderr)")
    let rows = narrow.stdout.split(separator: "\n").dropFirst(2).prefix(8)
    try #require(rows.count == 8)
    for (row, left) in zip(rows, lefts) {
      // The left cell ends right against the keyword column.
      let cell = try #require(row.components(separatedBy: "  改革").first)
      let shown = String(cell.drop { $0 == " " })
      // Cut: an ellipsis first, then the end of the full left context, touching the keyword.
      #expect(shown.hasPrefix("…"), "\(row)")
      let kept = String(shown.dropFirst())
      #expect(kept.count >= 3, "\(row)")
      #expect(left.hasSuffix(kept), "shown '\(kept)' is not the end of '\(left)'")
    }
  }

  @Test func truncateStartKeepsTheEnd() {
    #expect(DisplayWidth.truncateStart("着力扩大国内需求", toWidth: 7, ambiguousWide: false) == "…内需求")
    #expect(DisplayWidth.truncateStart("国内需求", toWidth: 8, ambiguousWide: false) == "国内需求")
    #expect(DisplayWidth.truncateStart("abc国内需求", toWidth: 6, ambiguousWide: false) == "…需求")
  }
}
