import Foundation
import Testing

/// Runs the built `baogao` executable, as a person or CI would.
enum Baogao {
  struct Result {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// The package root (this file is Tests/BaogaoShellTests/Support/Baogao.swift).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `../shared` beside the package. Tests that read it fail, not skip, when it is missing.
  static var shared: URL {
    get throws {
      let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
      try #require(
        FileManager.default.fileExists(atPath: url.appendingPathComponent("corpus").path),
        "../shared/corpus is missing beside the package (\(url.path))")
      return url
    }
  }

  /// The executable sits beside the test bundle (`.build/<triple>/debug/baogao`).
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

  /// Runs `baogao ARGS` in `directory` (default: the package root) with `stdin` as input.
  static func run(
    _ arguments: [String], stdin: String = "", in directory: URL? = nil,
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = try executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    var env = ProcessInfo.processInfo.environment
    env["HOME"] = FileManager.default.temporaryDirectory.path
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let input = Pipe(), output = Pipe(), error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errData = Data()
    group.enter()
    DispatchQueue.global().async {
      errData = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// A fresh temporary folder for one test.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
