import Foundation

/// Turns one statement's text into tokens.
///
/// Identifiers may hold CJK characters (`where region == 云浮市` is not allowed, but field names and
/// bare words like `freq 绿色 低碳` are), digits, `_` and `.` inside (`r3.f5`).
public struct Lexer {
  private let scalars: [Unicode.Scalar]
  /// Offset of `scalars[0]` in the whole source text.
  private let base: Int

  public init(_ text: Substring, base: Int = 0) {
    self.scalars = Array(text.unicodeScalars)
    self.base = base
  }

  public init(_ text: String, base: Int = 0) { self.init(text[...], base: base) }

  private static let twoCharSymbols: Set<String> = ["==", "!=", "<=", ">=", "!~"]
  private static let oneCharSymbols: Set<Unicode.Scalar> = [
    "|", ",", "(", ")", "[", "]", "<", ">", "=", "~", "+", "-", "*", "/", "%", ":",
  ]

  public func tokens() throws(QueryError) -> [Token] {
    var out: [Token] = []
    var i = 0
    func range(_ start: Int, _ end: Int) -> Range<Int> { (base + start)..<(base + end) }
    while i < scalars.count {
      let c = scalars[i]
      if c.properties.isWhitespace { i += 1; continue }
      if c == "#" { break }
      let start = i
      if c == "\"" {
        let (text, end) = try readString(from: i)
        out.append(Token(.string(text), range(start, end)))
        i = end
      } else if c == "`" {
        // `2021`, `per 10k`: a field whose name is not a plain word (pivot makes such columns).
        guard let close = scalars[(i + 1)...].firstIndex(of: "`") else {
          throw QueryError("unterminated '`'", at: range(i, scalars.count))
        }
        out.append(
          Token(
            .identifier(String(String.UnicodeScalarView(scalars[(i + 1)..<close]))),
            range(start, close + 1)))
        i = close + 1
      } else if c.isASCIIDigit || (c == "." && i + 1 < scalars.count && scalars[i + 1].isASCIIDigit)
      {
        let (value, isInteger, end) = readNumber(from: i)
        out.append(Token(.number(value, isInteger: isInteger), range(start, end)))
        i = end
      } else if c == "$" {
        let (name, fallback, end) = try readVariable(from: i)
        out.append(Token(.variable(name, default: fallback), range(start, end)))
        i = end
      } else if c == "@" {
        var j = i + 1
        while j < scalars.count,
          Lexer.isWordScalar(scalars[j]) || scalars[j] == "/" || scalars[j] == "-"
        { j += 1 }
        out.append(
          Token(.atName(String(String.UnicodeScalarView(scalars[(i + 1)..<j]))), range(start, j)))
        i = j
      } else if Lexer.isWordStart(c) {
        var j = i + 1
        while j < scalars.count, Lexer.isWordScalar(scalars[j]) { j += 1 }
        while j > i + 1, scalars[j - 1] == "." { j -= 1 }
        out.append(
          Token(.identifier(String(String.UnicodeScalarView(scalars[i..<j]))), range(start, j)))
        i = j
      } else if i + 1 < scalars.count,
        Lexer.twoCharSymbols.contains(String(String.UnicodeScalarView([c, scalars[i + 1]])))
      {
        out.append(
          Token(.symbol(String(String.UnicodeScalarView([c, scalars[i + 1]]))), range(i, i + 2)))
        i += 2
      } else if Lexer.oneCharSymbols.contains(c) {
        out.append(Token(.symbol(String(c)), range(i, i + 1)))
        i += 1
      } else if c == "&" || (c == "|" && i + 1 < scalars.count && scalars[i + 1] == "|") {
        let double = i + 1 < scalars.count && scalars[i + 1] == c
        throw QueryError(
          "'\(c)\(double ? String(c) : "")' is not an operator here: write '\(c == "&" ? "and" : "or")'",
          at: range(i, i + (double ? 2 : 1)))
      } else if let advice = Lexer.inputMethodAdvice[c] {
        throw QueryError(
          c.isASCII
            ? "unexpected character '\(c)': \(advice)"
            : "'\(c)' (U+\(String(c.value, radix: 16, uppercase: true))) is input-method "
              + "punctuation: \(advice)", at: range(i, i + 1))
      } else {
        throw QueryError("unexpected character '\(c)'", at: range(i, i + 1))
      }
    }
    out.append(Token(.end, range(scalars.count, scalars.count)))
    return out
  }

