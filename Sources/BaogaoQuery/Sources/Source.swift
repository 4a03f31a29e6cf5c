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
  public var corpus: Corpus
  /// Structures and indicators of the corpus's reports, each computed once.
  public var analysis: CorpusAnalysis
  /// The session's word segmenter (jieba with words from `.dict load`); nil for the standard one.
  public var segmenter: Segmenter?

  public init(corpus: Corpus, analysis: CorpusAnalysis = .shared, segmenter: Segmenter? = nil) {
    self.corpus = corpus
    self.analysis = analysis
    self.segmenter = segmenter
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
