@testable import BaogaoCore

/// Structure and indicator extraction on one report built from any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  var diagnostics: [Diagnostic] = []
  let reports = ReportBuilder().reports(
    from: SourceDocument(doc: "fuzz.txt", text: text), diagnostics: &diagnostics)
  let analysis = CorpusAnalysis()
  for report in reports { _ = analysis.indicators(of: report) }
  return 0
}

/// SwiftPM links an executable's `main` as `FuzzExtractor_main`: hand the process to libFuzzer's driver.
@_cdecl("FuzzExtractor_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments) { fuzz($0!, $1) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
