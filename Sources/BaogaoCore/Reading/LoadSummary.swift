/// The one-line summary `load` prints after reading files.
///
/// `loaded 14 reports from 5 files: 2 converted from Traditional, 2,579 pinyin glosses removed,
/// 6 mojibake spans flagged` — only actions that happened are listed, counts with thousands separators.
public enum LoadSummary {
  /// Phrases for the action kinds worth a place in the summary, in the order they are listed.
  static let phrases: [(kind: String, one: String, many: String)] = [
    ("traditional_converted", "converted from Traditional", "converted from Traditional"),
    ("repeated_page_removed", "repeated page read once", "repeated pages read once"),
    ("page_joined", "page of one report joined", "pages of one report joined"),
    ("pinyin_gloss_removed", "pinyin gloss removed", "pinyin glosses removed"),
    ("site_chrome_removed", "site chrome line removed", "site chrome lines removed"),
    (
      "outside_body_removed", "line outside a report's body removed",
      "lines outside a report's body removed"
    ),
    ("preamble_removed", "sharing-site preamble removed", "sharing-site preambles removed"),
    ("page_splice_joined", "page-number splice joined", "page-number splices joined"),
    ("fullwidth_normalized", "fullwidth character normalised", "fullwidth characters normalised"),
    ("mojibake_flagged", "mojibake span flagged", "mojibake spans flagged"),
    ("lost_character_flagged", "lost character flagged", "lost characters flagged"),
    ("placeholder_flagged", "anonymised placeholder flagged", "anonymised placeholders flagged"),
    ("truncated_flagged", "cut off mid-sentence", "cut off mid-sentence"),
    ("ocr_slip_flagged", "OCR slip flagged", "OCR slips flagged"),
    ("metadata_conflict", "metadata conflict", "metadata conflicts"),
  ]

  public static func line(reports: [Report], fileCount: Int, duplicates: Int) -> String {
    var totals: [String: Int] = [:]
    for report in reports {
      for d in report.diagnostics {
        // A conversion is counted once per report, not per character.
        totals[d.kind, default: 0] += d.kind == "traditional_converted" ? 1 : d.count
      }
    }
    var parts: [String] = []
    for (kind, one, many) in phrases {
      if let n = totals[kind], n > 0 { parts.append("\(grouped(n)) \(n == 1 ? one : many)") }
    }
    if duplicates > 0 {
      parts.append("\(grouped(duplicates)) already loaded (skipped)")
    }
    let head =
      "loaded \(grouped(reports.count)) report\(reports.count == 1 ? "" : "s") from \(grouped(fileCount)) file\(fileCount == 1 ? "" : "s")"
    return parts.isEmpty ? head : head + ": " + parts.joined(separator: ", ")
  }

  /// 2579 → "2,579".
  static func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(ch)
    }
    return n < 0 ? "-" + out : out
  }
}
