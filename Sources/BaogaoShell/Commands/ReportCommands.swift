import BaogaoCore
import BaogaoQuery
import Foundation

/// `show ID [SECTION]` reads a report with its headings; `source ID` shows where a fact or a
/// sentence comes from.
extension Session {
  func report(_ id: String, range: Range<Int>) throws -> Report {
    guard let report = corpus.report(id: id) else {
      if corpus.reports.isEmpty {
        throw QueryError("no reports are loaded (use load PATH)", at: range)
      }
      throw QueryError.unknown("report", id, among: corpus.reports.map(\.id), at: range)
    }
    return report
  }

  func runShow(_ args: [String], range: Range<Int>) throws {
    guard let id = args.first, args.count <= 2 else {
      throw QueryError(
        "show takes a report id and optionally a section: show r1 [review|targets|tasks|government|notes|NUMBER]",
        at: range)
    }
    let report = try report(id, range: range)
    let structure = analyses.structure(of: report)
    let width = max(40, (settings.width ?? terminalWidth ?? 80) - 2)
    let text = ReportPrinter(
      report: report, structure: structure, width: width, ambiguousWide: settings.ambiguousWide)
    let body: String
    if args.count == 2 {
      let selector = args[1]
      let sections: [Section]
      if let n = Int(selector) {
        guard let section = structure.sections.first(where: { $0.index == n - 1 }) else {
          throw QueryError(
            "\(id) has \(structure.sections.count) sections; \(selector) is not one of them",
            at: range)
        }
        sections = [section]
      } else if let kind = SectionKind(rawValue: selector) {
        sections = structure.sections.filter {
          $0.kind == kind && !($0.parentIndex.map { structure.sections[$0].kind == kind } ?? false)
        }
        guard !sections.isEmpty else {
          throw QueryError("\(id) has no \(kind.rawValue) section", at: range)
        }
      } else {
        throw QueryError.unknown(
          "section", selector, among: SectionKind.allCases.map(\.rawValue), at: range)
      }
      body = text.header() + sections.map { text.section($0) }.joined()
    } else {
      body = text.whole()
    }
    // A report longer than the screen pages like any long result (`emit`).
    try emit(body)
  }

  func runSourceCommand(_ args: [String], range: Range<Int>) throws {
    guard args.count == 1, let id = args.first else {
      throw QueryError("source takes the id of a fact (r3.f5) or a sentence (r3.s17)", at: range)
    }
    let reportID = String(id.prefix { $0 != "." })
    let report = try report(reportID, range: range)
    let structure = analyses.structure(of: report)
    let scalars = Array(report.text.unicodeScalars)
    if let fact = analyses.indicators(of: report).first(where: { $0.id == id }) {
      guard let sentence = structure.sentences.first(where: { $0.id == fact.sentenceID }) else {
        throw QueryError("the sentence of \(id) is missing", at: range)
      }
      var out = "\(fact.id)  \(FactSummary.line(fact))\n"
      out += place(report, structure, sentence) + "\n"
      out +=
        "  " + highlighted(scalars, sentence.start..<sentence.end, fact.start..<fact.end) + "\n"
      try emit(out)
      return
    }
    if let sentence = structure.sentences.first(where: { $0.id == id }) {
      try emit(place(report, structure, sentence) + "\n  " + sentence.text + "\n")
      return
    }
    throw QueryError(
      "\(reportID) has no fact or sentence '\(id)' (facts are r3.f5, sentences r3.s17)", at: range)
  }

  private func place(_ report: Report, _ structure: ReportStructure, _ sentence: Sentence) -> String
  {
    let who = [report.region, report.year.map(String.init), report.level?.rawValue].compactMap {
      $0
    }.joined(separator: " ")
    let section = sentence.sectionIndex.map { structure.sections[$0] }
    let sectionText =
      section.map { "\($0.heading) (\($0.kind.rawValue))" } ?? "(before the first heading)"
    return
      "report \(report.id) \(who) · \(sectionText) · \(sentence.id), characters \(sentence.start)–\(sentence.end)"
  }

  /// The sentence with the figure marked: reverse video on a terminal, «…» elsewhere.
  private func highlighted(
    _ scalars: [Unicode.Scalar], _ sentence: Range<Int>, _ figure: Range<Int>
  ) -> String {
    let s = sentence.clamped(to: 0..<scalars.count)
    let f = figure.clamped(to: s)
    let onTerminal =
      redirect == nil && once == nil && isatty(STDOUT_FILENO) != 0 && output is StandardOutput
    let (open, close) =
      onTerminal
      ? (String(TerminalText.highlightStart), String(TerminalText.highlightEnd)) : ("«", "»")
    func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
    return text(s.lowerBound..<f.lowerBound) + open + text(f) + close
      + text(f.upperBound..<s.upperBound)
  }

  var terminalRows: Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
    return Int(size.ws_row)
  }
}

/// `gdp target 2021: growth 7 % (about, 左右)` — a fact in one line.
enum FactSummary {
  static func line(_ f: Indicator) -> String {
    var parts: [String] = []
    if let v = f.value { parts.append("\(Value.format(v))\(f.unit ?? "")") }
    if let g = f.growth {
      parts.append(
        "growth \(Value.format(g))" + (f.growthHigh.map { "–\(Value.format($0))" } ?? "") + "%")
    }
    if f.masked { parts.append("masked") }
    var line = "\(f.metric) \(f.kind) \(f.period ?? "?"): " + parts.joined(separator: ", ")
    if let q = f.qualifier { line += " (\(q)\(f.strength.map { ", \($0)" } ?? ""))" }
    if let rank = f.rank { line += ", rank \(rank)\(f.rankScope.map { " in \($0)" } ?? "")" }
    return line
  }
}
