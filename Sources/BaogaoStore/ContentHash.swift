import Foundation

/// The content hash a store keeps for each file, so `load` skips a file whose bytes are the same
/// as when it was stored: 64-bit FNV-1a over the bytes, as 16 hex digits, beside the size.
/// (Not a cryptographic hash: it tells a changed file from an unchanged one, nothing more.)
public enum ContentHash {
  public static func of(_ data: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      for byte in bytes {
        hash ^= UInt64(byte)
        hash &*= 0x0000_0100_0000_01b3
      }
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// The hash of a file's bytes, or nil when it cannot be read.
  public static func ofFile(atPath path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return of(data)
  }
}
