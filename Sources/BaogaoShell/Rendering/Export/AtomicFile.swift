import Foundation

/// Writes a file so that a kill at any moment leaves either the old file or the new one, never a
/// half-written one: the bytes go to a temporary file beside the target, which is renamed over it.
///
/// Foundation's `.atomic` writes do this too, but a killed write leaves a hidden
/// `.dat.nosync…` file nobody can tell apart from anything else. Ours are named
/// `.NAME.baogao-tmp-PID` after the target and the writing process, so the next write to the same
/// folder removes those whose process is gone.
enum AtomicFile {
  static let marker = ".baogao-tmp-"

  /// Writes `data` to `path` through a temporary file and a rename.
  static func write(_ data: Data, to path: String) throws {
    try write(to: path) { temporary in
      guard FileManager.default.createFile(atPath: temporary, contents: data) else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    }
  }

  /// Lets `produce` write the temporary path (libxlsxwriter writes its own file), then renames it
  /// over `path`. On failure the temporary file is removed and the old file stays.
  static func write(to path: String, _ produce: (String) throws -> Void) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    removeStale(in: folder)
    let temporary = folder + "/." + url.lastPathComponent + marker + "\(getpid())"
    do {
      try produce(temporary)
      let fd = open(temporary, O_RDONLY)
      if fd >= 0 {
        fsync(fd)
        close(fd)
      }
      guard rename(temporary, path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
      }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Removes temporary files left in `folder` by baogao processes that no longer run (killed
  /// during an export or `.save`).
  static func removeStale(in folder: String) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(".") && name.contains(marker) {
      guard let range = name.range(of: marker, options: .backwards),
        let pid = pid_t(name[range.upperBound...])
      else { continue }
      if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
        unlink(folder + "/" + name)
      }
    }
  }
}
