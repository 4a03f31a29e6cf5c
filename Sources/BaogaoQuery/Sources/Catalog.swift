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
  /// Tables kept with `let` or `.import`, by name without `$`.
  public var tables: [String: Table] = [:]
  /// The reports each `let` table was made from, by name; none for an imported table, which
  /// holds no report's data.
  public private(set) var provenance: [String: TableProvenance] = [:]

  public init(sources: [any Source] = [], parameterized: [any ParameterizedSource] = []) {
    for s in sources { register(s) }
    for p in parameterized { register(p) }
  }

  public mutating func register(_ source: any Source) { sources[source.name] = source }
  public mutating func register(_ source: any ParameterizedSource) {
    parameterized[source.name] = source
  }

  /// Keeps `table` as `$name`. `madeFrom` is the corpus it was computed over (nil for a table
  /// read from a file), so that a later `load` can say the table no longer reflects it.
  public mutating func keep(_ table: Table, as name: String, madeFrom: TableProvenance?) {
    tables[name] = table
    provenance[name] = madeFrom
  }

  /// The provenance a `let` of `pipeline` gets over the reports `reportIDs`: the reports, unless
  /// the pipeline reads only kept tables that themselves have none (`let t = $gdp | where …`).
  public func provenance(of pipeline: Pipeline, statement: String, reportIDs: [String])
    -> TableProvenance?
  {
    let readsCorpus =
      !pipeline.source.name.hasPrefix("$")
      || provenance[String(pipeline.source.name.dropFirst())] != nil
      || pipeline.stages.contains { $0.stage is JoinStage }
    return readsCorpus ? TableProvenance(reportIDs: reportIDs, statement: statement) : nil
  }

  /// Kept tables made from other reports than `reportIDs`, the corpus now: after a `load`, they
  /// miss what it added.
  public func staleTables(reportIDs: [String]) -> [(name: String, provenance: TableProvenance)] {
    provenance.filter { $0.value.reportIDs != reportIDs }.sorted { $0.key < $1.key }
      .map { ($0.key, $0.value) }
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

/// What a `let` table was made from: the reports loaded when it was computed, and the statement,
/// so that a warning can show how to make it again.
public struct TableProvenance: Sendable, Hashable {
  /// Report ids in load order.
  public var reportIDs: [String]
  public var statement: String

  public init(reportIDs: [String], statement: String) {
    self.reportIDs = reportIDs
    self.statement = statement
  }

  /// `31 reports (r1–r31)`, `1 report (r4)`, `no reports`.
  public var reportsDescription: String {
    guard let first = reportIDs.first, let last = reportIDs.last else { return "no reports" }
    let n = reportIDs.count
    return "\(n) report\(n == 1 ? "" : "s") (\(n == 1 ? first : "\(first)–\(last)"))"
  }
}
