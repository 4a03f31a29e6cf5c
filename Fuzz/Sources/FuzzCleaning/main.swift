import FuzzDriver
@testable import BaogaoCore

/// Every cleaning rule, in order, on any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzDriver.text(data, size)
  _ = TextCleaner.shared.clean(text)
  return 0
}

@_cdecl("FuzzCleaning_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}
