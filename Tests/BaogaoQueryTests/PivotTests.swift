import Testing
@testable import BaogaoQuery

/// `pivot` on a made-up panel (invented figures) where one region and period has both a target
/// and an actual: a cell with several values is an error unless an aggregate is given.
@Suite("Pivot")
struct PivotTests {
  static var context: QueryContext {
    var context = Fixture.context
    context.catalog.tables["facts"] = Table(
      schema: Schema([
        Column("id", .string), Column("region", .string), Column("period", .string),
        Column("kind", .string), Column("growth", .double),
      ]),
      rows: [
        ["r1.f1", "样本市", "2022", "actual", 3.6],
        ["r1.f2", "样本市", "2023", "target", 7.0],
        ["r1.f3", "样本市", "2023", "actual", 1.2],
        ["r2.f1", "示例县", "2023", "actual", 4.5],
      ])
    return context
  }

  static func error(_ text: String) -> String? {
    do {
      _ = try Fixture.run(text, context: context)
      return nil
    } catch let error as QueryError { return error.message } catch { return "\(error)" }
  }

  @Test func severalValuesInACellAreAnErrorNamingTheCellAndTheColumnThatTellsThemApart() throws {
    let message = try #require(Self.error("$facts | pivot region period growth"))
    #expect(message.contains("(region 样本市, period 2023)"), "\(message)")
    #expect(message.contains("2 values of growth (7, 1.2)"), "\(message)")
    // `kind` sets the two rows apart with fewer distinct values than the row id `id`.
    #expect(message.contains("'kind' (target, actual)"), "\(message)")
    #expect(message.contains("tell them apart: keep one with where kind == …"), "\(message)")
    #expect(message.contains("agg mean"), "\(message)")
  }

  @Test func theErrorPointsAtThePivotsFields() throws {
    do {
      _ = try Fixture.run("$facts | pivot region period growth", context: Self.context)
      Issue.record("no error")
    } catch let error as QueryError {
      // `$facts | pivot ` is 15 scalars; `region period growth` ends at 35.
      #expect(error.range == 15..<35)
    }
  }

  @Test func oneValuePerCellNeedsNoAggregate() throws {
    let t = try Fixture.run(
      "$facts | where kind == \"actual\" | pivot region period growth", context: Self.context)
    #expect(t.schema.names == ["region", "2022", "2023"])
    #expect(t.rows == [["样本市", 3.6, 1.2], ["示例县", nil, 4.5]])
  }

  @Test(arguments: [
    ("agg mean", 4.1), ("agg max", 7.0), ("agg min", 1.2), ("agg count", 2), ("mean", 4.1),
    ("agg first", 7.0), ("agg last", 1.2),
  ] as [(String, Value)])
  func anAggregateCombinesTheValues(_ aggregate: String, _ expected: Value) throws {
    let t = try Fixture.run(
      "$facts | pivot region period growth \(aggregate)", context: Self.context)
    #expect(t.schema.names == ["region", "2022", "2023"])
    #expect(t.rows[0][2] == expected)
  }

  @Test func anUnknownAggregateIsAnError() {
    #expect(
      Self.error("$facts | pivot region period growth agg maen")?.contains(
        "unknown aggregate 'maen' (did you mean 'mean'?)") == true)
    #expect(
      Self.error("$facts | pivot region period growth agg")?.contains("expected an aggregate")
        == true)
  }
}

/// Text compared with a number is an error at planning, with a hint, on the made-up fixture.
@Suite("Comparison types")
struct ComparisonTypeTests {
  @Test(arguments: [
    ("sample | where region == 2023", "region is text: write \"2023\""),
    ("sample | where year == \"2021\"", "year is a number: write 2021"),
    ("sample | where \"2021\" == year", "year is a number: write 2021"),
    ("sample | where year < \"2021\"", "year is a number: write 2021"),
    ("sample | where region in [\"甲市\", 2]", "region is text: write \"2\""),
    ("sample | where region == year", "region is text and year is a number"),
  ])
  func textAgainstANumberIsAnError(_ statement: String, _ hint: String) throws {
    let error = try #require(Fixture.error(statement))
    #expect(error.contains("text compared with a number never matches"), "\(error)")
    #expect(error.contains(hint), "\(error)")
  }

  @Test func sameTypesStillCompare() throws {
    #expect(try Fixture.run("sample | where year == 2021").rows.count == 3)
    #expect(try Fixture.run("sample | where growth == 8").rows.count == 1)
    #expect(try Fixture.run("sample | where level == \"city\"").rows.count == 2)
    #expect(try Fixture.run("sample | where growth is null").rows.count == 1)
  }
}

