import Testing

@testable import BaogaoQuery

/// Aggregates over small made-up columns whose answers are worked out by hand in each test.
@Suite struct AggregateTests {
  /// Made-up growth targets with a gap: 5.5, null, 6.5, 7, 6 (a null the aggregates must skip).
  let growth: [Value] = [5.5, nil, 6.5, 7, 6]

  @Test func countIgnoresNullsUnlessCountingRows() {
    #expect(AggregateFunction.count.apply(growth) == .int(4))
    #expect(AggregateFunction.count.apply(growth, countingNulls: true) == .int(5))
    #expect(AggregateFunction.count.apply([]) == .int(0))
  }

  @Test func sumAndMean() {
    // 5.5 + 6.5 + 7 + 6 = 25; 25 / 4 = 6.25
    #expect(AggregateFunction.sum.apply(growth) == .double(25))
    #expect(AggregateFunction.mean.apply(growth) == .double(6.25))
    // Integers stay integers: 1 + 2 + 3 = 6.
    #expect(AggregateFunction.sum.apply([1, 2, nil, 3]) == .int(6))
    #expect(AggregateFunction.sum.apply([nil, nil]) == .null)
    #expect(AggregateFunction.mean.apply([]) == .null)
  }

  @Test func medianAndPercentilesInterpolateLikeNumpy() {
    // Sorted: 5.5, 6, 6.5, 7 (n = 4). median: h = 1.5 → 6 + 0.5 × 0.5 = 6.25.
    #expect(AggregateFunction.median.apply(growth) == .double(6.25))
    // p25: h = 0.75 → 5.5 + 0.75 × 0.5 = 5.875. p75: h = 2.25 → 6.5 + 0.25 × 0.5 = 6.625.
    #expect(AggregateFunction.p25.apply(growth) == .double(5.875))
    #expect(AggregateFunction.p75.apply(growth) == .double(6.625))
    // numpy.percentile([1, 2, 3, 4], 25) == 1.75; odd count median is the middle value.
    #expect(Percentile.of([4, 1, 3, 2], 0.25) == 1.75)
    #expect(AggregateFunction.median.apply([3, 1, 2]) == .double(2))
    #expect(AggregateFunction.p75.apply([9]) == .double(9))
  }

  @Test func sampleStandardDeviation() {
    // mean 6.25; squared deviations 0.5625, 0.0625, 0.0625, 0.5625 = 1.25; / (4 − 1) = 0.41666…
    let s = try! #require(AggregateFunction.stdev.apply(growth).number)
    #expect(abs(s - (1.25 / 3).squareRoot()) < 1e-12)
    // 2, 4, 4, 4, 5, 5, 7, 9: population sd is 2; sample sd is sqrt(32 / 7).
    let t = try! #require(AggregateFunction.stdev.apply([2, 4, 4, 4, 5, 5, 7, 9]).number)
    #expect(abs(t - (32.0 / 7).squareRoot()) < 1e-12)
    #expect(AggregateFunction.stdev.apply([5]) == .null)
  }

  @Test func minMaxFirstLast() {
    #expect(AggregateFunction.min.apply(growth) == .double(5.5))
    #expect(AggregateFunction.max.apply(growth) == .int(7))
    #expect(AggregateFunction.first.apply([nil, "广东省", "云浮市"]) == "广东省")
    #expect(AggregateFunction.last.apply(["广东省", "云浮市", nil]) == "云浮市")
    #expect(AggregateFunction.min.apply(["b", "a", nil]) == "a")
  }

  @Test func aggregatesOverATableColumn() throws {
    // Made-up table: three reports and their 10k-character lengths.
    let table = Table(
      schema: Schema([Column("region", .string), Column("year", .int), Column("chars", .int)]),
      rows: [["云浮市", 2021, 12000], ["云浮市", 2022, 15000], ["罗定市", 2021, nil]])
    let chars = try #require(table.column("chars"))
    #expect(AggregateFunction.sum.apply(chars) == .int(27000))
    #expect(AggregateFunction.mean.apply(chars) == .double(13500))
    #expect(AggregateFunction.count.apply(chars, countingNulls: true) == .int(3))
  }

  @Test func resultTypes() {
    #expect(AggregateFunction.sum.resultType(for: .int) == .int)
    #expect(AggregateFunction.mean.resultType(for: .int) == .double)
    #expect(AggregateFunction.max.resultType(for: .string) == .string)
    #expect(AggregateFunction.allCases.count == 12)
    #expect(AggregateFunction.corr.resultType(for: .int) == .double)
  }
}

/// `corr(x, y)` as an aggregate; expected values worked out by hand.
@Suite("Correlation")
struct CorrelationTests {
  @Test func pearsonOverCompletePairs() throws {
    // Made-up pairs: y = 2x + 1 exactly, then y falling as x rises; the null pair is dropped.
    #expect(AggregateFunction.correlation([(1, 3), (2, 5), (3, 7), (4, nil)]) == .double(1))
    #expect(AggregateFunction.correlation([(1, 3), (2, 2), (3, 1)]) == .double(-1))
    // x = 1,2,3 and y = 1,3,2: sxy = 1, sxx = 2, syy = 2 → 0.5.
    #expect(AggregateFunction.correlation([(1, 1), (2, 3), (3, 2)]) == .double(0.5))
    #expect(AggregateFunction.correlation([(1, 1)]) == .null)
    #expect(AggregateFunction.correlation([(1, 1), (1, 2)]) == .null)
  }

  @Test func inAGroupStage() throws {
    // The fixture's complete pairs (year, growth): (2020, 4.1), (2021, 6.5), (2021, 8.0),
    // (2019, 5.5); year of 丙镇 has no growth and is dropped.
    let t = try Fixture.run("sample | group agg corr(year, growth) as r, count()")
    #expect(t.schema.names == ["r", "count"])
    let xs = [2020.0, 2021, 2021, 2019], ys = [4.1, 6.5, 8.0, 5.5]
    let (mx, my) = (xs.reduce(0, +) / 4, ys.reduce(0, +) / 4)
    let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
    let sxx = xs.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }
    let syy = ys.reduce(0) { $0 + ($1 - my) * ($1 - my) }
    let r = try #require(t.rows[0][0].number)
    #expect(abs(r - sxy / (sxx * syy).squareRoot()) < 1e-12)
    #expect(try Fixture.run("sample | group level agg corr(year, growth)").schema.names == [
      "level", "corr_year_growth",
    ])
    #expect(Fixture.error("sample | group agg corr(year)")?.contains("second field") == true)
    #expect(Fixture.error("sample | pivot region year growth agg corr")?.contains("two fields") == true)
  }
}
