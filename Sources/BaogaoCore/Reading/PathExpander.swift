import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns the paths a user typed (files, directories, globs) into the list of files to read.
///
/// Directories are walked recursively and their files sorted by path, so `load dir` reads the
/// same files in the same order on every machine. Hidden files are left out.
public enum PathExpander {
  public struct File: Sendable {
    /// The path on disk.
    public var path: String
    /// The path as the user would name it (the argument, or the argument joined with the relative path).
    public var shownAs: String
    public var size: Int
  }

  public static func expand(_ arguments: [String]) -> (files: [File], diagnostics: [Diagnostic]) {
    var files: [File] = []
    var diagnostics: [Diagnostic] = []
    let fm = FileManager.default
    for argument in arguments {
      let candidates: [String]
      if argument.contains(where: { "*?[".contains($0) }) && !fm.fileExists(atPath: argument) {
        candidates = matches(of: argument)
        if candidates.isEmpty {
          diagnostics.append(
            Diagnostic(
              severity: .error, kind: "no_such_file", message: "no file matches '\(argument)'",
              file: argument))
        }
      } else {
        candidates = [argument]
      }
      for path in candidates {
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
          diagnostics.append(
            Diagnostic(
              severity: .error, kind: "no_such_file", message: "no such file or directory",
              file: path))
          continue
        }
        if isDirectory.boolValue {
          files.append(contentsOf: walk(directory: path, diagnostics: &diagnostics))
        } else {
          files.append(File(path: path, shownAs: path, size: size(of: path)))
        }
      }
    }
    return (files, diagnostics)
  }

  /// Every file under `directory`, following symbolic links (to folders too: a corpus folder is
  /// often a link), each real folder once (a link back up is not walked again). A folder or file
  /// that cannot be read is an error naming it; the rest still load.
  private static func walk(directory: String, diagnostics: inout [Diagnostic]) -> [File] {
    let fm = FileManager.default
    let base =
      directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
    var relative: [String] = []
    var visited = Set<FileIdentity>()
    var pending = [""]
    while let folder = pending.popLast() {
      let full = folder.isEmpty ? base : base + "/" + folder
      if let identity = FileIdentity(path: full), !visited.insert(identity).inserted { continue }
      let names: [String]
      do { names = try fm.contentsOfDirectory(atPath: full) } catch {
        diagnostics.append(
          Diagnostic(
            severity: .error, kind: "unreadable_file", message: "cannot read folder", file: full))
        continue
      }
      for name in names where !name.hasPrefix(".") {
        let item = folder.isEmpty ? name : folder + "/" + name
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: base + "/" + item, isDirectory: &isDirectory) else {
          diagnostics.append(
            Diagnostic(
              severity: .error, kind: "no_such_file", message: "broken link or vanished file",
              file: base + "/" + item))
          continue
        }
        if isDirectory.boolValue { pending.append(item) } else { relative.append(item) }
      }
    }
    // Sort by UTF-8 bytes: stable across locales.
    relative.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    var files: [File] = []
    for item in relative {
      let full = base + "/" + item
      guard access(full, R_OK) == 0 else {
        diagnostics.append(
          Diagnostic(
            severity: .error, kind: "unreadable_file", message: "cannot read file (permission)",
            file: full))
        continue
      }
      files.append(File(path: full, shownAs: full, size: size(of: full)))
    }
    return files
  }

  /// A folder's device and inode, so a link cycle is walked once.
  private struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  private static func size(of path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }

  private static func matches(of pattern: String) -> [String] {
    var g = glob_t()
    defer { globfree(&g) }
    guard glob(pattern, 0, nil, &g) == 0 else { return [] }
    var out: [String] = []
    for i in 0..<Int(g.gl_pathc) {
      if let p = g.gl_pathv[i] { out.append(String(cString: p)) }
    }
    return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }
}
