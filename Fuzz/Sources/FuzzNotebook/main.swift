import FuzzDriver
@testable import BaogaoShell

/// The notebook parser (fences, cells, stored outputs) on any text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = FuzzDriver.text(data, size)
  _ = Notebook(parsing: text, file: "fuzz.md")
  return 0
}

@_cdecl("FuzzNotebook_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}
