/// A fenced ```` ```baogao ```` block of a notebook, with the ```` ```output ```` block that follows it, if any.
///
/// ````
/// ```baogao skip-check
/// .timer on
/// reports | count
/// ```
/// ```output
/// 52
/// 用时 0.12 秒
/// ```
/// ````
public struct NotebookCell: Sendable, Equatable {
  /// The info-string word that marks a cell.
  public static let language = "baogao"
  /// The option that runs a cell but leaves its output out of `check` (timings, dates, paths).
  public static let skipCheckOption = "skip-check"
  /// The option for a cell that fails on purpose (a misspelt field, to show the error message).
  public static let expectErrorOption = "expect-error"
  /// The options a cell may carry after `baogao`.
  public static let knownOptions = [skipCheckOption, expectErrorOption]

  /// 1-based line of the opening fence, as parsed.
  public let line: Int
  /// 1-based line of the closing fence, as parsed.
  public let closingLine: Int
  /// The info string after the fence (`baogao skip-check`).
  public let info: String
  /// The cell's lines joined by `\n`, without fences or a final line break.
  public let source: String
  /// True when the cell is marked `skip-check`: it runs, its output is written, but never compared.
  public let skipsCheck: Bool
  /// True when the cell is marked `expect-error`: it must fail, and its error is its stored output.
  public let expectsError: Bool
  /// The output block directly after the cell (only blank lines between), if any.
  public internal(set) var output: NotebookOutput?

  /// The cell's bytes, fence to fence, as in the file.
  let raw: String
  /// The blank lines between the cell and its output block, as in the file.
  var gap: String

  /// 1-based line of the cell's first source line (what the runner is told).
  public var sourceLine: Int { line + 1 }

  /// The output as `check` compares it: the stored text, or empty when there is no block.
  public var storedText: String { output?.text ?? "" }
}
