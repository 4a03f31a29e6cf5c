import BaogaoCore
import BaogaoShell
import Foundation
import Testing

@Suite struct NotebookTests {
  // Made-up notebook: prose, a cell with output, a skip-check cell without output, a stray output block.
  static let sample = """
    # 政府工作报告入门

    先载入报告：

    ```baogao
    load "seeds"
    reports | count
    ```
    ```output
    5
    ```

    计时（每次不同）：

    ```baogao skip-check
    clock
    ```

    这个输出块前面是文字，不属于任何单元：

    ```output
    旧的输出
    ```

    """

  @Test func findsCellsWithLinesSourcesAndOutputs() throws {
    let notebook = Notebook(parsing: Self.sample, file: "入门.md")
    #expect(notebook.diagnostics.isEmpty)
    let cells = notebook.cells
    try #require(cells.count == 2)
    #expect(cells[0].line == 5)
    #expect(cells[0].sourceLine == 6)
    #expect(cells[0].closingLine == 8)
    #expect(cells[0].source == "load \"seeds\"\nreports | count")
    #expect(cells[0].skipsCheck == false)
    #expect(cells[0].output?.line == 9)
    #expect(cells[0].output?.text == "5\n")
    #expect(cells[1].line == 15)
    #expect(cells[1].info == "baogao skip-check")
    #expect(cells[1].skipsCheck)
    #expect(cells[1].source == "clock")
    // The output block after prose is prose, not this cell's output.
    #expect(cells[1].output == nil)
    #expect(notebook.blocks.count == 5)
    if case .prose(let last) = notebook.blocks.last {
      #expect(last.contains("旧的输出"))
    } else {
      Issue.record("the last block should be prose")
    }
  }

  @Test(arguments: [
    sample,
    sample.replacingOccurrences(of: "\n", with: "\r\n"),
    String(sample.dropLast()),  // no final line break
    "",
    "```baogao\n```",
    "```baogao\nx\n```\n\n\n```output\n\n\n```\n",
    "   ```baogao\n  a\n   ```  \n````output\n```\n````\n",
    "```baogao\nunclosed\n",
    "混合\r\n换行\n```baogao\r\na\n```\r\n```output\r\nA\r\n```",
  ])
  func roundTripsByteForByte(text: String) {
    let notebook = Notebook(parsing: text)
    #expect(Array(notebook.text.utf8) == Array(text.utf8))
  }

