/// Widths of the columns of an aligned table, fitted into the terminal.
///
/// When the table is wider than allowed, the widest text columns shrink first, one column at a
/// time down to the next widest, so `title` and `sentence` give way before `year` or a number
/// does; numbers are never cut. Only when every text column is at its minimum are columns
/// dropped, from the right, and named in the footer.
struct ColumnLayout: Equatable {
  /// Positions (into the candidate columns) of the columns shown, in order.
  var shown: [Int]
  /// Width of each shown column, parallel to `shown`.
  var widths: [Int]
  /// Positions of candidate columns left out for lack of width.
  var dropped: [Int]

  /// Narrowest a text column gets before columns are dropped: room for `政府…`.
  static let minimumTextWidth = 6

  /// Fits columns of `natural` widths, of which `shrinkable` ones may be cut, into `maxWidth`
  /// columns; `chrome(n)` is the width borders and gaps take for `n` columns.
  static func fit(
    natural: [Int], shrinkable: [Bool], maxWidth: Int?, chrome: (Int) -> Int
  ) -> ColumnLayout {
    guard let maxWidth else {
      return ColumnLayout(shown: Array(natural.indices), widths: natural, dropped: [])
    }
    let minimum = natural.indices.map {
      shrinkable[$0] ? min(natural[$0], minimumTextWidth) : natural[$0]
    }
    var count = natural.count
    while count > 1, minimum[0..<count].reduce(0, +) + chrome(count) > maxWidth { count -= 1 }
    var widths = Array(natural[0..<count])
    func excess() -> Int { widths.reduce(0, +) + chrome(widths.count) - maxWidth }
    while excess() > 0 {
      // The widest shrinkable column comes down to the next widest, or by the excess.
      let candidates = widths.indices.filter { widths[$0] > minimum[$0] }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
      let next = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
      let floor = max(minimum[widest], next, widths[widest] - excess())
      widths[widest] = min(widths[widest] - 1, floor)
    }
    if excess() > 0, !widths.isEmpty {
      widths[0] = max(1, widths[0] - excess())
    }
    return ColumnLayout(
      shown: Array(0..<count), widths: widths, dropped: Array(count..<natural.count))
  }
}
