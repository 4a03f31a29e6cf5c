import Foundation
import BaogaoCore

/// A report as a person reads it in a terminal: a header, then each heading on its own line
/// (indented by depth, with its kind) and the body wrapped to the width by display columns.
struct ReportPrinter {
  var report: Report
  var structure: ReportStructure
  var width: Int
  var ambiguousWide: Bool

  private var scalars: [Unicode.Scalar] { Array(report.text.unicodeScalars) }

  func header() -> String {
    let who = [report.region, report.level?.rawValue, report.year.map(String.init)].compactMap {
      $0
    }.joined(separator: " · ")
    return
      "\(report.id)  \(report.title ?? "(untitled)")\n\(who)  \(report.chars) characters  \(report.doc)\n"
  }

  func whole() -> String {
    let s = scalars
    var out = header()
    let firstStart = structure.sections.first?.start ?? s.count
    out += wrap(text(s, 0..<firstStart))
    for (i, section) in structure.sections.enumerated() {
      let next = i + 1 < structure.sections.count ? structure.sections[i + 1].start : s.count
      out +=
        headingLine(section) + wrap(text(s, section.headingEnd..<max(section.headingEnd, next)))
    }
    return out
  }

  /// One section with its subsections.
  func section(_ section: Section) -> String {
    let s = scalars
    var out = ""
    let members = structure.sections.filter { $0.start >= section.start && $0.start < section.end }
    for (i, member) in members.enumerated() {
      let next = i + 1 < members.count ? members[i + 1].start : section.end
      out += headingLine(member) + wrap(text(s, member.headingEnd..<max(member.headingEnd, next)))
    }
    return out
  }

  private func headingLine(_ section: Section) -> String {
    let indent = String(repeating: "  ", count: max(0, section.depth - 1))
    return "\n\(indent)【\(section.heading)】 (\(section.kind.rawValue), \(section.index + 1))\n"
  }

  private func text(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
    String(String.UnicodeScalarView(s[r.clamped(to: 0..<s.count)]))
  }

  /// Paragraphs kept; each wrapped to `width` display columns.
  private func wrap(_ text: String) -> String {
    var out = ""
    for paragraph in text.split(separator: "\n") {
      let p = paragraph.trimmingCharacters(in: .whitespaces)
      guard !p.isEmpty else { continue }
      var line = ""
      var lineWidth = 0
      for ch in p {
        let w = DisplayWidth.width(of: String(ch), ambiguousWide: ambiguousWide)
        if lineWidth + w > width {
          out += line + "\n"
          line = ""
          lineWidth = 0
        }
        line.append(ch)
        lineWidth += w
      }
      if !line.isEmpty { out += line + "\n" }
    }
    return out
  }
}
