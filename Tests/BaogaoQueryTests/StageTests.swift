import Testing
@testable import BaogaoQuery

/// Each stage on the made-up five-row table in `Fixture`; expected rows are worked out by hand.
@Suite("Stages")
struct StageTests {
  @Test func whereComparisonsAndLogic() throws {
    #expect(try Fixture.run("sample | where year >= 2021").rows.count == 3)
    #expect(
      try Fixture.run("sample | where year == 2021 and level != \"town\"").column("region") == [
        "乙县", "甲市",
      ])
    #expect(
      try Fixture.run("sample | where level == \"town\" or growth > 7").column("region") == [
        "丙镇", "甲市",
      ])
    #expect(try Fixture.run("sample | where not year == 2021").rows.count == 2)
    #expect(try Fixture.run("sample | where region ~ \"市$\"").rows.count == 2)
    #expect(try Fixture.run("sample | where level in [\"city\", \"town\"]").rows.count == 3)
    #expect(try Fixture.run("sample | where level not in [\"city\", \"town\"]").rows.count == 2)
    #expect(try Fixture.run("sample | where growth is null").column("region") == ["丙镇"])
    #expect(try Fixture.run("sample | where growth is not null").rows.count == 4)
    // A null never satisfies an ordering comparison.
    #expect(try Fixture.run("sample | where growth < 100").rows.count == 4)
  }

  @Test func selectWithComputedColumns() throws {
    let t = try Fixture.run(
      "sample | select region, growth * 2 as double_growth, year - 2000 as yy | limit 2")
    #expect(t.schema.names == ["region", "double_growth", "yy"])
    #expect(t.rows == [["甲市", 8.2, 20], ["乙县", 13.0, 21]])
    #expect(t.schema.columns[2].type == .int)
  }

  @Test func sortIsStableWithDescendingAndNullsFirst() throws {
    #expect(
      try Fixture.run("sample | sort year desc | select region").column("region") == [
        "乙县", "丙镇", "甲市", "甲市", "丁区",
      ])
    #expect(
      try Fixture.run("sample | sort growth | select region").column("region") == [
        "丙镇", "甲市", "丁区", "乙县", "甲市",
      ])
    #expect(
      try Fixture.run("sample | sort level, year desc | select year").column("year") == [
        2021, 2020, 2021, 2019, 2021,
      ])
  }

  @Test func limitFirstCount() throws {
    #expect(try Fixture.run("sample | limit 2").rows.count == 2)
    #expect(try Fixture.run("sample | first 10").rows.count == 5)
    #expect(try Fixture.run("sample | where year == 2021 | count").rows == [[3]])
    #expect(try Fixture.run("sample | where year == 1990 | count").rows == [[0]])
  }

  @Test func distinctAndTop() throws {
    #expect(
      try Fixture.run("sample | distinct region").column("region") == ["甲市", "乙县", "丙镇", "丁区"])
    #expect(
      try Fixture.run("sample | top 2 by growth | select region, growth").rows == [
        ["甲市", 8.0], ["乙县", 6.5],
      ])
  }

  @Test func groupWithAggregates() throws {
    let t = try Fixture.run("sample | group region agg count(), mean(growth) as g, max(year)")
    #expect(t.schema.names == ["region", "count", "g", "max_year"])
    // 甲市: growth 4.1 and 8.0 → mean 6.05; 丙镇's null growth is ignored → mean null.
    #expect(
      t.rows == [
        ["甲市", 2, 6.05, 2021], ["乙县", 1, 6.5, 2021], ["丙镇", 1, nil, 2021], ["丁区", 1, 5.5, 2019],
      ])
    #expect(try Fixture.run("sample | group agg sum(year)").rows == [[10102]])
  }

  @Test func pivotRowsByColumns() throws {
    let t = try Fixture.run("sample | pivot region year growth")
    #expect(t.schema.names == ["region", "2019", "2020", "2021"])
    #expect(t.rows[0] == ["甲市", nil, 4.1, 8.0])
    #expect(t.rows[3] == ["丁区", 5.5, nil, nil])
    // Columns made by pivot can be used by the stages after it.
    let sorted = try Fixture.run(
      "sample | pivot region year growth | where `2021` is not null | sort region")
    #expect(sorted.column("region") == ["乙县", "甲市"])
  }

  @Test func joinWithKeptTable() throws {
    var context = Fixture.context
    context.catalog.tables["lv"] = Table(
      schema: Schema([Column("level", .string), Column("rank", .int)]),
      rows: [["city", 2], ["county", 3]])
    let inner = try Fixture.run(
      "sample | join $lv on level | select region, rank", context: context)
    #expect(inner.rows == [["甲市", 2], ["乙县", 3], ["甲市", 2]])
    let left = try Fixture.run(
      "sample | join $lv on level left | select region, rank", context: context)
    #expect(left.rows.count == 5)
    #expect(left.rows[2] == ["丙镇", nil])
  }

  @Test func numbersPrintExactly() {
    #expect(Value.double(1002.18).text == "1002.18")
    #expect(Value.double(0.1 + 0.2).text == "0.3")
    #expect(Value.double(3.0).text == "3")
    #expect(Value.double(-0.5).jsonText == "-0.5")
    #expect(Value.string("引号\"和\n换行").jsonText == "\"引号\\\"和\\n换行\"")
  }
}
