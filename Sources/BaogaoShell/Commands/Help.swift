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

  /// Wraps each line wider than `width` columns at its last spaces that fit, as a terminal
  /// user expects: words are never cut, and a line too long to break stays whole. A continued
  /// line is indented under the text it continues — under the description in an aligned line
  /// (`  load PATH...     read .txt …`), else two columns past the line's own indentation.
  static func wrap(_ text: String, width: Int, ambiguousWide: Bool = false) -> String {
    let width = max(width, 20)
    func columns(_ s: Substring) -> Int {
      DisplayWidth.width(of: String(s), ambiguousWide: ambiguousWide)
    }
    var out: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard columns(line) > width else {
        out.append(line)
        continue
      }
      let indent = line.prefix { $0 == " " }.count
      // An aligned line: a gap of two or more spaces after the first word puts the text in a column.
      var hanging = indent + 2
      let body = line.dropFirst(indent)
      if let gap = body.range(of: "  "),
        let textStart = body[gap.upperBound...].firstIndex(where: { $0 != " " })
      {
        let column = columns(line[..<textStart])
        if column < width / 2 { hanging = column }
      }
      var rest = line
      var first = true
      while true {
        let prefix = first ? "" : String(repeating: " ", count: hanging)
        let available = width - (first ? 0 : hanging)
        if columns(rest) <= available {
          out.append(Substring(prefix) + rest)
          break
        }
        // The last space at which the text before it fits, past the indentation.
        var cut: Substring.Index?
        var used = 0
        var i = rest.startIndex
        let textStart = rest.firstIndex { $0 != " " } ?? rest.startIndex
        while i < rest.endIndex {
          let c = rest[i]
          if c == " ", i > textStart, used <= available { cut = i }
          used += DisplayWidth.width(of: c, ambiguousWide: ambiguousWide)
          if used > available { break }
          i = rest.index(after: i)
        }
        guard let at = cut else {
          // No space to break at within the width: keep the word whole, break after it.
          if let next = rest[textStart...].firstIndex(of: " ") {
            cut = next
          } else {
            out.append(Substring(prefix) + rest)
            break
          }
          let at = cut!
          out.append(Substring(prefix) + rest[..<at])
          rest = rest[at...].drop { $0 == " " }
          first = false
          if rest.isEmpty { break }
          continue
        }
        var end = at
        while end > rest.startIndex, rest[rest.index(before: end)] == " " {
          end = rest.index(before: end)
        }
        out.append(Substring(prefix) + rest[..<end])
        rest = rest[at...].drop { $0 == " " }
        first = false
        if rest.isEmpty { break }
      }
    }
    return out.joined(separator: "\n")
  }
}
