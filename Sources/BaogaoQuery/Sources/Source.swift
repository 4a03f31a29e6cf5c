import BaogaoCore

/// A named table the pipeline language can start from: `reports`, `indicators`, `diagnostics` …
///
/// The schema is known before evaluation so that parsing and planning can check field names
/// and completion can offer them.
public protocol Source: Sendable {
  var name: String { get }
  var schema: Schema { get }
  /// One line for `.help` and completion.
  var summary: String { get }
  func table(in context: SourceContext) throws -> Table
}

/// What a source reads: the session's corpus and its cache of derived data.
public struct SourceContext: Sendable {
  /// The session's reports (read from `reports` when they are still in a store).
  public var corpus: Corpus {
    get { reports?.corpus ?? heldCorpus }
    set {
      heldCorpus = newValue
      reports = nil
    }
  }
  private var heldCorpus: Corpus
  /// The reports of a store just opened, read when a statement first asks for `corpus`.
  private var reports: (any StoredReportList)?
  /// The reports' ids in order, without reading the reports from a store.
  public var reportIDs: [String] { reports?.reportIDs ?? heldCorpus.reports.map(\.id) }
  /// Structures and indicators of the corpus's reports: computed once (`CorpusAnalysis`), or
  /// read from a store when a statement first needs them.
  public var analysis: any ReportAnalyses
  /// The session's word segmenter (jieba with words from `.dict load`); nil for the standard one.
  public var segmenter: Segmenter?
  /// An index of sentence text (a store's FTS5 trigram index), when the session has one.
  public var sentenceIndex: (any SentenceIndex)?

  public init(
    corpus: Corpus, analysis: any ReportAnalyses = CorpusAnalysis.shared,
    segmenter: Segmenter? = nil,
    sentenceIndex: (any SentenceIndex)? = nil
  ) {
    self.heldCorpus = corpus
    self.analysis = analysis
    self.segmenter = segmenter
    self.sentenceIndex = sentenceIndex
  }

  /// A context whose reports are still in a store: read the first time a statement asks for
  /// `corpus` (`search "…" | count` answered from the store's index never does).
  public init(
    reports: any StoredReportList, analysis: any ReportAnalyses,
    segmenter: Segmenter? = nil, sentenceIndex: (any SentenceIndex)? = nil
  ) {
    self.init(
      corpus: Corpus(), analysis: analysis, segmenter: segmenter, sentenceIndex: sentenceIndex)
    self.reports = reports
  }

  /// The session's segmenter, or the standard one; an error names jieba's missing dictionary.
  public func wordSegmenter() throws(QueryError) -> Segmenter {
    if let segmenter { return segmenter }
    do {
      return try Segmenter.standard()
    } catch .interrupted {
      throw .interrupted
    } catch {
      throw QueryError(error.description)
    }
  }
}

/// A session's reports while they are still in the store it opened: their ids are known, the
/// reports themselves (metadata and diagnostics) are read the first time they are asked for.
public protocol StoredReportList: AnyObject, Sendable {
  /// In load order.
  var reportIDs: [String] { get }
  var corpus: Corpus { get }
  /// Diagnostics of files rather than reports, stored with them.
  var fileDiagnostics: [Diagnostic] { get }
}

/// Each report's structure and facts, as sources read them.
public protocol ReportAnalyses: Sendable {
  func structure(of report: Report) -> ReportStructure
  func indicators(of report: Report) -> [Indicator]
  /// In report order.
  func structures(of reports: [Report]) -> [ReportStructure]
  /// Every report's facts, in report order.
  func indicators(of reports: [Report]) -> [Indicator]
  /// Each report's sections, in report order (a store reads no sentence for them).
  func sections(of reports: [Report]) -> [[Section]]
  /// Each report's glossary terms, in report order.
  func terms(of reports: [Report]) -> [[GlossaryTerm]]
  /// Every report's facts, in report order, less any that fail `request.filters`; a fact's
  /// fields outside `request.columns` may be left empty. A store reads only those.
  func indicators(of reports: [Report], request: SourceRequest) -> [Indicator]
  /// Each report's sentences, in report order; their text may be left empty when
  /// `request.columns` leaves out `text`. A store then reads none.
  func sentences(of reports: [Report], request: SourceRequest) -> [[Sentence]]
}

extension ReportAnalyses {
  public func sections(of reports: [Report]) -> [[Section]] {
    structures(of: reports).map(\.sections)
  }

  public func terms(of reports: [Report]) -> [[GlossaryTerm]] {
    structures(of: reports).map(\.terms)
  }

  /// Every sentence, with its text.
  public func sentences(of reports: [Report], request: SourceRequest) -> [[Sentence]] {
    structures(of: reports).map(\.sentences)
  }

  /// Every fact: the stages after the source filter them.
  public func indicators(of reports: [Report], request: SourceRequest) -> [Indicator] {
    indicators(of: reports)
  }
}

/// Computed from each report's text, once.
extension CorpusAnalysis: ReportAnalyses {}

/// Finds the sentences that contain a literal text without reading every sentence.
public protocol SentenceIndex: Sendable {
  /// The reports the index covers, and their sentences that may contain `literal` (a
  /// superset: the caller still matches each) with their section's kind and heading, by report
  /// id, in sentence order; nil when the index cannot answer (a literal shorter than the
  /// index's grams).
  func sentences(containing literal: String)
    -> (covered: Set<String>, sentences: [String: [IndexedSentence]])?
  /// The reports the index covers, and exactly their sentences that contain `literal`, by
  /// report id, in sentence order, found by the index alone (no text is read), with their
  /// section's kind and heading when `sections` is true; nil unless the index's own test is
  /// exact for the literal (a trigram index folds case, so `GDP` needs the text).
  func sentenceKeys(holding literal: String, sections: Bool)
    -> (covered: Set<String>, sentences: [String: [SentenceKey]])?
  /// The reports the index covers, and how many of their sentences contain `literal`, by
  /// report id (none: no entry); nil as for `sentenceKeys`.
  func sentenceCounts(holding literal: String) -> (covered: Set<String>, counts: [String: Int])?
}

extension SentenceIndex {
  public func sentenceKeys(holding literal: String, sections: Bool)
    -> (covered: Set<String>, sentences: [String: [SentenceKey]])?
  { nil }

  public func sentenceCounts(holding literal: String)
    -> (covered: Set<String>, counts: [String: Int])?
  {
    sentenceKeys(holding: literal, sections: false).map {
      ($0.covered, $0.sentences.mapValues(\.count))
    }
  }
}

/// A sentence an index found without reading it: which one it is, and its section's kind and
/// heading when asked for.
public struct SentenceKey: Sendable, Equatable {
  /// The sentence's `index` in its report.
  public var index: Int
  /// `SectionKind`'s raw value.
  public var sectionKind: String?
  public var heading: String?

  public init(index: Int, sectionKind: String? = nil, heading: String? = nil) {
    self.index = index
    self.sectionKind = sectionKind
    self.heading = heading
  }

  /// The sentence's id, as structure gives it: `r3.s17`.
  public func id(in reportID: String) -> String { "\(reportID).s\(index)" }
}

/// A sentence an index found, with what `search` shows of its section.
public struct IndexedSentence: Sendable {
  public var sentence: Sentence
  /// `SectionKind`'s raw value.
  public var sectionKind: String?
  public var heading: String?

  public init(sentence: Sentence, sectionKind: String?, heading: String?) {
    self.sentence = sentence
    self.sectionKind = sectionKind
    self.heading = heading
  }
}
