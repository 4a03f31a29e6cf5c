import BaogaoQuery
import Foundation

/// `.help [topic]`: topics come from `Resources/help.md` (one `## name` section each); sources
/// also list their fields from their schemas, so the help cannot drift from what they hold.
enum Help {
  static let topics: [String: String] = {
    guard let url = Bundle.module.url(forResource: "help", withExtension: "md"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return [:] }
    var topics: [String: String] = [:]
    var name: String?
    var body: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("## ") {
        if let name { topics[name] = body.joined(separator: "\n").trimmingWhitespace() + "\n" }
        name = String(line.dropFirst(3)).trimmingWhitespace()
        body = []
      } else if name != nil {
        body.append(line)
      }
    }
    if let name { topics[name] = body.joined(separator: "\n").trimmingWhitespace() + "\n" }
    return topics
  }()

  /// The help on `topic` (or the overview), wrapped at word boundaries to the width of the
  /// session's tables (`.width N`, or the terminal's): long lines continue under their text.
  static func text(for topic: String?, session: Session) throws -> String {
    let text = try unwrappedText(for: topic, session: session)
    guard let width = session.settings.width ?? session.terminalWidth else { return text }
    return wrap(text, width: width, ambiguousWide: session.settings.ambiguousWide)
  }

  static func unwrappedText(for topic: String?, session: Session) throws -> String {
    guard let topic else {
      let dots = Session.dotCommands.map { "  " + $0.usage }.joined(separator: "\n")
      let sources = session.catalog.names.filter { !$0.hasPrefix("$") }
      let listed: [(String, [String])] = [
        ("Sources", sources),
        ("Stages", Parser.stageNames + Parser.sinkNames.sorted()),
        ("Functions", CompiledExpression.functionNames),
        ("Aggregates", AggregateFunction.allCases.map(\.rawValue)),
        (
          "Other topics",
          topics.keys.filter {
            $0 != "overview" && !sources.contains($0) && !Parser.stageNames.contains($0)
              && !Parser.sinkNames.contains($0)
          }.sorted()
        ),
      ]
      let listWidth = min(96, session.settings.width ?? session.terminalWidth ?? 96)
      let lists = listed.map {
        wrapped("\($0.0): " + $0.1.joined(separator: ", "), width: listWidth)
      }
      return (topics["overview"] ?? "") + "\n" + lists.joined(separator: "\n")
        + "\n\nDot-commands:\n" + dots + "\n"
    }
    let key = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
    if let dot = Session.dotCommands.first(where: { $0.name == key }),
      topic.hasPrefix(".") || topics[key] == nil
    {
      return dot.usage + "\n"
    }
    if let source = session.catalog.sources[key] {
      // Padded to the longest name, never cut: `target_report_id`, not `target_report_`.
      let fields = source.schema.columns.map { c in
        "  \(c.name.count >= 14 ? c.name : c.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(c.type.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(c.help)"
      }
      let also =
        session.catalog.parameterized[key].map { "\nWith arguments: \($0.usage) — \($0.summary)\n" }
        ?? ""
      return "\(key) — \(source.summary)\n" + (topics[key].map { $0 + "\n" } ?? "") + "Fields:\n"
        + fields.joined(separator: "\n") + "\n" + also
    }
    if let source = session.catalog.parameterized[key] {
      return "\(source.usage) — \(source.summary)\n" + (topics[key] ?? "")
    }
    if let text = topics[key] { return text }
    if let aggregate = AggregateFunction(rawValue: key) {
      if aggregate == .corr { return "corr(x, y) — \(aggregate.summary)\n" }
      return "\(key)(x) — \(aggregate.summary)\n"
    }
    let known = Array(topics.keys) + session.catalog.names + Session.dotCommands.map(\.name)
    throw QueryError.unknown("help topic", topic, among: known, at: nil)
  }

  /// Wraps a list at word boundaries to 96 columns, continuation lines indented.
  static func wrapped(_ text: String, width: Int = 96) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = "  " + word
      } else {
        line += (line.isEmpty ? "" : " ") + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines.joined(separator: "\n")
  }

  /// Wraps help text wider than `width` columns at word boundaries, as a terminal user
  /// expects: words are never cut, and a word wider than the screen stays whole on its line.
  /// A paragraph of prose (unindented lines) is reflowed as one; an indented line continues
  /// under its description when aligned (`  load PATH...     read .txt …`), else two columns
  /// past its own indentation.
  static func wrap(_ text: String, width: Int, ambiguousWide: Bool = false) -> String {
    let width = max(width, 20)
    func columns(_ s: some StringProtocol) -> Int {
      DisplayWidth.width(of: String(s), ambiguousWide: ambiguousWide)
    }
    func isProse(_ line: String) -> Bool {
      guard let first = line.first, first != " " else { return false }
      return !line.contains("  ")
    }
    /// The column an indented line's continuation starts at.
    func hanging(_ line: String) -> Int {
      let indent = line.prefix { $0 == " " }.count
      let body = line.dropFirst(indent)
      if let gap = body.range(of: "  "),
        let textStart = body[gap.upperBound...].firstIndex(where: { $0 != " " })
      {
        let column = columns(line[..<textStart])
        if column <= width / 2 { return column }
      }
      return indent + 2
    }
    /// Greedy: as many words as fit on each line, the spaces between them kept as written.
    func broken(_ line: String, hanging: Int) -> [String] {
      var out: [String] = []
      var current = ""
      var pendingSpaces = ""
      var index = line.startIndex
      let indent = String(line.prefix { $0 == " " })
      current = indent
      index = line.index(line.startIndex, offsetBy: indent.count)
      var lineHasWord = false
      while index < line.endIndex {
        if line[index] == " " {
          let end = line[index...].firstIndex { $0 != " " } ?? line.endIndex
          pendingSpaces = String(line[index..<end])
          index = end
          continue
        }
        let end = line[index...].firstIndex(of: " ") ?? line.endIndex
        let word = line[index..<end]
        index = end
        if lineHasWord, columns(current) + columns(pendingSpaces) + columns(word) > width {
          out.append(current)
          current = String(repeating: " ", count: hanging) + word
        } else {
          current += (lineHasWord ? pendingSpaces : "") + word
        }
        lineHasWord = true
        pendingSpaces = ""
      }
      out.append(current)
      return out
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var out: [String] = []
    var i = 0
    while i < lines.count {
      if isProse(lines[i]) {
        var j = i
        while j < lines.count, isProse(lines[j]) { j += 1 }
        let paragraph = lines[i..<j]
        if paragraph.contains(where: { columns($0) > width }) {
          out += broken(paragraph.joined(separator: " "), hanging: 0)
        } else {
          out += paragraph
        }
        i = j
        continue
      }
      out += columns(lines[i]) > width ? broken(lines[i], hanging: hanging(lines[i])) : [lines[i]]
      i += 1
    }
    return out.joined(separator: "\n")
  }
}
