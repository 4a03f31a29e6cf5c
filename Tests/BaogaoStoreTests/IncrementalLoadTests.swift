import BaogaoCore
import BaogaoShell
import BaogaoStore
import Foundation
import Testing

/// `load` into a store skips files whose bytes it already holds and replaces a changed file's
/// reports, on copies of the real seeds in a temporary folder.
@Suite struct IncrementalLoadTests {
  @Test func unchangedFilesAreSkippedAndAChangedFileIsReplaced() throws {
    let seeds = try StoreSupport.seeds
    let folder = try StoreSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let fm = FileManager.default
    let county = seeds.appendingPathComponent("2024-county-anonymized-guangdong.txt")
    let webPage = seeds.appendingPathComponent("2019-2021-guangdong-web-page-10-reports.txt")
    let tongwei = seeds.appendingPathComponent("2024-tongwei-county-gansu-traditional.txt")
    let a = corpus.appendingPathComponent("a.txt")
    let b = corpus.appendingPathComponent("b.txt")
    try fm.copyItem(at: county, to: a)
    try fm.copyItem(at: webPage, to: b)
    let db = folder.appendingPathComponent("corpus.db").path

    let (session, out) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db); load \(corpus.path)", in: session, output: out)
    #expect(session.corpus.reports.count == 11)  // 1 county report + the page's 10
    let first = StoreSupport.run(
      ".mode csv; reports | select id, doc, region", in: session, output: out)

    // Loading again: both files unchanged, nothing read, nothing new.
    _ = StoreSupport.run("load \(corpus.path)", in: session, output: out)
    #expect(out.stderr.contains("a.txt: unchanged since"), "\(out.stderr)")
    #expect(out.stderr.contains("b.txt: unchanged since"), "\(out.stderr)")
    #expect(StoreSupport.run("reports | select id, doc, region", in: session, output: out) == first)

    // b.txt now holds another report: its ten reports go, the new one comes in.
    try fm.removeItem(at: b)
    try fm.copyItem(at: tongwei, to: b)
    _ = StoreSupport.run("load \(corpus.path)", in: session, output: out)
    #expect(out.stderr.contains("a.txt: unchanged since"), "\(out.stderr)")
    #expect(out.stderr.contains("b.txt: changed, its 10 stored reports replaced"), "\(out.stderr)")
    #expect(session.corpus.reports.map(\.id) == ["r1", "r12"])
    #expect(session.corpus.reports[1].region == "通渭县")

    // A new session on the store sees the same, and the store holds each file once.
    let (reader, readerOut) = StoreSupport.session()
    _ = StoreSupport.run(".open \(db); .mode csv", in: reader, output: readerOut)
    for statement in ["reports", "indicators", "sentences | count", "diagnostics"] {
      #expect(
        StoreSupport.run(statement, in: reader, output: readerOut)
          == StoreSupport.run(statement, in: session, output: out), "\(statement)")
    }
    let files = try Sqlite.run(db, "select count(*), count(distinct path) from files")
    #expect(files == "2|2\n")
    let perFile = try Sqlite.run(
      db,
      "select f.shown_as, count(r.id) from files f left join reports r on r.file_id = f.id group by f.id order by f.shown_as"
    )
    #expect(perFile == "\(a.path)|1\n\(b.path)|1\n")
    // Nothing of the replaced reports is left behind.
    let orphans = try Sqlite.run(
      db,
      "select (select count(*) from facts where report_id not in (select id from reports)) + (select count(*) from sentences where report_id not in (select id from reports)) + (select count(*) from diagnostics where report_id is not null and report_id not in (select id from reports))"
    )
    #expect(orphans == "0\n")
  }
}
