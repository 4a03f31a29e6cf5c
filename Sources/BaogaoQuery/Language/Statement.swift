/// A parsed statement of the command language.
public enum Statement: Sendable {
  /// `.mode jsonl`: a session command, with its words (quotes removed, `$NAME` expanded).
  case dot(name: String, arguments: [String], range: Range<Int>)
  /// `load PATH...`, `show ID`, `source ID`: a command that takes words, not expressions.
  case command(name: String, arguments: [String], range: Range<Int>)
  /// `reports | where year > 2020 | select region`
  case pipeline(Pipeline)
  /// `let big = indicators | where value > 1000`
  case assignment(name: String, pipeline: Pipeline, range: Range<Int>)
}

/// The first word of a pipeline and its arguments: `reports`, `freq 绿色 低碳`, `$big`.
public struct SourceCall: Sendable {
  public var name: String
  public var nameRange: Range<Int>
  public var arguments: [Token]
}

/// A stage as written, with its place for error messages.
public struct StageCall: Sendable {
  public var name: String
  public var stage: any Stage
  public var range: Range<Int>
}

/// The end of a pipeline that sends the table somewhere: `export out.xlsx`, `chart bar region value`.
public struct Sink: Sendable {
  public var name: String
  public var arguments: [String]
  public var range: Range<Int>
}

public struct Pipeline: Sendable {
  public var source: SourceCall
  public var stages: [StageCall]
  public var sink: Sink?
}
