import BaogaoCore
import BaogaoShell
import Foundation
import Testing

@Suite struct NotebookRunnerTests {
  // Made-up notebook for the made-up ShoutingCellRunner.
  static let notebookText = """
    # 测试笔记本

    ```baogao
    载入 seeds
    count
    ```

    | 年份 | 报告数 |
    | --- | ---: |
    | 2024 | 2 |

    ```baogao skip-check
    clock
    ```

    ```baogao
    silent
    ```

    ```baogao expect-error
    count
    fail
    ```

    """

  @Test func runFillsOutputsInOneSessionAndPassesLines() throws {
    var runner = NotebookRunner(runner: ShoutingCellRunner(clock: 7))
    let run = runner.run(Notebook(parsing: Self.notebookText), path: "nb/测试.md")
    #expect(run.changed)
    let cells = run.notebook.cells
    #expect(
      cells.map(\.output?.text) == [
        "载入 SEEDS\n1\n", "tick 7\n", nil, "4\nnb/测试.md:29: error: made-up failure\n",
      ])
    #expect(run.failures.map(\.cell.line) == [20])
    #expect(run.failures.map(\.line) == [27])
    // The failure is marked expect-error: the run passes.
    #expect(run.passed)
    #expect(run.diagnostics.isEmpty)
    let shouting = try #require(runner.runner as? ShoutingCellRunner)
    // Lines in the written file: each output block written above a cell moves it down.
    #expect(shouting.calls.map(\.line) == [4, 17, 24, 28])
    #expect(shouting.calls.allSatisfy { $0.path == "nb/测试.md" })
    // The new text is a notebook whose outputs parse back, and running again changes nothing.
    var again = NotebookRunner(runner: ShoutingCellRunner(clock: 7))
    let second = again.run(Notebook(parsing: run.notebook.text), path: "nb/测试.md")
    #expect(second.changed == false)
  }

  @Test func checkPassesAfterRunAndIgnoresSkipCheckCells() {
    var first = NotebookRunner(runner: ShoutingCellRunner(clock: 1))
    let written = first.run(Notebook(parsing: Self.notebookText), path: "a.md").notebook
    // The clock cell shows "tick 2" now instead of the stored "tick 1": skip-check keeps it out.
    var second = NotebookRunner(runner: ShoutingCellRunner(clock: 2))
    let check = second.check(Notebook(parsing: written.text), path: "a.md")
    #expect(check.passed)
    #expect(check.diffs.isEmpty)
    #expect(check.cells.count == 4)
    #expect(check.skippedCount == 1)
  }

  @Test func oneChangedCharacterInAStoredOutputFailsWithFileAndLine() throws {
    let directory = try NotebookShared.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("测试.md").path
    try Data(Self.notebookText.utf8).write(to: URL(fileURLWithPath: path))

    var runner = NotebookRunner(runner: ShoutingCellRunner())
    let run = runner.runFile(atPath: path)
    #expect(run.diagnostics.isEmpty)
    var checker = NotebookRunner(runner: ShoutingCellRunner())
    #expect(checker.checkFile(atPath: path).passed)

    // Change one character of the first stored output: 载入 SEEDS → 载入 SEEDZ.
    let written = try String(contentsOfFile: path, encoding: .utf8)
    let edited = written.replacingOccurrences(of: "载入 SEEDS\n", with: "载入 SEEDZ\n")
    #expect(edited != written)
    try Data(edited.utf8).write(to: URL(fileURLWithPath: path))

    var again = NotebookRunner(runner: ShoutingCellRunner())
    let check = again.checkFile(atPath: path)
    #expect(check.passed == false)
    let diff = try #require(check.diffs.first)
    #expect(check.diffs.count == 1)
    #expect(diff.line == 7)
    #expect(diff.cellLine == 3)
    #expect(
      diff.formatted == """
        \(path):7: error: output of the cell at line 3 differs from the stored output
        --- \(path):7 (stored output of the cell at line 3)
        +++ \(path):7 (output now)
        @@ -8,2 +8,2 @@
        -载入 SEEDZ
        +载入 SEEDS
         1

        """)
  }

  @Test func staleCellAfterEditIsReported() throws {
    var runner = NotebookRunner(runner: ShoutingCellRunner())
    let written = runner.run(Notebook(parsing: Self.notebookText), path: "a.md").notebook.text
    // Someone edits the first cell and forgets to run the notebook.
    let edited = written.replacingOccurrences(of: "载入 seeds\ncount\n", with: "载入 corpus\ncount\n")
    var checker = NotebookRunner(runner: ShoutingCellRunner())
    let check = checker.check(Notebook(parsing: edited), path: "a.md")
    #expect(check.diffs.map(\.line) == [7])
    #expect(check.diffs.first?.unified.contains("+载入 CORPUS\n") == true)
  }

  @Test func cellWithoutOutputBlockIsReportedWhereTheBlockWouldGo() throws {
    var checker = NotebookRunner(runner: ShoutingCellRunner())
    let check = checker.check(Notebook(parsing: "前言\n\n```baogao\n报告\n```\n"), path: "b.md")
    let diff = try #require(check.diffs.first)
    #expect(diff.isMissingBlock)
    #expect(diff.line == 6)
    #expect(
      diff.formatted == """
        b.md:6: error: cell at line 3 has output but no output block (run `baogao notebook run b.md`)
        --- b.md:6 (no output block)
        +++ b.md:6 (output now)
        @@ -5,0 +6,1 @@
        +报告

        """)
  }

  @Test func crlfNotebookStaysCRLF() throws {
    let crlf = Self.notebookText.replacingOccurrences(of: "\n", with: "\r\n")
    var runner = NotebookRunner(runner: ShoutingCellRunner())
    let text = runner.run(Notebook(parsing: crlf), path: "w.md").notebook.text
    // The same file as an LF run gives, with CRLF breaks: no blank line added, none lost.
    var lfRunner = NotebookRunner(runner: ShoutingCellRunner())
    let lfText = lfRunner.run(Notebook(parsing: Self.notebookText), path: "w.md").notebook.text
    #expect(text == lfText.replacingOccurrences(of: "\n", with: "\r\n"))
    #expect(text.contains("```\r\n```output\r\n载入 SEEDS\r\n1\r\n```\r\n"))
    // Every line break is CRLF: no lone LF was written.
    let bytes = Array(text.utf8)
    let loneLF = bytes.indices.filter { bytes[$0] == 10 && ($0 == 0 || bytes[$0 - 1] != 13) }
    #expect(loneLF.isEmpty)
    var checker = NotebookRunner(runner: ShoutingCellRunner())
    #expect(checker.check(Notebook(parsing: text), path: "w.md").passed)
  }

  @Test func strayOutputBlockInProseIsKeptAndTheCellGetsItsOwn() {
    let text = "```baogao\na\n```\n\n说明文字。\n\n```output\n旧\n```\n"
    var runner = NotebookRunner(runner: ShoutingCellRunner())
    let run = runner.run(Notebook(parsing: text), path: "c.md")
    #expect(
      run.notebook.text == "```baogao\na\n```\n```output\nA\n```\n\n说明文字。\n\n```output\n旧\n```\n")
  }

  @Test func unreadableNotebookIsADiagnosticNotACrash() throws {
    var runner = NotebookRunner(runner: ShoutingCellRunner())
    let check = runner.checkFile(atPath: "/nonexistent/笔记.md")
    #expect(check.passed == false)
    #expect(
      check.diagnostics.map(\.formatted) == ["/nonexistent/笔记.md: error: cannot read notebook"])
  }

  @Test func diffGoldenForAStaleTable() throws {
    // Made-up: a stored aligned table where one row's figure changed and a row was added.
    let stored = "地区    增长率\n------  ------\n广东    5.0\n广西    5.5\n(2 rows)\n"
    let text = "```baogao\ntable\n```\n```output\n\(stored)```\n"
    struct TableRunner: CellRunner {
      func run(cell source: String, notebookPath: String, cellLine: Int) -> CellOutput {
        CellOutput(text: "地区    增长率\n------  ------\n广东    5.1\n广西    5.5\n甘肃    6.0\n(3 rows)\n")
      }
    }
    var runner = NotebookRunner(runner: TableRunner())
    let check = runner.check(Notebook(parsing: text), path: "Notebooks/增长.md")
    try NotebookGolden.assertMatches(
      check.diffs.map(\.formatted).joined(), named: "stale-table.diff")
  }

  @Test func unmarkedFailingCellFailsRunAndCheckNamingCellAndLine() {
    // Made-up: the notebook above with the failing cell's expect-error mark taken off.
    let text = Self.notebookText.replacingOccurrences(
      of: "```baogao expect-error\n", with: "```baogao\n")
    var runner = NotebookRunner(runner: ShoutingCellRunner())
    let run = runner.run(Notebook(parsing: text), path: "nb/测试.md")
    #expect(run.passed == false)
    #expect(
      run.diagnostics.map(\.formatted) == [
        "nb/测试.md:27: error: cell at line 27 failed: nb/测试.md:29: error: made-up failure "
          + "(mark it ```baogao expect-error if it fails on purpose)"
      ])
    // Checking the written file fails the same way, though its stored output now holds the error.
    var checker = NotebookRunner(runner: ShoutingCellRunner())
    let check = checker.check(Notebook(parsing: run.notebook.text), path: "nb/测试.md")
    #expect(check.diffs.isEmpty)
    #expect(check.passed == false)
    #expect(check.diagnostics.map(\.kind) == ["notebook_cell_failed"])
  }

  @Test func expectErrorCellThatSucceedsIsAnError() {
    // Made-up: a cell marked to fail whose statement works.
    let text = "```baogao expect-error\ncount\n```\n"
    var runner = NotebookRunner(runner: ShoutingCellRunner())
    let run = runner.run(Notebook(parsing: text), path: "e.md")
    #expect(run.passed == false)
    #expect(
      run.diagnostics.map(\.formatted) == [
        "e.md:1: error: cell at line 1 is marked expect-error but did not fail"
      ])
    var checker = NotebookRunner(runner: ShoutingCellRunner())
    #expect(checker.check(Notebook(parsing: run.notebook.text), path: "e.md").passed == false)
  }
}
