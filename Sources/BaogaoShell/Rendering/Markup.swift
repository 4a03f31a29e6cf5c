/// Text made safe for HTML and SVG, shared by the notebook handout and the SVG charts.
enum Markup {
  /// `text` safe inside an element or a double- or single-quoted attribute. Control characters
  /// other than tab, newline and carriage return (invalid in XML 1.0) become spaces.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case _ where scalar.value < 0x20: out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
