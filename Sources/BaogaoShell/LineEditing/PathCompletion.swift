import Foundation

extension LineEditor {
  /// File names that complete `prefix` (after `load`): directories end with `/`, `~` means the
  /// home directory, hidden files only when the prefix names them. `load ~/报告/2024` gives
  /// `~/报告/2024-广东.txt` and `~/报告/2024年/`.
  public static func pathCompletions(prefix: String) -> [String] {
    let fm = FileManager.default
    if prefix == "~" { return ["~/"] }
    let expanded =
      prefix.hasPrefix("~/") ? fm.homeDirectoryForCurrentUser.path + prefix.dropFirst() : prefix
    let directoryPart: String
    let namePart: String
    if let slash = expanded.lastIndex(of: "/") {
      directoryPart = String(expanded[...slash])
      namePart = String(expanded[expanded.index(after: slash)...])
    } else {
      directoryPart = ""
      namePart = expanded
    }
    let typedDirectory: String
    if let slash = prefix.lastIndex(of: "/") {
      typedDirectory = String(prefix[...slash])
    } else {
      typedDirectory = ""
    }
    let listed = directoryPart.isEmpty ? "." : directoryPart
    guard let names = try? fm.contentsOfDirectory(atPath: listed) else { return [] }
    return names.filter {
      $0.hasPrefix(namePart) && (namePart.hasPrefix(".") || !$0.hasPrefix("."))
    }
    .sorted()
    .map { name in
      var isDirectory: ObjCBool = false
      let full = (listed as NSString).appendingPathComponent(name)
      _ = fm.fileExists(atPath: full, isDirectory: &isDirectory)
      return typedDirectory + name + (isDirectory.boolValue ? "/" : "")
    }
  }
}
