import BaogaoCore
@testable import BaogaoQuery

/// A made-up table of five reports (invented figures) for stage tests; answers in the tests are
/// worked out by hand from these rows.
enum Fixture {
  static let schema = Schema([
    Column("region", .string), Column("level", .string), Column("year", .int),
    Column("growth", .double),
  ])

  static let table = Table(
    schema: schema,
    rows: [
      ["甲市", "city", 2020, 4.1],
      ["乙县", "county", 2021, 6.5],
      ["丙镇", "town", 2021, nil],
      ["甲市", "city", 2021, 8.0],
      ["丁区", "district", 2019, 5.5],
    ])

  struct FixtureSource: Source {
    var name: String { "sample" }
    var schema: Schema { Fixture.schema }
    var summary: String { "made-up rows" }
    func table(in context: SourceContext) throws -> Table { Fixture.table }
  }

  static var context: QueryContext {
    QueryContext(
      sources: SourceContext(corpus: Corpus()),
      catalog: Catalog(sources: [FixtureSource(), ReportsSource()]))
  }

  /// Parses and runs one pipeline statement over the fixture.
  static func run(_ text: String, context: QueryContext = Fixture.context) throws -> Table {
    guard case .pipeline(let p) = try Parser().parse(StatementText(text: text, offset: 0)) else {
      throw QueryError("not a pipeline")
    }
    return try QueryEngine.run(p, in: context)
  }

  /// The error a statement gives, as text: `message @ start..<end`.
  static func error(_ text: String, variables: [String: String] = [:]) -> String? {
    do {
      let statement = try Parser(variables: variables).parse(StatementText(text: text, offset: 0))
      if case .pipeline(let p) = statement { _ = try QueryEngine.run(p, in: context) }
      return nil
    } catch {
      return
        "\(error.message) @ \(error.range.map { "\($0.lowerBound)..<\($0.upperBound)" } ?? "-")"
    }
  }
}
