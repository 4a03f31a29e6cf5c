import BaogaoShell
import BaogaoStore
import Foundation
import Testing

/// Every statement gives the same output with and without a store: loaded into memory, loaded
/// into a store, and read back from the store by a new session.
@Suite struct StoreRoundTripTests {
  static let statements = [
    "reports",
    "reports | group level agg count() as n, sum(chars) as c",
    #"reports | where year >= 2020 and level != "city" | select id, region, length(text) as n"#,
    "diagnostics",
    "sections",
    "sentences",
    "terms",
    "indicators",
    "targets",
    #"search "高质量发展""#,
    #"search "增长" | count"#,
    #"search "高质量发展" | count"#,
    #"search "地区生产总值" | group region, section, heading agg count() as n"#,
    #"indicators | where metric == "gdp" | select region, period, growth"#,
    #"targets | where kind == "plan" | count"#,
    #"kwic "地区生产总值" width 8"#,
    #"freq "生态" "创新""#,
    #"indicators | where metric == "gdp" and kind == "target" | group level agg count() as n, mean(growth) as m"#,
    "attainment",
    "strength",
  ]

  @Test func seedsGiveTheSameOutputFromMemoryAndFromTheStore() throws {
    let seeds = try StoreSupport.seeds.path
    let folder = try StoreSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = folder.appendingPathComponent("seeds.db").path

    let (memory, memoryOut) = StoreSupport.session()
    _ = StoreSupport.run(".mode jsonl; load \(seeds)", in: memory, output: memoryOut)

    let (writer, writerOut) = StoreSupport.session()
    _ = StoreSupport.run(".mode jsonl; .open \(db); load \(seeds)", in: writer, output: writerOut)

    let (reader, readerOut) = StoreSupport.session()
    _ = StoreSupport.run(".mode jsonl; .open \(db)", in: reader, output: readerOut)
    #expect(readerOut.stderr.contains("14 reports from 5 files"), "\(readerOut.stderr)")

    for statement in Self.statements {
      let expected = StoreSupport.run(statement, in: memory, output: memoryOut)
      #expect(!expected.isEmpty, "\(statement) printed nothing")
      #expect(
        StoreSupport.run(statement, in: writer, output: writerOut) == expected, "\(statement)")
      #expect(
        StoreSupport.run(statement, in: reader, output: readerOut) == expected, "\(statement)")
    }
  }

  /// The reopened session reads structure and facts from the store rather than computing them:
  /// what it shows is the stored rows (a fact changed by hand in the file shows changed).
  @Test func aReopenedStoreServesStoredFacts() throws {
    let (db, folder, writer, _) = try StoreSupport.seedStore()
    defer { try? FileManager.default.removeItem(at: folder) }
    try withExtendedLifetime(writer) {
      try Sqlite.run(db, "UPDATE facts SET growth = 123.5 WHERE id = 'r1.f1'")
    }
    let (reader, readerOut) = StoreSupport.session()
    let out = StoreSupport.run(
      ".open \(db); .mode csv; indicators | where id == \"r1.f1\" | select growth", in: reader,
      output: readerOut)
    #expect(out == "growth\n123.5\n")
  }
}

/// The `sqlite3` shell, as a researcher would run it on a store.
enum Sqlite {
  @discardableResult
  static func run(_ db: String, _ sql: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["sqlite3", db, sql]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "sqlite3 \(db) '\(sql)' failed")
    return String(decoding: data, as: UTF8.self)
  }
}
