import Foundation

/// Text kept elsewhere (a store) and read the first time it is asked for, so a reopened corpus
/// holds its reports' metadata at once and reads a text only when a statement needs it.
public final class DeferredText: @unchecked Sendable {
  private let lock = NSLock()
  private var kept: String?
  private let keep: Bool
  private let read: @Sendable () -> String

  /// `keep`: whether the text stays in memory once read (a report's cleaned text, which
  /// statements read again and again) or is read anew each time it is asked for (its original
  /// text, which only structuring reads, so it stays in the store).
  public init(keep: Bool = true, read: @escaping @Sendable () -> String) {
    self.keep = keep
    self.read = read
  }

  public var value: String {
    lock.lock()
    defer { lock.unlock() }
    if let kept { return kept }
    let text = read()
    if keep { kept = text }
    return text
  }

  /// The text, without keeping it in memory when it has not been read yet (a fingerprint).
  public var transientValue: String {
    lock.lock()
    defer { lock.unlock() }
    return kept ?? read()
  }

  /// True once the text is in memory.
  public var isRead: Bool { lock.withLock { kept != nil } }
}
