import BaogaoCore
import CICU
import Foundation

/// A regular expression (ICU syntax: `稳.{0,4}增长`, `\d+(\.\d+)?%`) for `search` and `~`,
/// matched by the system ICU so that no match runs unbounded.
///
/// Each match has ICU's time limit (`uregex_setTimeLimit`): a pattern that backtracks without
/// end on some sentence (`(.*)*x`) is an error naming the limit rather than a hang, and ICU's
/// match callback polls the statement's `Cancellation`, so Ctrl-C stops a long match too.
public final class Pattern: @unchecked Sendable {
  public let source: String
  /// Where the pattern was written, for errors found while matching.
  let range: Range<Int>?
  private let compiled: OpaquePointer

  /// ICU's limit for one match, in steps of its match engine (ICU: "on the order of
  /// milliseconds" each). Ordinary patterns on a sentence take a fraction of one step.
  public static let timeLimit: Int32 = 2_000

  public init(_ source: String, at range: Range<Int>? = nil) throws(QueryError) {
    let units = Array(source.utf16)
    var offset: Int32 = -1
    var message = [CChar](repeating: 0, count: 64)
    guard
      let compiled = units.withUnsafeBufferPointer({
        baogao_regex_open($0.baseAddress, Int32($0.count), &offset, &message, 64)
      })
    else {
      // ICU's name for the problem, as words: U_REGEX_MISMATCHED_PAREN → mismatched paren.
      let name = String(
        decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      let words = name.replacingOccurrences(of: "U_REGEX_", with: "").lowercased()
        .replacingOccurrences(of: "_", with: " ")
      throw QueryError("invalid regular expression \"\(source)\": \(words)", at: range)
    }
    self.source = source
    self.range = range
    self.compiled = compiled
  }

  deinit { baogao_regex_close(compiled) }

  /// Every non-overlapping match in `text` (at most `limit`), as UTF-16 offset ranges.
  public func utf16Matches(in text: String, limit: Int = Int(Int32.max)) throws(QueryError)
    -> [Range<Int>]
  {
    let units = Array(text.utf16)
    let cancel = Cancellation.current.map { UnsafePointer($0.flag) }
    var ranges: UnsafeMutablePointer<Int32>?
    let count = units.withUnsafeBufferPointer { buffer in
      baogao_regex_find(
        compiled, buffer.baseAddress, Int64(buffer.count), Int32(clamping: limit),
        Self.timeLimit, cancel, &ranges)
    }
    defer { baogao_icu_free(ranges) }
    switch Int(count) {
    case BAOGAO_REGEX_TIME_OUT:
      throw QueryError(
        "regular expression '\(source)' ran past ICU's time limit (\(Self.timeLimit) steps) "
          + "on one match; nested repeats such as (.*)* backtrack without end: make it more specific",
        at: range)
    case BAOGAO_REGEX_CANCELLED: throw .interrupted
    case BAOGAO_REGEX_TOO_LONG:
      throw QueryError("text too long for a regular expression (over 2^31 units)", at: range)
    case ..<0: throw QueryError("regular expression '\(source)' failed", at: range)
    default: break
    }
    return (0..<Int(count)).map { k in Int(ranges![2 * k])..<Int(ranges![2 * k + 1]) }
  }

  /// Whether the pattern matches anywhere in `text`.
  public func matches(_ text: String) throws(QueryError) -> Bool {
    try !utf16Matches(in: text, limit: 1).isEmpty
  }
}
