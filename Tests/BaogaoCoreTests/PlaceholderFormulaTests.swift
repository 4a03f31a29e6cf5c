import Foundation
import Testing

@testable import BaogaoCore

/// The anonymisation flag and policy formulas: the X of `“1+N+X”政策体系` is the formula's "and
/// others", not a masked figure; the x's of the anonymised seed's `“x+x+x”` are masked figures.
@Suite struct PlaceholderFormulaTests {
  /// Offsets the rule flags in `text`.
  static func flagged(_ text: String) -> Set<Int> {
    var copy = text
    return Set(PlaceholderRule().apply(&copy))
  }

  /// Scalar offset of the first `needle` in `text`, plus `plus`.
  static func offset(of needle: String, in text: String, plus: Int = 0) throws -> Int {
    let range = try #require(text.range(of: needle), "'\(needle)' not in the text")
    return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
      + plus
  }

  @Test("a letter in a formula with an unmasked term is not a placeholder")
  func formulaLetters() throws {
    // Made-up sentences in the reports' manner.
    for text in [
      "完善碳达峰、碳中和“1+N+X”政策体系。", "完善“9+X”问题解决模式。", "构建“2+9+X”产业基金体系。",
      "“N+X”政策体系将陆续出台。", "构建“1+10+X+N”现代产业体系。", "推行“支部+X+农户”工作机制。",
      "推进“9+x城市治理”建设。", "构建“１＋Ｘ”专委会。",
      // Codes and terms: a county road, a radar band, a Latin name, a formula's X defined.
      "打通X252石天线公路。", "建设X波段天气雷达。", "深入实施X-FLASH放疗研究。",
      "“1”即总体方案，“X”即相关配套政策。", "“X”，即办事群众。", "实施“415X”先进制造业集群培育工程。",
    ] {
      #expect(Self.flagged(text).isEmpty, "\(text)")
    }
  }

  @Test("masked figures stay flagged, in a formula of masked terms too")
  func maskedFigures() throws {
    // Made-up sentences in the manner of the anonymised seeds. As before, a run between two
    // ASCII signs (the middle X of X+X+X) is not looked at, nor a single lowercase x.
    let cases: [(String, [String])] = [
      ("重组形成“X+X+X”国企架构。", ["“X", "X”"]),
      ("实施“x+xx”政策体系。", ["xx”"]),
      ("按照“X个部门+XX家企业”的组织架构。", ["X个", "XX家"]),
      ("XX县地区生产总值增长X%。", ["XX县", "X%"]),
      // A partly masked year is still masked; a quoted X not defined is a masked name.
      ("20XX年以来", ["XX年"]),
      ("截至201X年底", ["X年"]),
      // A masked range is masked, though a hyphen joins it (the anonymised seed's X-XX年).
      ("争取省级试点X-X项。", ["X-", "X项"]),
      ("实施“X”工程。", ["X”"]),
    ]
    for (text, runs) in cases {
      let expected = try Set(
        runs.map { try Self.offset(of: $0, in: text, plus: $0.hasPrefix("“") ? 1 : 0) })
      #expect(Self.flagged(text) == expected, "\(text)")
    }
  }

  @Test("the anonymised seeds' masked formulas are flagged, every one")
  func anonymisedSeeds() throws {
    var seen = 0
    var countedTerms = 0
    defer {
      #expect(seen > 0, "the seeds have masked formulas such as “x+xx”")
      #expect(countedTerms > 0, "a seed has “X个部门+XX家企业”")
    }
    for name in ["2021-county-anonymized-docx-scrape.txt", "2024-county-anonymized-guangdong.txt"] {
      let path = try LoaderTestSupport.requireShared("seeds/" + name)
      let text = try String(contentsOfFile: path, encoding: .utf8)
      let scalars = Array(text.unicodeScalars)
      let flags = Self.flagged(text)
      let masked = Self.formulaRuns(in: scalars).filter {
        !$0.hasUnmaskedTerm && $0.besideNonASCII && $0.looked
      }
      seen += masked.count
      // `X个部门+XX家企业`: masked counts joined by `+` are masked still.
      if let at = text.range(of: "+XX家企业") {
        countedTerms += 1
        let offset = text.unicodeScalars.distance(
          from: text.unicodeScalars.startIndex, to: at.lowerBound)
        let hit = flags.contains(offset + 1)
        #expect(hit, "\(name): +XX家企业")
      }
      for run in masked {
        let hit = flags.contains(run.start)
        #expect(hit, "\(name): \(run.context)")
      }
    }
  }

