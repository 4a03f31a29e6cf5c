import Foundation
import Testing

@testable import BaogaoShell

/// When a result pages and through what: the pieces of `.pager` that need no terminal.
@Suite("Pager")
struct PagerTests {
  @Test("$PAGER first, else less -FRX, else more; .pager off and .pager CMD")
  func command() {
    #expect(Pager.command(for: .on, environment: ["PAGER": "most", "PATH": "/usr/bin"]) == "most")
    #expect(Pager.command(for: .off, environment: ["PAGER": "most"]) == nil)
    #expect(Pager.command(for: .command("less -S"), environment: ["PAGER": "most"]) == "less -S")
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-pager-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    // A PATH with only `more` (made-up executable), then nothing at all.
    let more = dir.appendingPathComponent("more").path
    FileManager.default.createFile(atPath: more, contents: Data("#!/bin/sh\n".utf8))
    _ = chmod(more, 0o755)
    #expect(Pager.command(for: .on, environment: ["PATH": dir.path]) == "more")
    try? FileManager.default.removeItem(atPath: more)
    #expect(Pager.command(for: .on, environment: ["PATH": dir.path]) == nil)
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/less") {
      #expect(Pager.command(for: .on, environment: ["PATH": "/usr/bin"]) == "less -FRX")
    }
  }

  @Test("pages when the text takes more rows than the screen leaves above the prompt")
  func needsPaging() {
    let lines = (1...39).map { "row \($0)" }.joined(separator: "\n") + "\n"
    #expect(!Pager.needsPaging(lines, rows: 40, columns: 120))
    #expect(Pager.needsPaging(lines + "row 40\n", rows: 40, columns: 120))
    // A line wider than the terminal takes the rows it wraps to: 二 is two columns.
    let wide = String(repeating: "二", count: 100) + "\n"
    #expect(!Pager.needsPaging(wide, rows: 3, columns: 100))
    #expect(Pager.needsPaging(wide + wide, rows: 4, columns: 100))
    #expect(!Pager.needsPaging("", rows: 40, columns: 80))
  }

  @Test("a session that is not the interactive shell never pages: -c and scripts print")
  func noPagerOutsideTheShell() throws {
    // Under `swift test` stdout is not a terminal, and -c never pages: the 100 rows arrive.
    let seed = try Baogao.shared.appendingPathComponent(
      "corpus/seeds/2024-county-anonymized-guangdong.txt"
    ).path
    let out = try Baogao.run(
      ["-c", "load \(seed); sentences | select id | limit 100"],
      environment: ["PAGER": "sh -c 'echo PAGED'"])
    #expect(out.status == 0)
    #expect(out.stdout.contains("r1.s100"))
    #expect(!out.stdout.contains("PAGED"))
    let session = Session(output: CapturedOutput())
    #expect(session.pager == nil)
  }

  @Test(".pager alone says what it is; on, off and a command set it")
  func dotPager() {
    let output = CapturedOutput()
    let session = Session(output: output)
    let origin = Origin(directory: ".", interactive: true)
    session.run(".pager off", origin: origin)
    #expect(session.settings.pager == .off)
    session.run(".pager less -S -R", origin: origin)
    #expect(session.settings.pager == .command("less -S -R"))
    session.run(".pager", origin: origin)
    #expect(output.stderr.contains("pager: less -S -R"))
    session.run(".pager on", origin: origin)
    #expect(session.settings.pager == .on)
  }
}
