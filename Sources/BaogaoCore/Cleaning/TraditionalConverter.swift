import COpenCC
import Foundation

/// Converts Traditional Chinese to Simplified with OpenCC's `t2s` configuration.
///
/// OpenCC handles are not thread-safe, so converters are kept in a pool: each conversion takes a
/// handle, uses it alone and gives it back. `isTraditional` decides from a sample whether a text
/// needs converting at all: Simplified text is left byte-for-byte as it is.
final class TraditionalConverter: @unchecked Sendable {
  static let shared = TraditionalConverter()

  private let lock = NSLock()
  private var idle: [opencc_t] = []
  private(set) var available = true

  private func take() -> opencc_t? {
    lock.lock()
    defer { lock.unlock() }
    if let handle = idle.popLast() { return handle }
    guard available else { return nil }
    let handle = opencc_open("t2s.json")
    if handle == nil || Int(bitPattern: handle) == -1 {
      available = false
      return nil
    }
    return handle
  }

  private func give(_ handle: opencc_t) {
    lock.lock()
    idle.append(handle)
    lock.unlock()
  }

  /// The Simplified text, or nil when OpenCC (or its t2s data) is missing.
  func toSimplified(_ text: String) -> String? {
    guard let handle = take() else { return nil }
    defer { give(handle) }
    var copy = text
    return copy.withUTF8 { buf -> String? in
      guard let base = buf.baseAddress else { return "" }
      let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
      guard let out = opencc_convert_utf8(handle, raw, buf.count) else { return nil }
      defer { opencc_convert_utf8_free(out) }
      return String(cString: out)
    }
  }

  /// True when more than 2% of the ideographs of a sample change under t2s: the text is Traditional.
  ///
  /// A few characters of Simplified text change too (`乾`, `著`), so one changed character is not enough.
  func isTraditional(_ text: String) -> Bool {
    var sample = String.UnicodeScalarView()
    var ideographs = 0
    for s in text.unicodeScalars {
      sample.append(s)
      if s.isIdeograph { ideographs += 1 }
      if ideographs >= 600 { break }
    }
    guard ideographs >= 20, let converted = toSimplified(String(sample)) else { return false }
    var changed = 0
    for (a, b) in zip(String(sample).unicodeScalars, converted.unicodeScalars) where a != b {
      changed += 1
    }
    return changed * 50 > ideographs
  }
}
