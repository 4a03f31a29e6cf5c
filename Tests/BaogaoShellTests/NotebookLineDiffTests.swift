import BaogaoShell
import Testing

@Suite struct NotebookLineDiffTests {
  @Test func equalTextsHaveNoHunks() {
    let diff = LineDiff(old: ["a", "b"], new: ["a", "b"])
    #expect(diff.isEmpty)
    #expect(diff.unifiedHunks() == "")
  }

  @Test func changeInTheMiddleKeepsThreeLinesOfContext() {
    let old = (1...10).map { "第\($0)行" }
    var new = old
    new[4] = "第五行"
    #expect(
      LineDiff(old: old, new: new).unifiedHunks(oldStart: 20, newStart: 20) == """
        @@ -21,7 +21,7 @@
         第2行
         第3行
         第4行
        -第5行
        +第五行
         第6行
         第7行
         第8行

        """)
  }

  @Test func distantChangesMakeTwoHunks() {
    let old = (1...20).map(String.init)
    var new = old
    new[1] = "二"
    new.insert("插入", at: 17)
    let hunks = LineDiff(old: old, new: new).unifiedHunks()
    #expect(
      hunks.split(separator: "\n").filter { $0.hasPrefix("@@") } == [
        "@@ -1,5 +1,5 @@", "@@ -15,6 +15,7 @@",
      ])
  }

  @Test func lcsKeepsTheLongestCommonLines() {
    let diff = LineDiff(old: ["a", "b", "c", "d"], new: ["b", "x", "c", "d", "e"])
    #expect(
      diff.edits == [.remove("a"), .keep("b"), .insert("x"), .keep("c"), .keep("d"), .insert("e")])
  }

  /// The edit script is the standard library's diff, not a hand-written one: applying the
  /// script's removals and insertions is applying `new.difference(from: old)`.
  @Test(arguments: [
    (["a", "b", "c", "d"], ["b", "x", "c", "d", "e"]),
    (["地区", "广东", "江苏", "浙江"], ["地区", "浙江", "广东", "江苏"]),
    ([], ["一"]),
    (["一", "二"], []),
  ])
  func editsAreTheStandardLibrarysDifference(old: [String], new: [String]) throws {
    let diff = LineDiff(old: old, new: new)
    #expect(diff.difference == new.difference(from: old))
    #expect(try #require(old.applying(diff.difference)) == new)
    let kept = diff.edits.compactMap { if case .keep(let line) = $0 { line } else { nil } }
    #expect(kept.count == old.count - diff.difference.removals.count)
  }

  @Test func emptySidesUseDiffLineConventions() {
    #expect(
      LineDiff(old: [], new: ["a"]).unifiedHunks(oldStart: 6, newStart: 6)
        == "@@ -5,0 +6,1 @@\n+a\n")
    #expect(
      LineDiff(old: ["a"], new: []).unifiedHunks(oldStart: 6, newStart: 6)
        == "@@ -6,1 +5,0 @@\n-a\n")
  }

  @Test func longOutputsDiffQuickly() {
    // Made-up worst case for a quadratic LCS: 1,500 lines where every third line differs, so the common
    // head and tail are short and the whole table is filled (2.25 million cells).
    let old = (0..<1_500).map { "第\($0)行 \($0 % 3 == 0 ? "旧" : "同")" }
    let new = (0..<1_500).map { "第\($0)行 \($0 % 3 == 0 ? "新" : "同")" }
    let clock = ContinuousClock()
    var diff: LineDiff?
    let elapsed = clock.measure { diff = LineDiff(old: old, new: new) }
    #expect(diff?.edits.filter { if case .insert = $0 { true } else { false } }.count == 500)
    #expect(elapsed < .seconds(5), "diff of 1,500 × 1,500 lines took \(elapsed)")
  }
}
