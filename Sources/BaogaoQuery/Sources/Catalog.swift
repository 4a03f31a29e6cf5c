/// A source that takes arguments: `search "绿色|低碳"`, `freq 印度 印度尼西亚`, `compare r1 r2`.
///
/// Binding checks the arguments and yields a plain `Source` whose schema is then known.
public protocol ParameterizedSource: Sendable {
  var name: String { get }
  var summary: String { get }
  /// `freq TERM... | freq @DICT`, for help and error messages.
  var usage: String { get }
  func bind(_ arguments: [Token], in context: SourceContext) throws(QueryError) -> any Source
}

/// The names a pipeline can start from: built-in sources, sources with arguments, and tables
/// kept with `let NAME = …` (read back as `$NAME`).
public struct Catalog: Sendable {
  public private(set) var sources: [String: any Source] = [:]
  public private(set) var parameterized: [String: any ParameterizedSource] = [:]
  /// Tables kept with `let`, by name without `$`.
  public var tables: [String: Table] = [:]

  public init(sources: [any Source] = [], parameterized: [any ParameterizedSource] = []) {
    for s in sources { register(s) }
    for p in parameterized { register(p) }
  }

  public mutating func register(_ source: any Source) { sources[source.name] = source }
  public mutating func register(_ source: any ParameterizedSource) {
    parameterized[source.name] = source
  }

  /// Every name a pipeline may start with, sorted (for completion and suggestions).
  public var names: [String] {
    Array(Set(sources.keys).union(parameterized.keys)).sorted()
      + tables.keys.map { "$" + $0 }.sorted()
  }

  /// Resolves a pipeline's first word with its arguments to a source.
  public func resolve(_ call: SourceCall, in context: SourceContext) throws(QueryError)
    -> any Source
  {
    if call.name.hasPrefix("$") {
      let name = String(call.name.dropFirst())
      guard let table = tables[name] else {
        throw .unknown("table", call.name, among: tables.keys.map { "$" + $0 }, at: call.nameRange)
      }
      return StoredTable(name: call.name, stored: table)
    }
    // One name may be both: `terms` is the glossary, `terms top 20` the most frequent words.
    if let source = parameterized[call.name], !call.arguments.isEmpty || sources[call.name] == nil {
      return try source.bind(call.arguments, in: context)
    }
    if let source = sources[call.name] {
      if let extra = call.arguments.first {
        throw QueryError(
          "'\(call.name)' takes no arguments; use '| where …' to filter", at: extra.range)
      }
      return source
    }
    throw .unknown("source", call.name, among: names, at: call.nameRange)
  }
}

/// A table kept with `let`, as a source.
struct StoredTable: Source {
  var name: String
  var stored: Table
  var schema: Schema { stored.schema }
  var summary: String { "table kept with let" }
  func table(in context: SourceContext) throws -> Table { stored }
}

/// What stages see while a pipeline is planned and run.
public struct QueryContext: Sendable {
  public var sources: SourceContext
  public var catalog: Catalog

  public init(sources: SourceContext, catalog: Catalog) {
    self.sources = sources
    self.catalog = catalog
  }
}
