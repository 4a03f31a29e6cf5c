import BaogaoCore

/// Keyword in context, for `kwic TERM width N`: each occurrence with N characters either side.
///
/// `left` is padded with spaces on the left to one display width (a Chinese character counts two
/// columns, ASCII one), so that printed one under another the keywords line up:
/// ```
///       着力扩大国内需求，| 推动 |经济持续回升
/// 坚定不移深化改革，推| 动 …
/// ```
/// A narrow table cuts `left` at its far end (`…动经济`), keeping the characters next to the
/// keyword (`Column.keepsEnd`). Line ends inside the context become spaces. `offset` is the
/// keyword's Unicode-scalar offset in the cleaned text, for `source`.
public enum Concordance {
  /// `report_id, region, level, year, adcode, offset, left, keyword, right` (`level` and `adcode`
  /// shown in table mode only when selected, so the contexts keep their width).
  public static let schema = Schema(
    [Column("report_id", .string)] + ReportContext.columns(hidden: ["level"]) + [
      Column("offset", .int, help: "character offset of the keyword in the cleaned text"),
      Column("left", .string, help: "context before, right-aligned", keepsEnd: true),
      Column("keyword", .string),
      Column("right", .string, help: "context after"),
    ])

  /// Every occurrence of `term` (longest match first among `terms`), `width` characters of context.
  public static func table(for reports: [Report], terms: [String], width: Int = 10) -> Table {
    let matcher = TermMatcher(terms: terms)
    let width = max(width, 0)
    var rows: [[Value]] = []
    var lefts: [String] = []
    for report in reports where !Cancellation.isRequested {
      let scalars = Array(report.text.unicodeScalars)
      for match in matcher.matches(in: scalars) {
        let left = context(scalars, max(0, match.start - width)..<match.start)
        let right = context(scalars, match.end..<min(scalars.count, match.end + width))
        lefts.append(left)
        rows.append(
          [.string(report.id)] + ReportContext.values(report) + [
            .int(match.start), .null, .string(TextUnits.string(scalars, match.start..<match.end)),
            .string(right),
          ])
      }
    }
    let column = lefts.map(TextWidth.columns).max() ?? 0
    let leftColumn = schema.index(of: "left")!
    for (i, left) in lefts.enumerated() {
      rows[i][leftColumn] = .string(
        String(repeating: " ", count: column - TextWidth.columns(left)) + left)
    }
    return Table(schema: schema, rows: rows)
  }

  private static func context(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    for scalar in scalars[range] {
      view.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar)
    }
    return String(view)
  }
}

/// Terminal columns of text without the shell's renderer: East Asian wide and fullwidth
/// characters take two columns, everything else one; enough to align keyword contexts.
enum TextWidth {
  static func columns(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
  }

  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      true
    default: false
    }
  }
}
