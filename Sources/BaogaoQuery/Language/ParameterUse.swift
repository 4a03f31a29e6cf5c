/// Which parameters a script's text uses (`$metric`, `${year:-2023}`), so that a misspelt
/// `--set metirc=gdp` is an error instead of a run with the default.
public enum ParameterUse {
  /// The names used in `text` as `$NAME` or `${NAME…}`, in order of first use.
  public static func names(in text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    var out: [String] = []
    var i = 0
    while i < scalars.count {
      defer { i += 1 }
      guard scalars[i] == "$", i + 1 < scalars.count else { continue }
      var j = i + 1
      if scalars[j] == "{" { j += 1 }
      let start = j
      while j < scalars.count,
        scalars[j] == "_" || scalars[j].properties.isAlphabetic || scalars[j].isASCIIDigit
      { j += 1 }
      guard j > start else { continue }
      let name = String(String.UnicodeScalarView(scalars[start..<j]))
      if !out.contains(name) { out.append(name) }
    }
    return out
  }

  /// The message for a `--set NAME` the script never uses, with the closest name it does use.
  public static func unused(_ name: String, script: String, uses: [String]) -> String? {
    guard !uses.contains(name) else { return nil }
    var message = "--set \(name)=… is not used by \(script)"
    if let best = Suggestion.closest(to: name, among: uses) {
      message += " (did you mean '\(best)'?)"
    } else if !uses.isEmpty {
      message += " (it uses " + uses.map { "$" + $0 }.joined(separator: ", ") + ")"
    } else {
      message += ", which takes no parameters"
    }
    return message
  }
}
