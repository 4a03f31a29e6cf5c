import Testing
@testable import BaogaoQuery

@Suite("Parser")
struct ParserTests {
  @Test("statements split at newlines and ';', not inside strings or comments")
  func splitting() {
    let parts = StatementSplitter.split(
      "load a.txt; .mode jsonl\nreports | where title == \"a;b\" # c;d\n\n")
    #expect(parts.map(\.text) == ["load a.txt", ".mode jsonl", "reports | where title == \"a;b\""])
    #expect(parts.map(\.offset) == [0, 12, 24])
  }

  @Test("a line ending in | or \\ continues on the next")
  func continuation() {
    let parts = StatementSplitter.split("reports |\n  where year > 2020\nreports \\\n| count")
    #expect(parts.count == 2)
    #expect(parts[0].text.hasPrefix("reports |"))
    #expect(parts[0].text.hasSuffix("where year > 2020"))
    #expect(StatementSplitter.needsContinuation("reports |"))
    #expect(StatementSplitter.needsContinuation("reports | where title == \"open"))
    #expect(!StatementSplitter.needsContinuation("reports | count"))
  }

  @Test("dot-commands and word commands take words; quotes group, $NAME expands")
  func words() throws {
    let p = Parser(variables: ["dir": "语料"])
    guard
      case .dot(let name, let args, _) = try p.parse(
        StatementText(text: ".output \"my file.csv\"", offset: 0))
    else {
      Issue.record("not a dot command"); return
    }
    #expect(name == "output")
    #expect(args == ["my file.csv"])
    guard
      case .command("load", let paths, _) = try p.parse(
        StatementText(text: "load $dir/a.txt ${other:-b.txt}", offset: 0))
    else {
      Issue.record("not load"); return
    }
    #expect(paths == ["语料/a.txt", "b.txt"])
  }

  @Test("pipelines: source, stages and a sink")
  func pipeline() throws {
    let text =
      "reports | where year >= 2020 and level == \"county\" | sort year desc | select region, year | limit 5 | export out.csv"
    guard case .pipeline(let p) = try Parser().parse(StatementText(text: text, offset: 0)) else {
      Issue.record("not a pipeline"); return
    }
    #expect(p.source.name == "reports")
    #expect(p.stages.map(\.name) == ["where", "sort", "select", "limit"])
    #expect(p.sink?.name == "export")
    #expect(p.sink?.arguments == ["out.csv"])
  }

  @Test("let keeps a pipeline under a name")
  func assignment() throws {
    guard
      case .assignment(let name, let p, _) = try Parser().parse(
        StatementText(text: "let big = reports | where chars > 10", offset: 0))
    else {
      Issue.record("not let"); return
    }
    #expect(name == "big")
    #expect(p.stages.count == 1)
  }

  /// Bad statements and the exact message and place each gives.
  @Test(arguments: [
    ("sample | where yaer > 2000", "unknown field 'yaer' (did you mean 'year'?) @ 15..<19"),
    ("sample | wher year > 2000", "unknown stage 'wher' (did you mean 'where'?) @ 9..<13"),
    ("sampel | count", "unknown source 'sampel' (did you mean 'sample'?) @ 0..<6"),
    ("sample | where year = 2020", "use '==' to compare @ 20..<21"),
    ("sample | where year >", "expected an expression, found end of statement @ 21..<21"),
    (
      "sample | limit x", "expected a row count after 'limit' (a whole number), found 'x' @ 15..<16"
    ),
    ("sample | where region == \"甲市", "unterminated string @ 25..<28"),
    ("sample |", "expected a stage after '|' @ 7..<8"),
    (
      "sample | select region as",
      "expected a column name after 'as', found end of statement @ 25..<25"
    ),
    (
      "sample | sort year | export a.csv | count",
      "'export' must be the last stage of a pipeline @ 21..<27"
    ),
    (
      "sample | where lenght(region) > 1",
      "unknown function 'lenght' (did you mean 'length'?) @ 15..<29"
    ),
    ("sample | group level agg avg(growth)", "unknown aggregate 'avg' @ 25..<28"),
    ("sample | where region ~ \"(\"", "invalid regular expression \"(\": mismatched paren @ 24..<27"),
    ("sample | where year == $y", "unknown parameter '$y' @ 23..<25"),
    ("sample | where year > 2000 )", "unexpected ')' in 'where' @ 27..<28"),
    ("sample | where year ! 2", "unexpected character '!' @ 20..<21"),
  ])
  func errors(statement: String, expected: String) {
    #expect(Fixture.error(statement) == expected)
  }

  @Test("parameters become literals of the right type")
  func parameters() throws {
    let p = Parser(variables: ["y": "2021", "lvl": "city"])
    guard
      case .pipeline(let pipeline) = try p.parse(
        StatementText(text: "sample | where year == $y and level == $lvl", offset: 0))
    else {
      Issue.record("not a pipeline"); return
    }
    let table = try QueryEngine.run(pipeline, in: Fixture.context)
    #expect(table.rows.count == 1)
    #expect(table.rows[0][0] == "甲市")
  }
}