/// `if` and `coalesce` on the made-up fixture (丙镇's growth is null).
@Suite("Conditional functions")
struct ConditionalFunctionTests {
  @Test func ifChoosesABranchPerRow() throws {
    let t = try Fixture.run(
      "sample | select region, if(growth > 6, \"fast\", \"slow\") as pace")
    #expect(t.column("pace") == ["slow", "fast", "slow", "fast", "slow"])
    #expect(t.schema["pace"]?.type == .string)
    #expect(
      Fixture.error("sample | select if(growth > 6, 1)")?.hasPrefix(
        "if() takes 3 arguments, not 2") == true)
  }

  @Test func coalesceTakesTheFirstNonNull() throws {
    let t = try Fixture.run("sample | select region, coalesce(growth, year, 0) as g")
    #expect(t.column("g") == [4.1, 6.5, 2021, 8.0, 5.5])
  }
}

/// Punctuation a Chinese input method types gets an error saying what to type instead.
@Suite("Input-method punctuation")
struct InputMethodPunctuationTests {
  @Test(arguments: [
    ("sample | where level == “town”", "'“' (U+201C) is input-method punctuation: write the string in straight double quotes: \"town\" @ 24..<25"),
    ("sample | where level == ‘town’", "'‘' (U+2018) is input-method punctuation: write the string in straight double quotes"),
    ("sample | where level == 'town'", "unexpected character ''': strings take straight double quotes: \"town\""),
    ("sample ｜ count", "'｜' (U+FF5C) is input-method punctuation: write the ASCII pipe '|' between stages @ 7..<8"),
    ("sample | select region， year", "write the ASCII comma ','"),
    ("sample | select length（region）", "write the ASCII parenthesis '('"),
    ("sample | where year > 2020 && growth > 5", "'&&' is not an operator here: write 'and' @ 27..<29"),
  ])
  func saysWhatToTypeInstead(_ statement: String, _ expected: String) throws {
    let error = try #require(Fixture.error(statement))
    #expect(error.contains(expected), "\(error)")
  }
}

/// Typos that used to run silently or give a misleading error.
@Suite("Typos")
struct TypoTests {
  @Test func aRegexWithAnUnquotedBarSuggestsQuoting() throws {
    let error = try #require(Fixture.error("sample | where region ~ 甲|乙 | count"))
    #expect(error.contains("a regex with '|' is quoted: ~ \"甲|乙\""), "\(error)")
    #expect(try Fixture.run("sample | where region ~ \"甲|乙\" | count").rows == [[3]])
    // An unknown stage after an ordinary stage is still an unknown stage.
    #expect(Fixture.error("sample | where year > 1 | cuont")?.contains("unknown stage") == true)
  }

  @Test func parametersAScriptUses() {
    #expect(
      ParameterUse.names(in: "x | where metric == $metric and year == ${year:-2023} # $metric")
        == ["metric", "year"])
    #expect(
      ParameterUse.unused("metirc", script: "a.bg", uses: ["metric", "year"])
        == "--set metirc=… is not used by a.bg (did you mean 'metric'?)")
    #expect(ParameterUse.unused("metric", script: "a.bg", uses: ["metric"]) == nil)
    #expect(
      ParameterUse.unused("n", script: "-c", uses: [])
        == "--set n=… is not used by -c, which takes no parameters")
  }
}

/// `help`, `quit`, `exit` and `?` without a dot, as in psql and IPython.
@Suite("Words without a dot")
struct WordsWithoutDotTests {
  @Test(arguments: [
    ("help", "help", [String]()), ("help pivot", "help", ["pivot"]), ("?", "help", []),
    ("quit", "quit", []), ("exit", "quit", []),
  ])
  func meanTheDotCommand(_ text: String, _ name: String, _ arguments: [String]) throws {
    let statement = try Parser().parse(StatementText(text: text, offset: 0))
    guard case .dot(let n, let a, _) = statement else {
      Issue.record("not a dot-command: \(statement)")
      return
    }
    #expect(n == name)
    #expect(a == arguments)
  }

  @Test func aPipelineStartingWithSuchAWordIsStillAPipeline() throws {
    // `exit | count` is not the word alone: it stays a pipeline (an unknown source).
    guard case .pipeline = try Parser().parse(StatementText(text: "exit | count", offset: 0)) else {
      Issue.record("not a pipeline")
      return
    }
  }
}
