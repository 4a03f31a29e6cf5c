import BaogaoQuery
import Foundation

/// Writes `.save`'s script so that it replays from wherever it is saved.
///
/// Statements are kept as typed, except the paths of `load`, `.read`, `.import`, `.output`,
/// `.once` and `export`: a relative path typed in one folder is rewritten relative to the saved
/// script's folder (scripts resolve their paths against their own folder), so
/// `load demo-corpus` typed in `Notebooks/` and saved to `/tmp/x.bg` replays as
/// `load ../work/…/Notebooks/demo-corpus`.
///
/// Paths are worked out on their text, as a shell's `cd` does, never through the file system:
/// `../../shared` typed beside a link named `shared` stays a path through the link, not through
/// the link's target, and a statement saved into the folder it was typed in is kept as typed.
struct SavedScript {
  /// A statement that succeeded, with the folder its relative paths meant.
  struct Entry {
    var text: String
    var directory: String
  }

  var entries: [Entry]

  func text(savedTo path: String) -> String {
    let target = Self.absolute((path as NSString).deletingLastPathComponent)
    var out =
      "# baogao script: \(entries.count) statement\(entries.count == 1 ? "" : "s") saved with .save\n"
    for entry in entries {
      out += rebased(entry, into: target) + "\n"
    }
    return out
  }

  private func rebased(_ entry: Entry, into target: String) -> String {
    let source = Self.absolute(entry.directory)
    guard source != target else { return entry.text }
    let words = entry.text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    guard let first = words.first else { return entry.text }
    let pathCommands: Set<String> = ["load", ".read", ".output", ".once"]
    if pathCommands.contains(first) {
      return ([first] + words.dropFirst().map { rebase($0, from: source, to: target) }).joined(
        separator: " ")
    }
    // `.import FILE [as NAME]`: the file only.
    if first == ".import", words.count >= 2 {
      var copy = words
      copy[1] = rebase(copy[1], from: source, to: target)
      return copy.joined(separator: " ")
    }
    // `… | export FILE`: the file is the first word after `export`.
    if let i = words.lastIndex(of: "export"), i + 1 < words.count, i > 0, words[i - 1] == "|" {
      var copy = words
      copy[i + 1] = rebase(copy[i + 1], from: source, to: target)
      return copy.joined(separator: " ")
    }
    return entry.text
  }

  private func rebase(_ word: String, from source: String, to target: String) -> String {
    guard !word.hasPrefix("-"), !word.hasPrefix("/"), !word.hasPrefix("~"), !word.hasPrefix("$"),
      !word.contains("\"")
    else { return word }
    return Self.relative(from: target, to: (source as NSString).appendingPathComponent(word))
  }

  /// `path` made absolute against the current folder and reduced on its text (`a/./b/../c` →
  /// `a/c`), without resolving symbolic links.
  static func absolute(_ path: String) -> String {
    let p = path.isEmpty ? "." : path
    let full = p.hasPrefix("/") ? p : currentDirectory + "/" + p
    var components: [Substring] = []
    for component in full.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": if !components.isEmpty { components.removeLast() }
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }

  /// The current folder as the user's shell names it (`$PWD`, which keeps links), when that is
  /// the same folder as the process's; else the process's own, with links resolved.
  static var currentDirectory: String {
    let physical = FileManager.default.currentDirectoryPath
    guard let logical = ProcessInfo.processInfo.environment["PWD"], logical.hasPrefix("/") else {
      return physical
    }
    // The same folder when both resolve to the same path (`realpath`, not `struct stat`: which
    // C module its fields belong to varies between builds, and member import visibility then
    // rejects them, which broke the release build).
    func resolved(_ path: String) -> String? {
      guard let p = realpath(path, nil) else { return nil }
      defer { free(p) }
      return String(cString: p)
    }
    guard let a = resolved(logical), a == resolved(physical) else { return physical }
    return logical
  }

  /// `relative(from: "/tmp", to: "/work/a/b")` → `../work/a/b`.
  static func relative(from directory: String, to path: String) -> String {
    let from = absolute(directory).split(separator: "/")
    let to = absolute(path).split(separator: "/")
    var common = 0
    while common < from.count, common < to.count, from[common] == to[common] { common += 1 }
    let up = Array(repeating: "..", count: from.count - common)
    let rest = to[common...].map(String.init)
    let joined = (up + rest).joined(separator: "/")
    return joined.isEmpty ? "." : joined
  }
}
