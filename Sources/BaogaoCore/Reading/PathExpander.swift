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
enum PathExpander {
  struct File: Sendable {
    /// The path on disk.
    var path: String
    /// The path as the user would name it (the argument, or the argument joined with the relative path).
    var shownAs: String
    var size: Int
  }

  static func expand(_ arguments: [String]) -> (files: [File], diagnostics: [Diagnostic]) {
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
          files.append(contentsOf: walk(directory: path))
        } else {
          files.append(File(path: path, shownAs: path, size: size(of: path)))
        }
      }
    }
    return (files, diagnostics)
  }

  private static func walk(directory: String) -> [File] {
    let fm = FileManager.default
    guard let enumerator = fm.enumerator(atPath: directory) else { return [] }
    var relative: [String] = []
    while let item = enumerator.nextObject() as? String {
      let name = (item as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      var isDirectory: ObjCBool = false
      let full = directory + "/" + item
      if fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
        relative.append(item)
      }
    }
    // Sort by UTF-8 bytes: stable across locales.
    relative.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
    return relative.map { item in
      let full = base + "/" + item
      return File(path: full, shownAs: full, size: size(of: full))
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
