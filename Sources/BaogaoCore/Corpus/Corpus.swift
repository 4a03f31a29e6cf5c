/// The reports of a session, in the order they were loaded, each with a unique id.
public struct Corpus: Sendable {
  public private(set) var reports: [Report] = []
  private var idByFingerprint: [Int: [String]] = [:]
  /// Restored reports whose text is still in the store: fingerprinted by the next `add`, so
  /// reopening a store reads no text.
  private var unfingerprinted: [String] = []
  private var nextNumber = 1

  public init() {}

  /// What `add` did with one report.
  public enum Outcome: Sendable, Equatable {
    case added(id: String)
    /// The same cleaned text is already in the session under `existingID`.
    case duplicate(existingID: String)
  }

  /// Adds reports, assigning ids `r1`, `r2`, …; a report whose cleaned text is already in the
  /// session (a `.docx` and the same file inside a zip) is not added twice.
  @discardableResult
  public mutating func add(_ report: Report) -> Outcome {
    fingerprintRestored()
    let fingerprint = Corpus.fingerprint(of: report.text)
    for id in idByFingerprint[fingerprint, default: []] {
      if let existing = self.report(id: id), existing.text.utf8.elementsEqual(report.text.utf8) {
        return .duplicate(existingID: id)
      }
    }
    var report = report
    report.id = "r\(nextNumber)"
    nextNumber += 1
    for i in report.diagnostics.indices { report.diagnostics[i].reportID = report.id }
    idByFingerprint[fingerprint, default: []].append(report.id)
    reports.append(report)
    return .added(id: report.id)
  }

  /// A hash of the text's UTF-8 bytes. `String.hashValue` normalises Unicode first, which on a
  /// large corpus costs more than the rest of `add` together; identical cleaned texts have
  /// identical bytes, which is all deduplication needs.
  static func fingerprint(of text: String) -> Int {
    var hasher = Hasher()
    var text = text
    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    return hasher.finalize()
  }

  /// Puts back a report read from a store, keeping its id (`r7`), so ids, sentence ids and fact
  /// ids are those the store was written with; later `add`s number on from the highest id.
  public mutating func restore(_ report: Report) {
    if report.id.hasPrefix("r"), let n = Int(report.id.dropFirst()) {
      nextNumber = max(nextNumber, n + 1)
    }
    if report.textIsDeferred {
      unfingerprinted.append(report.id)
    } else {
      idByFingerprint[Corpus.fingerprint(of: report.text), default: []].append(report.id)
    }
    reports.append(report)
  }

  /// Fingerprints restored reports whose text was left in the store, reading each text without
  /// keeping it.
  private mutating func fingerprintRestored() {
    guard !unfingerprinted.isEmpty else { return }
    for id in unfingerprinted {
      guard let report = report(id: id) else { continue }
      idByFingerprint[Corpus.fingerprint(of: report.transientText), default: []].append(id)
    }
    unfingerprinted = []
  }

  /// Removes reports (a changed file's, before its new reports are added). Ids are not reused.
  public mutating func remove(ids: Set<String>) {
    guard !ids.isEmpty else { return }
    reports.removeAll { ids.contains($0.id) }
    unfingerprinted.removeAll { ids.contains($0) }
    for (key, list) in idByFingerprint {
      let kept = list.filter { !ids.contains($0) }
      idByFingerprint[key] = kept.isEmpty ? nil : kept
    }
  }

  /// Leaves a report's cleaned text elsewhere (a store load, once the store holds it).
  public mutating func deferText(of id: String, to text: DeferredText) {
    guard let i = index(of: id), !reports[i].textIsDeferred else { return }
    reports[i].deferText(text, chars: reports[i].chars)
  }

  /// Leaves a report's original text elsewhere (a store load, once the store holds it).
  public mutating func deferOriginal(of id: String, to original: DeferredText) {
    guard let i = index(of: id) else { return }
    reports[i].deferOriginal(original)
  }

  private func index(of id: String) -> Int? {
    if id.hasPrefix("r"), let n = Int(id.dropFirst()), n >= 1, n <= reports.count,
      reports[n - 1].id == id
    {
      return n - 1
    }
    return reports.firstIndex { $0.id == id }
  }

  public func report(id: String) -> Report? {
    // Ids are r<N> in load order; removal is not supported, so index N-1 is a fast first guess.
    if id.hasPrefix("r"), let n = Int(id.dropFirst()), n >= 1, n <= reports.count,
      reports[n - 1].id == id
    {
      return reports[n - 1]
    }
    return reports.first { $0.id == id }
  }

  public var diagnostics: [Diagnostic] { reports.flatMap(\.diagnostics) }
}
