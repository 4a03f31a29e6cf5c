import CEditLine
import Foundation

/// Loads and appends to the history file without ever leaving it corrupt.
///
/// libedit writes `_HiStOrY_V2_` and one vis-encoded entry a line (`报告 | top 5` survives, a
/// statement spread over lines is one entry). Each append reads the file as it is now, adds the
/// entry, keeps the newest `size` and writes a temporary file renamed over the old one, so two
/// shells interleave their statements instead of overwriting each other's. A file without
/// libedit's header (readline's, or hand-written) is read as plain lines rather than thrown away,
/// and rewritten in libedit's format on the next append.
enum HistoryFile {
  static func load(into history: OpaquePointer?, from path: String) {
    guard let history, FileManager.default.fileExists(atPath: path) else { return }
    if baogao_history_load(history, path) >= 0 { return }
    guard let data = FileManager.default.contents(atPath: path) else { return }
    let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
    for line in lines where !line.allSatisfy(\.isWhitespace) {
      _ = baogao_history_enter(history, String(line))
    }
  }

  static func save(_ history: OpaquePointer, to path: String) {
    _ = baogao_history_save(history, path)
  }

  /// Appends under an exclusive `flock` on `PATH.lock`, so that the read-append-rename of one
  /// shell never overlaps another's: two shells appending at once used to lose 30% of entries.
  static func append(_ statement: String, to path: String, size: Int) {
    let lock = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
    if lock >= 0 { _ = flock(lock, LOCK_EX) }
    defer {
      if lock >= 0 {
        _ = flock(lock, LOCK_UN)
        close(lock)
      }
    }
    if baogao_history_append_file(path, statement, Int32(clamping: size)) >= 0 { return }
    guard let history = baogao_history_open(Int32(clamping: size)) else { return }
    defer { baogao_history_close(history) }
    load(into: history, from: path)
    _ = baogao_history_enter(history, statement)
    save(history, to: path)
  }
}
