import FuzzDriver
@testable import BaogaoCore

/// Structure and indicator extraction on one report built from any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzDriver.text(data, size)
  var diagnostics: [Diagnostic] = []
  let reports = ReportBuilder().reports(
    from: SourceDocument(doc: "fuzz.txt", text: text), diagnostics: &diagnostics)
  let analysis = CorpusAnalysis()
  for report in reports { _ = analysis.indicators(of: report) }
  return 0
}

@_cdecl("FuzzExtractor_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}
