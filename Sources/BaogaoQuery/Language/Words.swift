/// Shell-like words for commands that take paths and names (`load "my file.txt" dir/`,
/// `.output out.csv`): split on whitespace, double quotes group, `$NAME` and `${NAME:-default}`
/// expand from the session's parameters.
public enum Words {
  public static func split(
    _ text: Substring, offset: Int, variables: [String: String]
  ) throws(QueryError) -> [(word: String, range: Range<Int>)] {
    let scalars = Array(text.unicodeScalars)
    var out: [(String, Range<Int>)] = []
    var i = 0
    while i < scalars.count {
      while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
      if i >= scalars.count || scalars[i] == "#" { break }
      let start = i
      var word = ""
      var quoted = false
      while i < scalars.count, !scalars[i].properties.isWhitespace {
        let c = scalars[i]
        if c == "\"" {
          quoted = true
          i += 1
          while i < scalars.count, scalars[i] != "\"" {
            if scalars[i] == "\\", i + 1 < scalars.count { i += 1 }
            word.unicodeScalars.append(scalars[i])
            i += 1
          }
          guard i < scalars.count else {
            throw QueryError("unterminated string", at: (offset + start)..<(offset + i))
          }
          i += 1
        } else if c == "$", i + 1 < scalars.count,
          scalars[i + 1] == "{" || Lexer.isWordStart(scalars[i + 1])
        {
          let rest = Substring(String(String.UnicodeScalarView(scalars[i...])))
          let token = try Lexer(rest, base: offset + i).tokens()[0]
          guard case .variable(let name, let fallback) = token.kind else { break }
          word += try expand(name, fallback, variables, token.range)
          i += token.range.count
        } else {
          word.unicodeScalars.append(c)
          i += 1
        }
      }
      if !word.isEmpty || quoted { out.append((word, (offset + start)..<(offset + i))) }
    }
    return out
  }

  /// The value of `$name`, or its default, or an error naming the known parameters.
  public static func expand(
    _ name: String, _ fallback: String?, _ variables: [String: String], _ range: Range<Int>
  ) throws(QueryError) -> String {
    if let value = variables[name] { return value }
    if let fallback { return fallback }
    throw .unknown("parameter", "$" + name, among: variables.keys.map { "$" + $0 }, at: range)
  }
}
