import Foundation
import Testing

@testable import BaogaoCore

/// Official names, short forms and codes from the GB/T 2260 table.
@Suite struct RegionDirectoryTests {
  /// Short and former names as reports write them → the official name and its code.
  @Test(arguments: [
    ("黔东南州", "黔东南苗族侗族自治州", "522600"),
    ("恩施州", "恩施土家族苗族自治州", "422800"),
    ("伊犁州", "伊犁哈萨克自治州", "654000"),
    ("凉山州", "凉山彝族自治州", "513400"),
    ("黔西南州", "黔西南布依族苗族自治州", "522300"),
    ("海西州", "海西蒙古族藏族自治州", "632800"),
    ("浙江", "浙江省", "330000"),
    ("广西", "广西壮族自治区", "450000"),
    ("新疆", "新疆维吾尔自治区", "650000"),
    ("内蒙古", "内蒙古自治区", "150000"),
    ("吉林", "吉林省", "220000"),
    ("吉林市", "吉林市", "220200"),
    ("襄樊市", "襄阳市", "420600"),
    ("思茅市", "普洱市", "530800"),
    ("铜仁地区", "铜仁市", "520600"),
    ("那曲地区", "那曲市", "540600"),
    ("那曲市", "那曲市", "540600"),
    ("喀什地区", "喀什地区", "653100"),
    ("阿拉善盟", "阿拉善盟", "152900"),
    ("兴安盟", "兴安盟", "152200"),
    ("大兴安岭地区", "大兴安岭地区", "232700"),
    ("东莞市", "东莞市", "441900"),
    ("北京市", "北京市", "110000"),
    ("昆山市", "昆山市", "320583"),
  ])
  func shortAndFormerNames(written: String, official: String, adcode: String) throws {
    let unit = try #require(RegionDirectory.shared.unit(named: written))
    #expect(unit.name == official)
    #expect(unit.adcode == adcode)
  }

  /// Names that are no unit, or more than one without their parent.
  @Test(arguments: ["自治区", "自治州", "省", "XX县", "示例县", "泗水镇", "南山区", "朝阳区"])
  func noSingleUnit(name: String) {
    #expect(RegionDirectory.shared.unit(named: name) == nil)
  }

  @Test func namesakesAreToldApartByTheirParent() throws {
    let shenzhen = try #require(RegionDirectory.shared.unit(named: "南山区", under: "深圳市"))
    #expect(shenzhen.adcode == "440305")
    let beijing = try #require(RegionDirectory.shared.unit(named: "朝阳区", under: "北京市"))
    #expect(beijing.adcode == "110105")
  }

  @Test(arguments: [
    ("凯里市", "黔东南苗族侗族自治州"), ("仙桃市", "湖北省"), ("榕城区", "揭阳市"), ("云浮市", "广东省"),
  ])
  func parentsFromTheCode(name: String, parent: String) throws {
    let unit = try #require(RegionDirectory.shared.unit(named: name))
    #expect(RegionDirectory.shared.parent(of: unit)?.name == parent)
  }

  @Test(arguments: [
    ("黔东南苗族侗族自治州", "黔东南", "自治州"), ("广西壮族自治区", "广西", "自治区"), ("内蒙古自治区", "内蒙古", "自治区"),
    ("恩施州", "恩施", "州"), ("浙江", "浙江", ""), ("巴音郭楞蒙古自治州", "巴音郭楞", "自治州"),
  ])
  func coresDropSuffixAndEthnicGroups(name: String, core: String, suffix: String) {
    let c = RegionDirectory.shared.core(of: name)
    #expect(c.core == core)
    #expect(c.suffix == suffix)
  }

  /// A report whose opening gives only the kind of government: the unit of that kind it names most.
  /// The texts are MADE UP.
  @Test(arguments: [
    ("在自治区党委的领导下，新疆各族人民团结奋斗，新疆经济稳步增长，新疆社会大局稳定，与甘肃合作。", "自治区", "新疆维吾尔自治区"),
    ("全省人民在中共浙江省委领导下，浙江经济发展，浙江人民生活改善，学习江苏经验。", "省", "浙江省"),
    ("我州坚持发展，黔东南州旅游兴旺，黔东南州民族文化保护，贵阳至凯里高速通车。", "州", "黔东南苗族侗族自治州"),
    ("全市上下，无锡发展，无锡市经济增长，苏州、常州协同。无锡人民。", "市", "无锡市"),
  ])
  func mostNamedUnitOfTheKind(text: String, kind: String, region: String) {
    #expect(RegionMentions.mostNamed(in: text, kind: kind)?.name == region)
  }

  @Test func aTieNamesNoUnit() {
    // Made up: two provinces named equally often.
    #expect(RegionMentions.mostNamed(in: "浙江与江苏合作，浙江和江苏共建。", kind: "省") == nil)
  }
}
