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
      let sources = session.catalog.names.filter { !$0.hasPrefix("$") }.joined(separator: ", ")
      return (topics["overview"] ?? "") + "\nSources: \(sources)\n\nDot-commands:\n" + dots + "\n"
    }
    let key = topic.hasPrefix(".") ? String(topic.dropFirst()) : topic
    if let dot = Session.dotCommands.first(where: { $0.name == key }),
      topic.hasPrefix(".") || topics[key] == nil
    {
      return dot.usage + "\n"
    }
    if let source = session.catalog.sources[key] {
      let fields = source.schema.columns.map { c in
        "  \(c.name.padding(toLength: 14, withPad: " ", startingAt: 0)) \(c.type.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(c.help)"
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
      return "\(key)(x) — \(aggregate.summary)\n"
    }
    let known = Array(topics.keys) + session.catalog.names + Session.dotCommands.map(\.name)
    throw QueryError.unknown("help topic", topic, among: known, at: nil)
  }
}
