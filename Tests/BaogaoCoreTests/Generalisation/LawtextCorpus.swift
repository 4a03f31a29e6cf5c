import Dispatch
import Foundation
import Testing

@testable import BaogaoCore

/// All of `../shared/corpus/lawtext`, loaded once for every issue-9 test that reads it (the
/// GDP-target check and the fact audit). Extraction runs only on the reports a test asks for:
/// over all 1,917 reports it takes minutes in a debug build.
enum LawtextCorpus {
  static let root = LoaderTestSupport.corpus("lawtext")

  /// One report and its path under lawtext: `政府工作报告-省自治区/云南省/2018.md`.
  struct Entry: Sendable {
    var file: String
    var report: Report
  }

  /// Every report file (`YEAR.md`, `YEAR-NN.md`), in path order; the collection's README is not one.
  static let entries: [Entry] = ReportLoader().load([root]).reports
    .filter {
      let name = ($0.doc as NSString).lastPathComponent
      return name.first?.isNumber == true && name.hasSuffix(".md")
    }
    .enumerated().map { i, r in
      var report = r
      report.id = "r\(i + 1)"
      return Entry(file: relative(r.doc), report: report)
    }

  static func relative(_ doc: String) -> String {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    return doc.hasPrefix(prefix) ? String(doc.dropFirst(prefix.count)) : doc
  }

  /// Set `BAOGAO_FULL_AUDIT=1` to run the checks on every report instead of their samples.
  static let full = ProcessInfo.processInfo.environment["BAOGAO_FULL_AUDIT"] == "1"

  /// The extractor's facts for each entry, in order, extracted on every core.
  static func facts(of entries: [Entry]) -> [[Indicator]] {
    let results = Results(count: entries.count)
    DispatchQueue.concurrentPerform(iterations: entries.count) { i in
      let report = entries[i].report
      results.set(
        i, IndicatorExtractor().indicators(in: report, structure: StructureParser.structure(of: report)))
    }
    return results.values
  }

  /// Filled from parallel work; each index written once, under the lock.
  final class Results: @unchecked Sendable {
    var values: [[Indicator]]
    let lock = NSLock()
    init(count: Int) { values = Array(repeating: [], count: count) }
    func set(_ i: Int, _ facts: [Indicator]) {
      lock.lock()
      values[i] = facts
      lock.unlock()
    }
  }

  /// Fails the test (not skips) when lawtext is not beside the repository.
  static func require() throws {
    _ = try LoaderTestSupport.requireShared("lawtext")
    try #require(entries.count > 1_000, "lawtext loaded \(entries.count) reports")
  }
}
