import Testing
@testable import BaogaoQuery

/// `lag`/`lead` by group and order on the made-up fixture: 甲市 has 2020 (4.1) and 2021 (8.0);
/// the other regions one row each.
@Suite("Window functions")
struct WindowTests {
  @Test func lagAndLeadWithinAGroupInOrder() throws {
    let t = try Fixture.run(
      "sample | select region, year, lag(growth by region order year) as prev, "
        + "lead(year by region order year) as next")
    #expect(t.schema.names == ["region", "year", "prev", "next"])
    #expect(
      t.rows == [
        ["甲市", 2020, nil, 2021], ["乙县", 2021, nil, nil], ["丙镇", 2021, nil, nil],
        ["甲市", 2021, 4.1, nil], ["丁区", 2019, nil, nil],
      ])
  }

  @Test func withoutAGroupTheWholeTableInOrder() throws {
    // Ordered by year: 丁区 2019, 甲市 2020, then 乙县, 丙镇, 甲市 (2021, table order kept).
    let t = try Fixture.run(
      "sample | select region, lag(region order year) as before, lag(region, 2 order year) as two")
    #expect(t.column("before") == ["丁区", "甲市", "乙县", "丙镇", nil])
    #expect(t.column("two") == [nil, "丁区", "甲市", "乙县", nil])
  }

  @Test func inAnExpressionAndItsErrors() throws {
    let t = try Fixture.run(
      "sample | select region, growth - lag(growth by region order year) as change")
    #expect(t.column("change")?[3].number.map { abs($0 - 3.9) < 1e-9 } == true)
    #expect(Fixture.error("sample | select lag(growth, -1)")?.contains("whole number") == true)
    #expect(Fixture.error("sample | select lag(grwoth)")?.contains("did you mean 'growth'") == true)
    #expect(
      Fixture.error("sample | where lag(growth order year) > 1")?.contains("works in select")
        == true)
  }
}