  /// Every X run that is a term of a `+` formula (`1+N+X`, `x+x+x`), in every seed and every
  /// lawtext report: one with an unmasked term beside it is never flagged. Prints the counts.
  @Test("letter-plus formulas across the shared corpus")
  func corpusFormulas() throws {
    var files: [String] = []
    let seeds = try LoaderTestSupport.requireShared("seeds")
    let lawtext = try LoaderTestSupport.requireShared("lawtext")
    for root in [seeds, lawtext] {
      let walker = try #require(FileManager.default.enumerator(atPath: root))
      for case let relative as String in walker
      where relative.hasSuffix(".txt") || relative.hasSuffix(".md") {
        files.append(root + "/" + relative)
      }
    }
    try #require(files.count > 1900, "expected the seeds and 1,918 lawtext files")
    var formulaRuns = 0
    var policyRuns = 0
    var policyFlagged = 0
    var maskedRuns = 0
    var maskedFlagged = 0
    for file in files {
      guard let data = FileManager.default.contents(atPath: file) else { continue }
      let text = String(decoding: data, as: UTF8.self)
      let scalars = Array(text.unicodeScalars)
      let runs = Self.formulaRuns(in: scalars)
      guard !runs.isEmpty else { continue }
      let flags = Self.flagged(text)
      for run in runs {
        formulaRuns += 1
        if run.hasUnmaskedTerm {
          policyRuns += 1
          if flags.contains(run.start) {
            policyFlagged += 1
            Issue.record("flagged in a policy formula: \(run.context) (\(file))")
          }
        } else if run.besideNonASCII && run.looked {
          maskedRuns += 1
          if flags.contains(run.start) { maskedFlagged += 1 }
        }
      }
    }
    print(
      "letter-plus formula X runs: \(formulaRuns); beside an unmasked term: \(policyRuns) "
        + "(flagged \(policyFlagged)); all terms masked (X or xx, beside Chinese): \(maskedRuns) (flagged \(maskedFlagged))"
    )
    #expect(policyRuns > 100, "the corpus has many 1+X formulas")
    #expect(policyFlagged == 0)
  }

  struct FormulaRun {
    var start: Int
    var hasUnmaskedTerm: Bool
    /// Next to a non-ASCII character (the rule looks only at those).
    var besideNonASCII: Bool
    /// An uppercase X run or a run of two or more (the rule leaves a single lowercase x).
    var looked: Bool
    var context: String
  }

  /// X runs that are whole terms of a chain of letter-and-digit terms joined by `+`, found by a
  /// regular expression (independent of the rule's scan). A term is unmasked when it is not all X.
  static func formulaRuns(in scalars: [Unicode.Scalar]) -> [FormulaRun] {
    let text = String(String.UnicodeScalarView(scalars))
    guard text.contains("+") else { return [] }
    let term = "[0-9A-Za-z]+"
    let regex = try! NSRegularExpression(pattern: "\(term)(?:[ ]*\\+[ ]*\(term))+")
    let ns = text as NSString
    var out: [FormulaRun] = []
    for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
      let chain = ns.substring(with: match.range)
      let terms = chain.split(separator: "+").map { $0.trimmingCharacters(in: .whitespaces) }
      let isMasked = { (t: String) in !t.isEmpty && t.allSatisfy { $0 == "X" || $0 == "x" } }
      guard terms.contains(where: isMasked) else { continue }
      // Skip chains inside Latin text (URLs, formulas in English): the rule looks only at runs
      // beside a non-ASCII character.
      let before = ns.substring(to: match.range.location).unicodeScalars.last
      let after = ns.substring(from: NSMaxRange(match.range)).unicodeScalars.first
      guard (before.map { $0.value > 0x7F } ?? false) || (after.map { $0.value > 0x7F } ?? false)
      else { continue }
      let unmasked = terms.contains { !isMasked($0) }
      let startScalar = ns.substring(to: match.range.location).unicodeScalars.count
      let contextStart = max(0, startScalar - 8)
      let contextEnd = min(scalars.count, startScalar + chain.unicodeScalars.count + 8)
      let context = String(String.UnicodeScalarView(scalars[contextStart..<contextEnd]))
      var offset = startScalar
      for piece in chain.split(separator: "+", omittingEmptySubsequences: false) {
        let leading = piece.unicodeScalars.prefix { $0 == " " }.count
        let trimmed = piece.trimmingCharacters(in: .whitespaces)
        if isMasked(trimmed) {
          let start = offset + leading
          let end = start + trimmed.unicodeScalars.count
          let beside =
            (start > 0 && scalars[start - 1].value > 0x7F)
            || (end < scalars.count && scalars[end].value > 0x7F)
          out.append(
            .init(
              start: start, hasUnmaskedTerm: unmasked, besideNonASCII: beside,
              looked: trimmed.first == "X" || trimmed.count >= 2, context: context))
        }
        offset += piece.unicodeScalars.count + 1
      }
    }
    return out
  }
}
