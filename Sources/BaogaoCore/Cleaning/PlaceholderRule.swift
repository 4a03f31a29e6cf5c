/// Flags anonymised placeholders: `XX县`, `增长X%`, `XXXX年`, `XX亿元` — figures and names masked.
///
/// A figure read from `XX亿元` is no figure; later stages must know the span is masked. Runs of
/// `X` (or `xx`) standing alone between non-Latin characters count; words such as `X光` are left.
///
/// A letter in a policy formula is no placeholder: in `“1+N+X”政策体系`, `“9+X”问题解决模式` and
/// `“支部+X+农户”` the X is the formula's "and others", as the unmasked `1`, `N` and `支部` beside
/// it show. An X joined by `+` to a term that is not itself masked is left; a formula of masked
/// terms only (`“x+x+x”`, `X个部门+XX家企业`) is still flagged. Nor is an X that a code or a
/// term carries: a road's `X252`, `X波段`, `X-FLASH`, or the `“X”即…` that defines a formula's X.
struct PlaceholderRule: CleaningRule {
  let kind = "placeholder_flagged"
  let noun = "anonymised placeholder"
  var severity: Diagnostic.Severity { .warning }

  func apply(_ text: inout String) -> [Int] {
    guard text.containsByte(UInt8(ascii: "X")) || text.containsByte(UInt8(ascii: "x")) else {
      return []
    }
    let scalars = Array(text.unicodeScalars)
    var positions: [Int] = []
    var i = 0
    while i < scalars.count {
      let s = scalars[i]
      guard s == "X" || s == "x" else {
        i += 1
        continue
      }
      var j = i
      while j < scalars.count && scalars[j] == s { j += 1 }
      let before = i > 0 ? scalars[i - 1] : " "
      let after = j < scalars.count ? scalars[j] : " "
      let isolated = !Self.isLatin(before) && !Self.isLatin(after)
      let longEnough = s == "X" || j - i >= 2
      if isolated && longEnough && !(after == "光" || after == "射" || after == "波")
        && (before.value > 0x7F || after.value > 0x7F)
        && !Self.isFormulaSymbol(scalars, i..<j) && !Self.isCodeOrTerm(scalars, i..<j)
      {
        positions.append(i)
      }
      i = j
    }
    return positions
  }

  static func isLatin(_ s: Unicode.Scalar) -> Bool {
    (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
  }

  /// `X252` (a county road: letter then digits; a masked figure is masked whole), `X-FLASH`
  /// (a Latin word joined by a hyphen), and `“X”即…`/`“X”指…` (a formula's letter defined).
  static func isCodeOrTerm(_ scalars: [Unicode.Scalar], _ run: Range<Int>) -> Bool {
    func at(_ k: Int) -> Unicode.Scalar? { k >= 0 && k < scalars.count ? scalars[k] : nil }
    if let next = at(run.upperBound), ("0"..."9").contains(next) { return true }
    // `X-FLASH`, but not a masked range such as `X-XX年` or `X-X项`.
    if at(run.upperBound) == "-", let next = at(run.upperBound + 1), isLatin(next),
      !isMaskLetter(next)
    {
      return true
    }
    if at(run.lowerBound - 1) == "\u{201C}", at(run.upperBound) == "\u{201D}" {
      // `“X”即`, `“X”，即`: the quoted letter is being defined.
      var k = run.upperBound + 1
      if let comma = at(k), comma == "，" || comma == "," { k += 1 }
      if let word = at(k), ["即", "指", "是", "为", "："].contains(word) { return true }
    }
    // `“415X”先进制造业`: digits and a letter make one quoted policy name, where a partly masked
    // figure goes on to its unit (`201X年`).
    if let previous = at(run.lowerBound - 1), ("0"..."9").contains(previous),
      at(run.upperBound) == "\u{201D}"
    {
      var k = run.lowerBound - 1
      while let s = at(k), ("0"..."9").contains(s) { k -= 1 }
      if at(k) == "\u{201C}" { return true }
    }
    return false
  }

  static func isPlus(_ s: Unicode.Scalar) -> Bool { s == "+" || s == "\u{FF0B}" }

  static func isMaskLetter(_ s: Unicode.Scalar) -> Bool {
    s == "X" || s == "x" || s == "\u{FF38}" || s == "\u{FF58}"
  }

  /// Letters and digits, ASCII or fullwidth: what a formula's terms are made of (`1`, `N`, `10`).
  static func isFormulaCharacter(_ s: Unicode.Scalar) -> Bool {
    isLatin(s) || ("0"..."9").contains(s) || (0xFF10...0xFF19).contains(s.value)
      || (0xFF21...0xFF3A).contains(s.value) || (0xFF41...0xFF5A).contains(s.value)
  }

  static func isHan(_ s: Unicode.Scalar) -> Bool { s.properties.isIdeographic }

  /// Whether the X run at `run` is a term of a `+` formula that also has an unmasked term: a
  /// digit or another letter (`1+N+X`, `9+x城市`), or — when the X stands alone as a term, not
  /// before a counter as in `XX家企业` — a word (`支部+X+农户`).
  static func isFormulaSymbol(_ scalars: [Unicode.Scalar], _ run: Range<Int>) -> Bool {
    let bare =
      (run.lowerBound == 0 || !isHan(scalars[run.lowerBound - 1]))
      && (run.upperBound == scalars.count || !isHan(scalars[run.upperBound]))
    var unmasked = false
    func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{3000}" }
    // Leftwards: `+` then the term before it, as long as terms are letters and digits.
    var k = run.lowerBound - 1
    var joined = false
    while true {
      while k >= 0, isSpace(scalars[k]) { k -= 1 }
      guard k >= 0, isPlus(scalars[k]) else { break }
      joined = true
      k -= 1
      while k >= 0, isSpace(scalars[k]) { k -= 1 }
      guard k >= 0 else { break }
      var term = k
      while term >= 0, isFormulaCharacter(scalars[term]) { term -= 1 }
      if term == k {
        if bare, isHan(scalars[k]) { unmasked = true }
        break
      }
      if !scalars[(term + 1)...k].allSatisfy(isMaskLetter) { unmasked = true }
      k = term
    }
    // Rightwards, the same.
    k = run.upperBound
    while true {
      while k < scalars.count, isSpace(scalars[k]) { k += 1 }
      guard k < scalars.count, isPlus(scalars[k]) else { break }
      joined = true
      k += 1
      while k < scalars.count, isSpace(scalars[k]) { k += 1 }
      guard k < scalars.count else { break }
      var term = k
      while term < scalars.count, isFormulaCharacter(scalars[term]) { term += 1 }
      if term == k {
        if bare, isHan(scalars[k]) { unmasked = true }
        break
      }
      if !scalars[k..<term].allSatisfy(isMaskLetter) { unmasked = true }
      k = term
    }
    return joined && unmasked
  }
}
