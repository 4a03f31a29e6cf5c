import BaogaoCore
import BaogaoShell
import BaogaoStore
import Foundation
import GRDB
import Testing

/// `kill -9` in the middle of a load: the built executable loads a folder of real lawtext
/// reports into a store and is killed once some files are in. The store is intact, every file
/// it holds is whole (all its reports, each with its structure and facts), and loading the
/// folder again adds exactly the files that were missing.
@Suite struct StoreKillTests {
  @Test func aKilledLoadLeavesEveryCommittedFileWholeAndNothingElse() throws {
    let lawtext = try StoreSupport.corpus.appendingPathComponent("lawtext")
    let folder = try StoreSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = folder.appendingPathComponent("corpus")
    let fm = FileManager.default
    try fm.createDirectory(at: corpus, withIntermediateDirectories: true)
    // 120 real reports, every 15th lawtext file, under flat names.
    let all = try #require(fm.enumerator(atPath: lawtext.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".md") }.sorted()
    let picked = stride(from: 0, to: all.count, by: 15).prefix(120).map { all[$0] }
    for (i, path) in picked.enumerated() {
      try fm.copyItem(
        at: lawtext.appendingPathComponent(path),
        to: corpus.appendingPathComponent(String(format: "%03d.md", i)))
    }
    let db = folder.appendingPathComponent("corpus.db").path

    let process = Process()
    process.executableURL = try StoreSupport.executable
    process.arguments = ["--db", db, "-c", "load \(corpus.path)"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Kill it once at least 10 files are committed.
    var committed = 0
    let deadline = Date().addingTimeInterval(600)
    while process.isRunning, Date() < deadline {
      usleep(20_000)
      committed = (try? Self.fileCount(db)) ?? 0
      if committed >= 10 { break }
    }
    try #require(process.isRunning, "the load ended before it could be killed (\(committed) files)")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)

    let queue = try DatabaseQueue(path: db)
    let integrity = try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    #expect(integrity == ["ok"])
    let files = try queue.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT f.path, count(r.id) AS reports, coalesce(sum(r.indexed), 0) AS indexed,
            coalesce(sum((SELECT count(*) FROM sentences s WHERE s.report_id = r.id) > 0), 0) AS structured
          FROM files f LEFT JOIN reports r ON r.file_id = f.id GROUP BY f.id ORDER BY f.path
          """)
    }
    try queue.close()
    #expect(files.count >= 10 && files.count < picked.count, "\(files.count) files stored")
    // Each stored file holds exactly the reports a load of it alone gives, all indexed.
    for row in files {
      let path: String = row["path"]
      let expected = ReportLoader().load([path]).reports.count
      #expect(row["reports"] as Int == expected, "\(path)")
      #expect(row["indexed"] as Int == expected, "\(path)")
      #expect(row["structured"] as Int == expected, "\(path)")
    }

    // Loading the folder again skips the stored files and adds the rest.
    let output = CapturedOutput()
    let session = Session(output: output)
    let status = session.run(".open \(db); load \(corpus.path)", origin: Origin(directory: "/"))
    #expect(status == .ok, "\(output.stderr)")
    #expect(output.stderr.contains("(\(files.count) unchanged, 0 replaced)"), "\(output.stderr)")
    #expect(try Self.fileCount(db) == picked.count)
    // …and holds what an uninterrupted load of the folder reads, in the same order.
    let whole = ReportLoader().load([corpus.path]).reports
    #expect(session.corpus.reports.map(\.doc) == whole.map(\.doc))
    #expect(session.corpus.reports.map(\.text) == whole.map(\.text))
  }

  static func fileCount(_ path: String) throws -> Int {
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? queue.close() }
    return try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM files") ?? 0 }
  }
}
