import Foundation
import Testing

/// The workshop kit in `Notebooks/`: every lesson's stored outputs are still what baogao prints,
/// checked with the executable as CI and teachers run it (`baogao notebook check FILE.md`).
@Suite("Workshop notebooks")
struct NotebookKitTests {
  static let lessons = [
    "01-first-look.md", "02-indicators.md", "03-targets.md", "04-words.md", "05-your-own-script.md",
  ]

  static var notebooks: URL { Baogao.packageRoot.appendingPathComponent("Notebooks") }

  @Test("the kit holds the five lessons, a README and the demo corpus")
  func kitContents() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.notebooks.path)
    #expect(Set(files.filter { $0.hasSuffix(".md") }) == Set(Self.lessons + ["README.md"]))
    let demo = try FileManager.default.contentsOfDirectory(
      atPath: Self.notebooks.appendingPathComponent("demo-corpus").path)
    #expect(demo.filter { $0.hasSuffix(".txt") }.count == 9)
  }

  @Test("notebook check passes on each lesson, run from the repository root", arguments: lessons)
  func lessonChecks(lesson: String) throws {
    _ = try Baogao.shared  // lessons load ../../shared/corpus/seeds: fail loudly without it
    let r = try Baogao.run(["notebook", "check", "Notebooks/\(lesson)"])
    #expect(r.status == 0, "stdout: \(r.stdout)\nstderr: \(r.stderr)")
    #expect((r.stdout + r.stderr).contains(" 0 outputs differ"), "stderr: \(r.stderr)")
  }

  @Test("notebook check passes from inside Notebooks/ too: outputs do not depend on the cwd")
  func checkFromNotebooksFolder() throws {
    _ = try Baogao.shared
    let r = try Baogao.run(["notebook", "check"] + Self.lessons, in: Self.notebooks)
    #expect(r.status == 0, "stdout: \(r.stdout)\nstderr: \(r.stderr)")
  }

  /// A copy of lesson 1 beside a copy of the demo corpus, with `../../shared` reachable through a
  /// link, so that only the edited character differs.
  @Test("one changed character in a stored output fails check with FILE:LINE and a diff")
  func changedOutputFails() throws {
    let shared = try Baogao.shared
    let root = try Baogao.temporaryDirectory()
    let folder = root.appendingPathComponent("work").appendingPathComponent("Notebooks")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: root.appendingPathComponent("shared"), withDestinationURL: shared)
    try FileManager.default.copyItem(
      at: Self.notebooks.appendingPathComponent("demo-corpus"),
      to: folder.appendingPathComponent("demo-corpus"))
    let original = try String(
      contentsOf: Self.notebooks.appendingPathComponent("01-first-look.md"), encoding: .utf8)
    let copy = folder.appendingPathComponent("01-first-look.md")
    try original.write(to: copy, atomically: true, encoding: .utf8)

    let clean = try Baogao.run(["notebook", "check", "01-first-look.md"], in: folder)
    #expect(clean.status == 0, "the unchanged copy must pass: \(clean.stdout)")

    // The row of 虚构省 2023 in the output of `reports | select …`: change its last digit.
    var lines = original.components(separatedBy: "\n")
    let row = try #require(lines.firstIndex { $0.hasPrefix("r3  虚构省") && $0.contains("赵一民") })
    let fence = try #require(lines[..<row].lastIndex { $0.hasPrefix("```output") })
    let last = try #require(lines[row].last)
    let changed = String(lines[row].dropLast()) + (last == "9" ? "8" : "9")
    lines[row] = changed
    try lines.joined(separator: "\n").write(to: copy, atomically: true, encoding: .utf8)

    let r = try Baogao.run(["notebook", "check", "01-first-look.md"], in: folder)
    let shown = r.stdout + r.stderr
    #expect(r.status == 1)
    #expect(shown.contains("01-first-look.md:\(fence + 1): error: output of the cell"), "\(shown)")
    #expect(shown.contains("-" + changed + "\n"), "\(shown)")
    #expect(shown.contains("1 outputs differ, 1 notebooks fail"), "\(shown)")
  }

  @Test("notebook html takes several notebooks and says where it wrote each handout")
  func htmlOfSeveralNotebooks() throws {
    let folder = try Baogao.temporaryDirectory()
    for lesson in ["01-first-look.md", "03-targets.md"] {
      try FileManager.default.copyItem(
        at: Self.notebooks.appendingPathComponent(lesson), to: folder.appendingPathComponent(lesson))
    }
    let r = try Baogao.run(["notebook", "html", "01-first-look.md", "03-targets.md"], in: folder)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(
      r.stderr == "01-first-look.md: wrote 01-first-look.html\n03-targets.md: wrote 03-targets.html\n")
    for handout in ["01-first-look.html", "03-targets.html"] {
      let html = try String(contentsOf: folder.appendingPathComponent(handout), encoding: .utf8)
      #expect(html.contains("<section class=\"cell-group"), "\(handout)")
    }
    let both = try Baogao.run(["notebook", "html", "-o", "x.html", "01-first-look.md", "03-targets.md"], in: folder)
    #expect(both.status != 0)
  }

  @Test("each lesson runs from the repository root and from Notebooks/ with the same outputs", arguments: lessons)
  func lessonRunsFromBothPlaces(lesson: String) throws {
    _ = try Baogao.shared
    let fromRoot = try Baogao.run(["notebook", "check", "Notebooks/\(lesson)"])
    #expect(fromRoot.status == 0, "from the root: \(fromRoot.stdout)\n\(fromRoot.stderr)")
    let fromFolder = try Baogao.run(["notebook", "check", lesson], in: Self.notebooks)
    #expect(fromFolder.status == 0, "from Notebooks/: \(fromFolder.stdout)\n\(fromFolder.stderr)")
    #expect(fromFolder.stderr.contains(" 0 outputs differ, 0 notebooks fail"), "\(fromFolder.stderr)")
  }
}
