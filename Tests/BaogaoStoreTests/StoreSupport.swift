import BaogaoShell
import Foundation
import Testing

/// Paths, temporary folders and sessions for the store's tests.
enum StoreSupport {
  /// The package root (this file is Tests/BaogaoStoreTests/StoreSupport.swift).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/corpus` beside the package. Tests fail, not skip, when it is missing.
  static var corpus: URL {
    get throws {
      let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
      try #require(
        FileManager.default.fileExists(atPath: url.appendingPathComponent("seeds").path),
        "../shared/corpus is missing beside the package (\(url.path))")
      return url
    }
  }

  static var seeds: URL { get throws { try corpus.appendingPathComponent("seeds") } }

  /// A fresh temporary folder for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-store-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A store of the seeds in a fresh folder (remove it when done), and the session that wrote
  /// it. A test that then writes to the file with `sqlite3` keeps that session alive until it
  /// has: with the writer gone at once, `sqlite3` has been seen to fail with status 5 (locked).
  static func seedStore() throws -> (
    db: String, folder: URL, session: Session, output: CapturedOutput
  ) {
    let folder = try temporaryDirectory()
    let db = folder.appendingPathComponent("seeds.db").path
    let (session, output) = Self.session()
    _ = run(".open \(db); load \(try seeds.path)", in: session, output: output)
    return (db, folder, session, output)
  }

  /// A session that writes into memory.
  static func session() -> (Session, CapturedOutput) {
    let output = CapturedOutput()
    return (Session(output: output), output)
  }

  /// Runs statements and returns what they wrote to standard output; fails on an error.
  static func run(_ statements: String, in session: Session, output: CapturedOutput) -> String {
    output.reset()
    let status = session.run(statements, origin: Origin(directory: packageRoot.path))
    #expect(status == .ok, "\(statements): \(output.stderr)")
    return output.stdout
  }

  /// The built `baogao` executable, beside the test bundle.
  static var executable: URL {
    get throws {
      let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
      let url = exe.deletingLastPathComponent().appendingPathComponent("baogao")
      try #require(
        FileManager.default.isExecutableFile(atPath: url.path), "baogao is not built at \(url.path)"
      )
      return url
    }
  }
}
