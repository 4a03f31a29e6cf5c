import Foundation

/// Runs notebook cells in one session, capturing what a person would see.
///
/// Errors name the notebook's file name (not its full path, so stored outputs do not depend on
/// where the notebook is checked from) and the line in the notebook: the cell's text is placed at
/// its own line by prefixing blank lines. Relative paths in cells resolve against the notebook's
/// folder.
public struct SessionCellRunner: CellRunner {
  let session: Session
  let captured: CapturedOutput

  public init() {
    captured = CapturedOutput()
    session = Session(output: captured)
    session.settings.bail = true
  }

  public mutating func run(cell source: String, notebookPath: String, cellLine: Int) -> CellOutput {
    captured.reset()
    let directory = (notebookPath as NSString).deletingLastPathComponent
    let origin = Origin(
      file: (notebookPath as NSString).lastPathComponent,
      directory: directory.isEmpty ? "." : directory)
    let padded = String(repeating: "\n", count: max(0, cellLine - 1)) + source
    let status = session.run(padded, origin: origin)
    return CellOutput(text: captured.combined, failed: status == .failed)
  }
}
