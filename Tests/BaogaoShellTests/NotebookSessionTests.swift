import BaogaoShell
import Foundation
import Testing

/// Notebooks over the real session and real reports from `../shared`: what CI's `notebook check` relies on.
@Suite struct NotebookSessionTests {
  /// A notebook (prose made up) over two real seed reports, written to a temp dir.
  static func writeNotebook() throws -> (directory: URL, path: String) {
    let seeds = NotebookShared.shared.appendingPathComponent("corpus/seeds")
    let county = seeds.appendingPathComponent("2024-county-anonymized-guangdong.txt")
    let rongan = seeds.appendingPathComponent("2024-rongan-county-guangxi-traditional-pinyin.txt")
    for file in [county, rongan] {
      try #require(FileManager.default.fileExists(atPath: file.path), "missing \(file.path)")
    }
    let text = """
      # 两份县级报告

      ```baogao
      load "\(county.path)" "\(rongan.path)"
      ```

      ```baogao
      reports | count
      ```

      字段拼错时，错误信息指向笔记本里的行：

      ```baogao expect-error
      reports | where yaer > 2000
      ```

      ```baogao
      .mode box
      reports | select id, year | sort id
      ```

      """
    let directory = try NotebookShared.temporaryDirectory()
    let path = directory.appendingPathComponent("县级.md").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return (directory, path)
  }

  @Test func runThenCheckPassesInAFreshSession() throws {
    let (directory, path) = try Self.writeNotebook()
    defer { try? FileManager.default.removeItem(at: directory) }
    var runner = NotebookRunner(runner: SessionCellRunner())
    let run = runner.runFile(atPath: path)
    #expect(run.diagnostics.isEmpty)
    #expect(run.changed)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    let cells = Notebook(parsing: written).cells
    try #require(cells.count == 4)
    #expect(cells.allSatisfy { $0.output != nil })
    // The session's error names the line of `yaer` in the file as written.
    let yaerLine = try #require(
      written.split(separator: "\n", omittingEmptySubsequences: false)
        .firstIndex(of: "reports | where yaer > 2000"))
    #expect(cells[2].storedText.contains("县级.md:\(yaerLine + 1):"))
    // Only that cell failed, and it is reported at its fence's line in the file as written.
    #expect(run.failures.map(\.line) == [cells[2].line])
    #expect(cells[2].line == yaerLine)

    var checker = NotebookRunner(runner: SessionCellRunner())
    let check = checker.checkFile(atPath: path)
    #expect(check.passed, "\(check.diffs.map(\.formatted).joined())")
  }

  @Test func oneChangedCharacterFailsWithFileAndLine() throws {
    let (directory, path) = try Self.writeNotebook()
    defer { try? FileManager.default.removeItem(at: directory) }
    var runner = NotebookRunner(runner: SessionCellRunner())
    _ = runner.runFile(atPath: path)
    let written = try String(contentsOfFile: path, encoding: .utf8)
    let notebook = Notebook(parsing: written)
    let countBlock = try #require(notebook.cells[1].output)
    // Change the last character of the count cell's first output line.
    var lines = written.components(separatedBy: "\n")
    let target = countBlock.textLine - 1
    let last = try #require(lines[target].last)
    lines[target] = String(lines[target].dropLast()) + (last == "X" ? "Y" : "X")
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))

    var checker = NotebookRunner(runner: SessionCellRunner())
    let check = checker.checkFile(atPath: path)
    #expect(check.passed == false)
    #expect(check.diffs.map(\.line) == [countBlock.line])
    let formatted = try #require(check.diffs.first?.formatted)
    #expect(formatted.hasPrefix("\(path):\(countBlock.line): error: output of the cell at line"))
    #expect(formatted.contains("@@ -\(countBlock.textLine),"))
  }
}