  /// What to type instead of punctuation a Chinese input method gives: `“town”`, `'town'`,
  /// `｜`, `，`, `（）`.
  static let inputMethodAdvice: [Unicode.Scalar: String] = [
    "\u{201C}": "write the string in straight double quotes: \"town\"",
    "\u{201D}": "write the string in straight double quotes: \"town\"",
    "\u{2018}": "write the string in straight double quotes: \"town\"",
    "\u{2019}": "write the string in straight double quotes: \"town\"",
    "'": "strings take straight double quotes: \"town\"",
    "\u{FF5C}": "write the ASCII pipe '|' between stages",
    "\u{FF0C}": "write the ASCII comma ','",
    "\u{3001}": "write the ASCII comma ','",
    "\u{FF08}": "write the ASCII parenthesis '('",
    "\u{FF09}": "write the ASCII parenthesis ')'",
    "\u{FF1D}": "write '==' to compare",
    "\u{FF1E}": "write the ASCII '>'",
    "\u{FF1C}": "write the ASCII '<'",
    "\u{FF1B}": "write the ASCII ';' between statements",
    "\u{FF1A}": "write the ASCII ':'",
  ]

  static func isWordStart(_ c: Unicode.Scalar) -> Bool {
    c == "_" || c.properties.isAlphabetic
  }

  static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    c == "_" || c == "." || c.properties.isAlphabetic || c.properties.numericType != nil
      || c.isASCIIDigit
  }

  private func readString(from start: Int) throws(QueryError) -> (String, Int) {
    var text = String.UnicodeScalarView()
    var i = start + 1
    while i < scalars.count {
      let c = scalars[i]
      if c == "\"" { return (String(text), i + 1) }
      if c == "\\", i + 1 < scalars.count {
        let n = scalars[i + 1]
        switch n {
        case "n": text.append("\n")
        case "t": text.append("\t")
        default: text.append(n)
        }
        i += 2
        continue
      }
      text.append(c)
      i += 1
    }
    throw QueryError("unterminated string", at: (base + start)..<(base + scalars.count))
  }

  private func readNumber(from start: Int) -> (Double, Bool, Int) {
    var i = start
    var isInteger = true
    while i < scalars.count, scalars[i].isASCIIDigit || scalars[i] == "_" { i += 1 }
    if i < scalars.count, scalars[i] == ".", i + 1 < scalars.count, scalars[i + 1].isASCIIDigit {
      isInteger = false
      i += 1
      while i < scalars.count, scalars[i].isASCIIDigit { i += 1 }
    }
    if i < scalars.count, scalars[i] == "e" || scalars[i] == "E" {
      var j = i + 1
      if j < scalars.count, scalars[j] == "-" || scalars[j] == "+" { j += 1 }
      if j < scalars.count, scalars[j].isASCIIDigit {
        isInteger = false
        i = j
        while i < scalars.count, scalars[i].isASCIIDigit { i += 1 }
      }
    }
    let text = String(String.UnicodeScalarView(scalars[start..<i])).replacingOccurrences("_", "")
    return (Double(text) ?? 0, isInteger, i)
  }

  private func readVariable(from start: Int) throws(QueryError) -> (String, String?, Int) {
    var i = start + 1
    if i < scalars.count, scalars[i] == "{" {
      guard let close = scalars[i...].firstIndex(of: "}") else {
        throw QueryError("unterminated '${'", at: (base + start)..<(base + scalars.count))
      }
      let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
      if let sep = inner.range(of: ":-") {
        return (String(inner[..<sep.lowerBound]), String(inner[sep.upperBound...]), close + 1)
      }
      return (inner, nil, close + 1)
    }
    while i < scalars.count,
      scalars[i] == "_" || scalars[i].properties.isAlphabetic
        || scalars[i].isASCIIDigit
    {
      i += 1
    }
    if i == start + 1 {
      throw QueryError("expected a name after '$'", at: (base + start)..<(base + i))
    }
    return (String(String.UnicodeScalarView(scalars[(start + 1)..<i])), nil, i)
  }
}

extension Unicode.Scalar {
  var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}

extension String {
  func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
