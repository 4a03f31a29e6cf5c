/// Runs one cell's statements in a session shared by all cells of a notebook and returns what a person would see.
///
/// A notebook is run top to bottom in one session, so a cell may use what an earlier cell defined
/// (`load "../shared/corpus/seeds/…"` in the first cell, `reports | where 年份 > 2020` in the next).
/// The session conforms to this protocol; tests use made-up runners.
public protocol CellRunner {
  /// Runs `source` (the cell's lines joined by `\n`, without the fences) and returns its output.
  ///
  /// `notebookPath` is the file as the user named it and `cellLine` the 1-based line of the cell's
  /// first source line in that file (as `run` writes it, output blocks above included), so that an
  /// error stored in an output can read `入门.md:14:9: error: …` and still be right on `check`.
  mutating func run(cell source: String, notebookPath: String, cellLine: Int) -> CellOutput
}

/// What running one cell showed: the text a person would have seen in a terminal, and whether it failed.
public struct CellOutput: Sendable, Equatable {
  /// Standard output and standard error interleaved as seen.
  public var text: String
  /// True when a statement of the cell failed; the text then includes the error message.
  public var failed: Bool

  public init(text: String, failed: Bool = false) {
    self.text = text
    self.failed = failed
  }
}
