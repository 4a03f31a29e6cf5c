import Foundation
import Testing

@testable import BaogaoCore

/// Paths the reading tests use: the shared corpus beside the repository and this target's fixtures.
enum LoaderTestSupport {
  /// `../shared` from the package root (three levels above this file).
  static let shared: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
    return root.deletingLastPathComponent().appendingPathComponent("shared").path
  }()

  static func corpus(_ relative: String) -> String { shared + "/corpus/" + relative }

  /// A fixture file of this target; fails the test loudly when it is missing.
  static func fixture(_ name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
    return url.path
  }

  /// Fails loudly (not skips) when the shared corpus is not there.
  static func requireShared(_ relative: String) throws -> String {
    let path = corpus(relative)
    try #require(
      FileManager.default.fileExists(atPath: path), "missing \(path): tests need ../shared")
    return path
  }

  /// Loads the seeds once for all tests that read them.
  static let seeds: LoadResult = ReportLoader().load([corpus("seeds")])
}
