/// How `TableRenderer` prints a table, chosen with `.mode`.
///
/// `table` and `box` are for people (aligned by display width, numbers right-aligned, long text
/// cut with `…`, a `(3 rows)` line at the end); the others are for programs and print every
/// column and every character.
public enum OutputMode: String, Sendable, CaseIterable {
  /// Header, a rule of `-`, rows; columns two spaces apart (sqlite's column mode, DuckDB).
  case table
  /// Box-drawing borders around every cell (sqlite's `.mode box`).
  case box
  /// RFC 4180: a header row, fields with `,` `"` or line breaks quoted, `"` doubled.
  case csv
  /// Tab-separated with a header row; tabs, line breaks and `\` inside fields escaped as `\t`
  /// `\n` `\r` `\\`.
  case tsv
  /// One JSON array of objects keyed by field name.
  case json
  /// One JSON object per line.
  case jsonl
  /// A GitHub pipe table, padded by display width.
  case markdown
  /// One field per line, `name = value`, a blank line between rows (sqlite3's `.mode line`).
  case line

  /// Whether the mode is meant for reading on a terminal (aligned, width-limited, summarised).
  public var isAligned: Bool { self == .table || self == .box }
}
