/// Goals stated without a number: `居民收入增长与经济增长同步` (`in_step`), `进出口实现正增长`
/// (`positive`), `高于全国平均水平` (`above_national`), `保持合理水平` (`stable`), and a report
/// saying it sets no growth target (`不提出全年经济增速具体目标`, national 2020: `none_set`).
/// The phrases are `qualitativeTargets` and `noTargetPhrases` in `extraction-vocabulary.json`.
enum QualitativeGoal {
  private static let phrases: [(scalars: [Unicode.Scalar], qualifier: Qualifier)] =
    ExtractionVocabulary.builtIn.qualitativeTargets.map {
      (Array($0.phrase.unicodeScalars), $0.qualifier)
    }
    .sorted { $0.scalars.count > $1.scalars.count }
  private static let noTarget: [[Unicode.Scalar]] = ExtractionVocabulary.builtIn.noTargetPhrases
    .map { Array($0.unicodeScalars) }
  /// The first characters of the phrases, so a scan tries them only where one may start.
  private static let phraseStarts = ScalarSet(scalars: phrases.compactMap(\.scalars.first))
  private static let noTargetStarts = ScalarSet(scalars: noTarget.compactMap(\.first))

  /// The qualitative goal in a metric's own clause, `text[range]` (its name's end to the end of
  /// the clause), if any.
  static func qualifier(in text: [Unicode.Scalar], range: Range<Int>) -> Qualifier? {
    for i in range where phraseStarts.contains(text[i]) {
      for p in phrases where matches(p.scalars, at: i, in: text, limit: range.upperBound) {
        return p.qualifier
      }
    }
    return nil
  }

  /// Does `text[range]` say that no growth target is set?
  static func saysNoTarget(in text: [Unicode.Scalar], range: Range<Int>) -> Bool {
    range.contains { i in
      noTargetStarts.contains(text[i])
        && noTarget.contains { matches($0, at: i, in: text, limit: range.upperBound) }
    }
  }

  private static func matches(
    _ w: [Unicode.Scalar], at i: Int, in text: [Unicode.Scalar], limit: Int
  )
    -> Bool
  {
    i + w.count <= limit && (0..<w.count).allSatisfy { text[i + $0] == w[$0] }
  }
}
