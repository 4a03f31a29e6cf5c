import BaogaoCore
import Testing

@testable import BaogaoQuery

/// What a pipeline tells its source: the leading `where`s' simple conditions, which decide a row
/// as `where` does, and the columns its stages read.
@Suite struct SourceRequestTests {
  /// Made-up rows with nulls, whole and fractional numbers, and strings.
  static let schema = Schema([
    Column("name", .string), Column("n", .int), Column("x", .double), Column("flag", .bool),
  ])
  static let rows: [[Value]] = [
    ["甲", 2021, 6.5, true], ["乙", nil, 6.0, false], [nil, 2020, nil, true],
    ["gdp", 2019, 6, false], ["GDP", 2022, -1.5, true],
  ]

  static let conditions = [
    #"name == "甲""#, #"name != "甲""#, #"name in ["乙", "gdp"]"#, #"name not in ["乙"]"#,
    "name is null", "name is not null", "n == 2021", "n != 2021", "n < 2021", "n <= 2021",
    "n > 2020.5", "n >= 2020", "2021 > n", "x == 6", "x != 6.0", "x < 6.5", "x >= 6",
    "x in [6, -1.5]", "x not in [6]", "x is null", "flag == true", "flag != false",
    #"n >= 2020 and x < 7 and name != "乙""#,
  ]

  /// Each condition, as filters over the rows, keeps exactly the rows `where` keeps.
  @Test(arguments: conditions) func filtersDecideAsWhereDoes(_ condition: String) throws {
    let table = Table(schema: Self.schema, rows: Self.rows)
    let stage = try Self.stages("where \(condition)")
    let request = SourceRequest(stages: stage, over: Self.schema)
    #expect(!request.filters.isEmpty, "\(condition) gave no filter")
    let kept = table.rows.filter { request.keeps($0, of: Self.schema) }
    let expected = try stage[0].apply(table, in: Fixture.context).rows
    #expect(kept == expected, "\(condition)")
  }

  /// Conditions over two columns, functions or `or` are left to `where`.
  @Test func otherConditionsAreLeftToWhere() throws {
    for condition in ["n == x", "length(name) > 1", #"name == "甲" or n == 2020"#, "not flag"] {
      let request = SourceRequest(stages: try Self.stages("where \(condition)"), over: Self.schema)
      #expect(request.filters.isEmpty, "\(condition)")
    }
  }

  @Test func columnsAreThoseReadBeforeAStageThatMakesNewRows() throws {
    func columns(_ text: String) throws -> Set<String>? {
      SourceRequest(stages: try Self.stages(text), over: Self.schema).columns
    }
    #expect(try columns("where n > 2020 | group name agg mean(x) as m") == ["n", "name", "x"])
    #expect(try columns("sort x | limit 2 | select name") == ["x", "name"])
    #expect(try columns("count") == [])
    #expect(try columns("distinct name | count") == ["name"])
    #expect(try columns("where n > 2020") == nil)
    #expect(try columns("distinct | count") == nil)
    // A where after a limit is not a filter of the source's rows.
    let late = SourceRequest(stages: try Self.stages("limit 2 | where n > 2020"), over: Self.schema)
    #expect(late.filters.isEmpty)
  }

  private static func stages(_ text: String) throws -> [any Stage] {
    guard
      case .pipeline(let p) = try Parser().parse(
        StatementText(text: "sample | " + text, offset: 0))
    else { throw QueryError("not a pipeline") }
    return p.stages.map(\.stage)
  }
}
