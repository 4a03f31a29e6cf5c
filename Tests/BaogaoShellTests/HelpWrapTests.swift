import Foundation
import Testing

@testable import BaogaoShell

/// `.help` text wraps at word boundaries at the terminal's width (or `.width N`).
@Suite("Help wrapping")
struct HelpWrapTests {
  static func words(_ s: String) -> [Substring] {
    s.split(whereSeparator: { $0 == " " || $0 == "\n" })
  }

  @Test("every help topic at 40 to 100 columns: no line too wide that could break, no word cut")
  func everyTopic() throws {
    let session = Session(output: CapturedOutput())
    let topics = [nil] + Help.topics.keys.sorted().map(Optional.some) + [".mode", "reports"]
    for width in [40, 60, 80, 100] {
      session.settings.width = width
      for topic in topics {
        let plain = try Help.unwrappedText(for: topic, session: session)
        let text = try Help.text(for: topic, session: session)
        // The same words in the same order: wrapping moves only spaces and line breaks.
        #expect(Self.words(text) == Self.words(plain), "\(topic ?? "overview") at \(width)")
        for line in text.split(separator: "\n") {
          let columns = DisplayWidth.width(of: String(line), ambiguousWide: false)
          // A wider line has no space to break at after its indentation.
          let breakable = line.drop { $0 == " " }.dropLast().contains(" ")
          #expect(
            columns <= width || !breakable,
            "\(topic ?? "overview") at \(width): \(columns) columns: \(line)")
        }
      }
    }
  }

  @Test("an aligned line continues under its description; prose reflows; no word is cut")
  func hanging() {
    // Made-up help lines.
    let aligned =
      "  load PATH...       read .txt, .md and .docx files, folders and globs into the session"
    #expect(
      Help.wrap(aligned, width: 50)
        == """
          load PATH...       read .txt, .md and .docx
                             files, folders and globs into
                             the session
        """)
    // Prose is reflowed as a paragraph, flush left.
    #expect(
      Help.wrap(
        "Statements end at a newline or a semicolon,\nand a line ending in a pipe continues.",
        width: 30)
        == "Statements end at a newline or\na semicolon, and a line ending\nin a pipe continues.")
    // An indented line without a column hangs two past its indentation.
    #expect(
      Help.wrap("  level == \"county\" and not year == 2019 or region ~ \"^广东\"", width: 30)
        == "  level == \"county\" and not\n    year == 2019 or region ~\n    \"^广东\"")
    // A word longer than the width stays whole.
    #expect(
      Help.wrap("see target_report_id_and_more here", width: 20)
        == "see\ntarget_report_id_and_more\nhere")
    #expect(Help.wrap("short", width: 20) == "short")
  }

  @Test("without a width (a script, a pipe) the text is as written")
  func noWidth() throws {
    let session = Session(output: CapturedOutput())
    #expect(try Help.text(for: "language", session: session) == Help.topics["language"])
  }
}
