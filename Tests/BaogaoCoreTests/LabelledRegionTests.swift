import Testing

@testable import BaogaoCore

/// A site's column label (`【…】` before a report title) names the unit above the report.
@Suite struct LabelledRegionTests {
  /// The unit a label names: its longest prefix that is a chain or a short form of the code table.
  @Test(
    arguments: [
      // The ten-report seed's labels.
      ("【云浮招商】", "云浮市"),
      ("【高州市招商】", "高州市"),
      ("【榕城区招商】", "榕城区"),
      ("【丰顺县招商】", "丰顺县"),
      // Made up: other sites' column shapes.
      ("【黔东南发布】", "黔东南苗族侗族自治州"),
      ("【恩施州政务】", "恩施土家族苗族自治州"),
      ("【茂名市高州市新闻】", "高州市"),
      ("【浙江省人民政府】", "浙江省"),
      ("【广西】", "广西壮族自治区"),
      // Made up: labels that name no unit.
      ("【新闻中心】", nil),
      ("【招商】", nil),
      ("【】", nil),
    ] as [(String, String?)])
  func unitNamed(label: String, unit: String?) {
    #expect(LabelledRegion.unit(named: label) == unit)
  }

  /// The label's unit is the parent only when it lies above the report's region.
  @Test(
    arguments: [
      // The seed: 泗水镇 under 高州市's column; 云浮市 and 榕城区 in their own columns.
      ("【高州市招商】", "泗水镇", Level.town, "高州市"),
      ("【云浮招商】", "云浮市", Level.city, nil),
      ("【榕城区招商】", "榕城区", Level.district, nil),
      // Made up: a county in its prefecture's column, by short name; a county in another
      // province's column is not its child; a city is not under a county's column.
      ("【黔东南发布】", "凯里市", Level.county, "黔东南苗族侗族自治州"),
      ("【恩施州政务】", "利川市", Level.county, "恩施土家族苗族自治州"),
      ("【云浮招商】", "高州市", Level.county, nil),
      ("【高州市招商】", "茂名市", Level.city, nil),
      // Made up: a masked region gets no parent from a label.
      ("【高州市招商】", "XX镇", Level.town, nil),
    ] as [(String, String, Level, String?)])
  func parentFromLabel(label: String, region: String, level: Level, parent: String?) {
    let report = Report(doc: "made-up.txt", region: region, level: level, text: "")
    #expect(LabelledRegion.unit(above: report, in: label) == parent)
  }

  /// Through the whole metadata pass: the title line's label gives a town its parent.
  @Test func madeUpPageGivesTheTownItsParent() {
    // Made up report text on another site's column shape.
    let text = "【信宜发布】2022年某某镇政府工作报告\n各位代表:\n现在，我代表镇人民政府向大会报告工作。"
    var report = Report(doc: "made-up.txt", text: text, original: text)
    var diagnostics: [Diagnostic] = []
    MetadataExtractor.fill(&report, hints: MetadataHints(), diagnostics: &diagnostics)
    #expect(report.region == "某某镇" && report.level == .town)
    #expect(report.parent == "信宜市")
  }
}