  @Test func roundTripsRealChineseTextByteForByte() throws {
    // Real reports are prose to a notebook: no cells, every byte kept (CRLF, one-line reports, mojibake).
    for url in try NotebookShared.seedFiles() {
      let data = try #require(
        FileManager.default.contents(atPath: url.path), "cannot read \(url.path)")
      let text = String(decoding: data, as: UTF8.self)
      let notebook = Notebook(parsing: text)
      #expect(notebook.cells.isEmpty, "\(url.lastPathComponent)")
      #expect(Array(notebook.text.utf8) == Array(text.utf8), "\(url.lastPathComponent)")
    }
  }

  @Test func cellsInsideLongerFencesAreProse() {
    // Made-up: documentation that shows a cell inside a four-backtick block must not run it.
    let text = "````markdown\n```baogao\nnot a cell\n```\n````\n\n```baogao\nreal\n```\n"
    let cells = Notebook(parsing: text).cells
    #expect(cells.map(\.source) == ["real"])
    #expect(cells.first?.line == 7)
  }

  @Test func outputBlockWithOnlyBlankLinesBetweenBelongsToTheCell() {
    let cells = Notebook(parsing: "```baogao\na\n```\n\n  \n```output\nA\n```\n").cells
    #expect(cells.first?.output?.line == 6)
    #expect(cells.first?.output?.text == "A\n")
  }

  @Test func crlfNotebookReadsLikeLF() throws {
    let notebook = Notebook(parsing: Self.sample.replacingOccurrences(of: "\n", with: "\r\n"))
    #expect(notebook.lineEnding == .crlf)
    let cell = try #require(notebook.cells.first)
    #expect(cell.source == "load \"seeds\"\nreports | count")
    #expect(cell.output?.text == "5\n")
  }

  @Test func reportsUnclosedCellsAndUnknownOptions() {
    let notebook = Notebook(
      parsing: "```baogao skip-chekc\na\n```\n\n```baogao\nnever closed\n", file: "坏.md")
    #expect(notebook.cells.count == 1)
    #expect(
      notebook.diagnostics.map(\.formatted) == [
        "坏.md:1: warning: unknown cell option 'skip-chekc' (known: skip-check, expect-error)",
        "坏.md:5: warning: cell has no closing fence; it is left as prose and not run",
      ])
  }

  @Test func setOutputAddsReplacesAndKeepsBlocks() throws {
    var notebook = Notebook(parsing: Self.sample)
    let sameOutputChanges = notebook.setOutput("5\n", forCellAt: 0)
    #expect(sameOutputChanges == false)
    #expect(notebook.text == Self.sample)
    let emptyOutputChanges = notebook.setOutput("", forCellAt: 1)
    #expect(emptyOutputChanges == false)
    let newOutputChanges = notebook.setOutput("tick 1", forCellAt: 1)
    #expect(newOutputChanges)
    #expect(
      notebook.text.contains("```baogao skip-check\nclock\n```\n```output\ntick 1\n```\n\n这个输出块"))
    let replacedOutputChanges = notebook.setOutput("6\r\n", forCellAt: 0)
    #expect(replacedOutputChanges)
    let reparsed = Notebook(parsing: notebook.text)
    #expect(reparsed.cells.map(\.storedText) == ["6\n", "tick 1\n"])
    #expect(reparsed.cells[1].output?.line == 18)
  }

  @Test func outputThatHoldsAFenceGetsALongerFence() throws {
    var notebook = Notebook(parsing: "```baogao\nshow\n```\n")
    notebook.setOutput("```\ncode\n```\n", forCellAt: 0)
    #expect(notebook.text == "```baogao\nshow\n```\n````output\n```\ncode\n```\n````\n")
    #expect(Notebook(parsing: notebook.text).cells.first?.storedText == "```\ncode\n```\n")
  }

  @Test func cellAtEndWithoutLineBreakGetsOneBeforeItsOutput() {
    // The file's last line had no break, and the new last line has none either.
    var notebook = Notebook(parsing: "```baogao\na\n```")
    notebook.setOutput("A\n", forCellAt: 0)
    #expect(notebook.text == "```baogao\na\n```\n```output\nA\n```")
  }

  @Test func crlfCellAtEndGetsItsOutputDirectlyAfter() {
    var notebook = Notebook(parsing: "```baogao\r\na\r\n```\r\n")
    notebook.setOutput("A\n", forCellAt: 0)
    #expect(notebook.text == "```baogao\r\na\r\n```\r\n```output\r\nA\r\n```\r\n")
  }

  @Test(arguments: [
    ("地区  增长率  \n广东  5.0\t\n", "地区  增长率\n广东  5.0\n"),
    ("┌──┐\r\n│表│\r└──┘", "┌──┐\n│表│\n└──┘\n"),
    ("\u{1B}[1;31merror:\u{1B}[0m 未知字段 'yaer'\n", "error: 未知字段 'yaer'\n"),
    ("", ""),
    ("\n\n", "\n\n"),
  ])
  func outputIsNormalizedToWhatAPersonSees(raw: String, normalized: String) {
    #expect(NotebookOutput.normalized(raw) == normalized)
  }

  @Test func storedOutputWithTrailingSpacesMatchesWithoutRewrite() {
    // An editor stripped (or kept) trailing spaces: the same output either way, the file untouched.
    let text = "```baogao\nt\n```\n```output\n地区  增长率  \n```\n"
    var notebook = Notebook(parsing: text)
    #expect(notebook.cells.first?.storedText == "地区  增长率\n")
    let changed = notebook.setOutput("地区  增长率\n", forCellAt: 0)
    #expect(changed == false)
    #expect(notebook.text == text)
  }
}
