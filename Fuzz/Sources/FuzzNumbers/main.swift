import FuzzDriver
@testable import BaogaoCore

/// The number grammar on any text: `增长5%至`, `一九六五年`, `3.5万亿元左右`, and garbage.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzDriver.text(data, size)
  _ = NumberGrammar.figures(in: text)
  return 0
}

@_cdecl("FuzzNumbers_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}
