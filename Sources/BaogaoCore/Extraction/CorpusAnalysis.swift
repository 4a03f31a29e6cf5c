import Foundation

/// A cache so each report's structure and indicators are computed once, and computed for many
/// reports in parallel.
public final class CorpusAnalysis: @unchecked Sendable {
  public let extractor: IndicatorExtractor
  private let lock = NSLock()
  private var structures: [String: ReportStructure] = [:]
  private var facts: [String: [Indicator]] = [:]

  public init(lexicon: MetricLexicon = .builtIn) {
    self.extractor = IndicatorExtractor(lexicon: lexicon)
  }

  /// One cache for the process, for callers that do not keep their own. Entries are keyed by
  /// the report's id, file and text, so a changed report is read again.
  public static let shared = CorpusAnalysis()

  /// Reports are cached by id and text, so a reloaded report with new text is read again. The
  /// text counts by a hash of its UTF-8 bytes (`Corpus.fingerprint`): `String.hashValue`
  /// normalises the whole text on every lookup, which on a large corpus cost more than the
  /// lookups saved.
  private func key(_ report: Report) -> String {
    "\(report.id)#\(Corpus.fingerprint(of: report.text))#\(report.position)#\(report.doc)"
  }

  public func structure(of report: Report) -> ReportStructure {
    let k = key(report)
    if let s = lock.withLock({ structures[k] }) { return s }
    let s = StructureParser.structure(of: report)
    lock.withLock { structures[k] = s }
    return s
  }

  public func indicators(of report: Report) -> [Indicator] {
    let k = key(report)
    if let f = lock.withLock({ facts[k] }) { return f }
    let f = extractor.indicators(in: report, structure: structure(of: report))
    lock.withLock { facts[k] = f }
    return f
  }

  /// Takes a report's structure and indicators as computed before (read back from a store), so
  /// they are not computed again.
  public func remember(
    _ structure: ReportStructure, indicators: [Indicator], for report: Report
  ) {
    let k = key(report)
    lock.withLock {
      structures[k] = structure
      facts[k] = indicators
    }
  }

  /// Structures of many reports, computed in parallel, in report order.
  public func structures(of reports: [Report]) -> [ReportStructure] {
    let results = ResultBox<ReportStructure>(count: reports.count)
    DispatchQueue.concurrentPerform(iterations: reports.count) { i in
      results.set(i, structure(of: reports[i]))
    }
    return results.values.map { $0 ?? ReportStructure() }
  }

  /// Indicators of many reports, computed in parallel, in report order.
  public func indicators(of reports: [Report]) -> [Indicator] {
    indicatorLists(of: reports).flatMap { $0 }
  }

  /// Each report's indicators, computed in parallel, in report order.
  public func indicatorLists(of reports: [Report]) -> [[Indicator]] {
    let results = ResultBox<[Indicator]>(count: reports.count)
    DispatchQueue.concurrentPerform(iterations: reports.count) { i in
      results.set(i, indicators(of: reports[i]))
    }
    return results.values.map { $0 ?? [] }
  }
}

/// Slots filled from parallel work.
private final class ResultBox<T>: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var values: [T?]
  init(count: Int) { values = Array(repeating: nil, count: count) }
  func set(_ i: Int, _ v: T) { lock.withLock { values[i] = v } }
}
