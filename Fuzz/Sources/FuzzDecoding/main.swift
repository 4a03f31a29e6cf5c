import FuzzDriver
@testable import BaogaoCore
import Foundation

/// Encoding detection and conversion on any bytes: BOMs, UTF-16 guesses, damaged UTF-8, GB18030, Big5.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = Data(UnsafeBufferPointer(start: data, count: size))
  _ = Decoder.binaryContent(bytes)
  _ = Decoder.decode(bytes)
  return 0
}

@_cdecl("FuzzDecoding_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}
