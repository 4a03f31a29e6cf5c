/// A heading found in the text, before the outline gives it a depth and a kind.
struct Heading: Sendable, Hashable {
  /// How the heading is numbered; headings numbered the same way are siblings.
  enum Marker: Sendable, Hashable {
    /// An unnumbered heading line: `2023年工作回顾`, `有关用语说明`.
    case plain
    /// `一、` `二、`
    case chineseOrdinal
    /// `（一）` `(二)`
    case parenOrdinal
    /// `1.` `2、` `３．`
    case arabic
    /// `——加快项目建设。` a dash-led run-in heading.
    case dash
  }

  var marker: Marker
  /// Offset of the heading's first character (its marker).
  var start: Int
  /// Offset just past the heading text (before the `。` that ends a run-in heading).
  var end: Int
  /// The heading as written, marker included, without trailing punctuation.
  var text: String
  /// Where the body starts: past the `。` or `：` that closes a run-in heading
  /// (`（一）加快产业升级。推动…` → at `推`).
  var bodyStart: Int? = nil
}
