import Foundation

/// The words the extractor reads phrases with, from a data file beside the metric lexicon
/// (`Resources/extraction-vocabulary.json`): what may follow a metric's name as the head of its
/// phrase, the qualifiers that name a part, threshold verbs, qualitative goals, multi-year words
/// and goal phrases. Its `about` field says what each list is for.
struct ExtractionVocabulary: Sendable, Decodable {
  struct QualitativeTarget: Sendable, Decodable, Hashable {
    var phrase: String
    var qualifier: Qualifier
  }

  var headFollowers: [String]
  var partQualifiers: [String]
  var thresholdVerbs: [String]
  var qualitativeTargets: [QualitativeTarget]
  var noTargetPhrases: [String]
  var ownLeads: [String]
  var multiYearWords: [String]
  var goalPhrases: [String]
  var spanTotalWords: [String]
  var verbsBeforeName: [String]
  var distributiveWords: [String]
  var reachVerbs: [String]
  var subjectLeadWords: [String]
  var commitmentVerbs: [String]
  var yearOnYearWords: [String]
  var growthLeadWords: [String]
  var subAreaWords: [String]
  var zoneSuffixes: [String]
  var cityProperMetrics: [String]
  var zoneObjectVerbs: [String]
  var partPredicates: [String]

  /// The vocabulary shipped with baogao. The file is part of the package: failing to read it is
  /// a build error, not a user's problem.
  static let builtIn: ExtractionVocabulary = {
    guard let url = Bundle.module.url(forResource: "extraction-vocabulary", withExtension: "json"),
      let data = try? Data(contentsOf: url)
    else { preconditionFailure("Resources/extraction-vocabulary.json is missing from the bundle") }
    do {
      return try JSONDecoder().decode(ExtractionVocabulary.self, from: data)
    } catch {
      preconditionFailure("Resources/extraction-vocabulary.json: \(error)")
    }
  }()
}
