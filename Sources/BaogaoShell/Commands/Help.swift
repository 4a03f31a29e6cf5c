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

  static func text(for topic: String?, session: Session) throws -> String {
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
      let lists = listed.map { wrapped("\($0.0): " + $0.1.joined(separator: ", ")) }
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
}
