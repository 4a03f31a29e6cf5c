/// A scrape that saved the same page several times: the text is the page repeated n times.
///
/// The page's lines of text (20 characters or more; short lines are furniture that may differ
/// from copy to copy, `第1页`) must repeat exactly, in the same order, a whole number of times.
/// The first copy is kept, with the furniture after the last copy (a footer).
enum RepeatedPages {
  static let minimumLineLength = 20

  struct Collapsed {
    var text: String
    /// How many times the page was there.
    var copies: Int
  }

  static func collapse(_ text: String) -> Collapsed? {
    let lines = text.lines()
    let long = lines.indices.filter { lines[$0].scalarCount >= minimumLineLength }
    guard long.count >= 2 else { return nil }
    let first = lines[long[0]]
    guard let period = long.dropFirst().firstIndex(where: { lines[$0] == first }) else {
      return nil
    }
    // `period` is an index into `long`: the second copy starts at its `period`-th long line.
    guard long.count % period == 0,
      long.indices.allSatisfy({ lines[long[$0]] == lines[long[$0 % period]] })
    else { return nil }
    let kept = lines[..<(long[period - 1] + 1)] + lines[(long[long.count - 1] + 1)...]
    return Collapsed(text: kept.joinedLines(), copies: long.count / period)
  }
}
