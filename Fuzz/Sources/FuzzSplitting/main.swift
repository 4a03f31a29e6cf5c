import FuzzDriver
@testable import BaogaoCore

/// Splitting a document into reports, cleaning them and reading their metadata (title, region,
/// year, date) on any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzDriver.text(data, size)
  var diagnostics: [Diagnostic] = []
  _ = ReportBuilder().reports(
    from: SourceDocument(doc: "fuzz.txt", text: text), diagnostics: &diagnostics)
  return 0
}

@_cdecl("FuzzSplitting_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}
