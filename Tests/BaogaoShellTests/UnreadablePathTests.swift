import Foundation
import Testing

/// An unreadable folder or file inside a loaded folder is an error naming it, and the rest still
/// loads (it used to load nothing, exit 0 and say nothing). Permissions do not bind root, so as
/// root the shell runs as `nobody` through setpriv.
@Suite("Unreadable paths")
struct UnreadablePathTests {
  @Test("unreadable folders and files are errors; readable ones load")
  func unreadable() throws {
    let root = try Baogao.temporaryDirectory()
    let seed = try Baogao.shared.appendingPathComponent(
      "corpus/seeds/2024-county-anonymized-guangdong.txt")
    let fm = FileManager.default
    for folder in ["ok", "locked", "files"] {
      try fm.createDirectory(
        at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    try fm.copyItem(at: seed, to: root.appendingPathComponent("ok/a.txt"))
    try fm.copyItem(at: seed, to: root.appendingPathComponent("locked/b.txt"))
    try fm.copyItem(at: seed, to: root.appendingPathComponent("files/c.txt"))
    chmod(root.path, 0o755)
    chmod(root.appendingPathComponent("locked").path, 0o000)
    chmod(root.appendingPathComponent("files/c.txt").path, 0o000)
    defer { chmod(root.appendingPathComponent("locked").path, 0o755) }
    let exe = try Baogao.executable.path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: getuid() == 0 ? "/usr/bin/setpriv" : exe)
    process.arguments =
      (getuid() == 0 ? ["--reuid=65534", "--regid=65534", "--clear-groups", exe] : [])
      + ["--no-rc", "-c", "load \(root.path)"]
    process.environment = ["HOME": "/tmp", "PATH": "/usr/bin:/bin"]
    let error = Pipe()
    process.standardError = error
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(stderr.contains("\(root.path)/locked: error: cannot read folder"), "\(stderr)")
    #expect(stderr.contains("\(root.path)/files/c.txt: error: cannot read file (permission)"))
    #expect(stderr.contains("loaded 1 report from 1 file"))
  }
}
