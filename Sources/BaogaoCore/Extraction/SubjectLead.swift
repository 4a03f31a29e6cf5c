import Foundation

/// The words before a metric's name in its clause, read as the name's subject.
///
/// A figure is the report's region's only when its clause opens with nothing but the region's
/// own words (`全市`, `我省`, the region's name), time and discourse words (`预计全年`, `年内`,
/// `其中`, `一是`, `2020年`), a verb of the figure (`实现`, `力争`), or the whole's statistical
/// scope (`全社会`, `规模以上`, `金融机构本外币`): `subjectLeadWords` in
/// `extraction-vocabulary.json`. Any other word names another subject, whatever it is: a part
/// (`绿色贷款余额`, `农产品加工业总产值`, `服务进出口总额`), a zone or town (`前海地区生产总值`,
/// `松山湖生产总值`), a group (`民营企业进出口额`, `电子信息等六大重点产业完成规模以上工业总产值`).
///
/// This is a grammar of the lead that allows, not a list of the parts that forbid: a part nobody
/// listed is still not the whole.
enum SubjectLead {
  static let words: [[Unicode.Scalar]] = ExtractionVocabulary.builtIn.subjectLeadWords
    .map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
  static let nationalWords: [[Unicode.Scalar]] = ["党中央", "中央", "国务院", "国家"].map {
    Array($0.unicodeScalars)
  }
  static let timePrefixes: [[Unicode.Scalar]] = ["截至", "到", "至", "预计", "自", "从"].map {
    Array($0.unicodeScalars)
  }

  /// Does `lead` read as the report's region's own subject? `region` is the report's region
  /// (`湖北省`), also accepted without its suffix (`湖北`).
  static func isOwn(_ lead: ArraySlice<Unicode.Scalar>, region: String?) -> Bool {
    // `城、乡居民人均可支配收入`: the two halves of 城乡, each standing alone before its name.
    if lead.count == 1, lead.first == "城" || lead.first == "乡" { return true }
    guard !lead.isEmpty else { return true }
    let own = ownNames(of: region)
    var i = lead.startIndex
    while i < lead.endIndex {
      if let j = skipAside(lead, at: i) ?? year(lead, at: i) {
        i = j
        continue
      }
      guard
        let w = own.first(where: { has(lead, $0, at: i) })
          ?? words.first(where: { has(lead, $0, at: i) })
      else { return false }
      i += w.count
    }
    return true
  }

  /// The region's name with and without its suffix (`湖北省`, `湖北`), longest first; for the
  /// nation's report also its government, whose goals it states (`中央提出今年经济增长预期目标`).
  private static func ownNames(of region: String?) -> [[Unicode.Scalar]] {
    guard let region, !region.isEmpty else { return [] }
    var names = [Array(region.unicodeScalars)]
    let short = SubjectFilter.short(region)
    if short != region, short.unicodeScalars.count >= 2 { names.append(Array(short.unicodeScalars)) }
    return region == "中华人民共和国" ? names + nationalWords : names
  }

  /// Past what stands aside from the words: spaces, dashes, list marks (`1.`, `①`, `（一）`), a
  /// bracketed gloss, a quoted plan name (`“十三五”`).
  private static func skipAside(_ s: ArraySlice<Unicode.Scalar>, at i: Int) -> Int? {
    let c = s[i]
    if TextBlocks.isSpace(c) || "—－-·•".unicodeScalars.contains(c) { return i + 1 }
    if (0x2460...0x2473).contains(c.value) { return i + 1 }  // ① … ⑳
    if let close = ["（": "）", "(": ")", "《": "》"][Character(c)] {
      var k = i + 1
      while k < s.endIndex, k - i <= 16, s[k] != close.unicodeScalars.first! { k += 1 }
      if k < s.endIndex { return k + 1 }
    }
    // Quotation marks around a plan's name (`“十三五”时期`) or a quoted clause.
    if "“”\"‘’「」".unicodeScalars.contains(c) { return i + 1 }
    // `1.`: a numbered item; `500万元口径`, `5000万元以上`: a scope of projects by size.
    var k = i
    while k < s.endIndex, ("0"..."9").contains(s[k]) { k += 1 }
    guard k > i, k < s.endIndex else { return nil }
    if s[k] == "." || s[k] == "．" { return k + 1 }
    // `1—11月`, `1-10月`: the months a part-year figure covers.
    if "—－-～~至".unicodeScalars.contains(s[k]) {
      var e = k + 1
      while e < s.endIndex, ("0"..."9").contains(s[e]) { e += 1 }
      if e > k + 1, e < s.endIndex, s[e] == "月" { return e + 1 }
    }
    // `11月末`: a level at a month's end.
    if s[k] == "月", k + 1 < s.endIndex, s[k + 1] == "末" || s[k + 1] == "底" { return k + 2 }
    for unit in ["万元", "亿元"] where has(s, Array(unit.unicodeScalars), at: k) {
      k += 2
      for tail in ["以上", "口径"] where has(s, Array(tail.unicodeScalars), at: k) { k += 2 }
      return k
    }
    return nil
  }

  /// Past a time: a year (`2020年`, `到2025年底`, `一九五八年`, `1 9 9 7 年`), years back
  /// (`十年来`, `5年来`), months (`前10个月`), or the region's own word made of 全, 我 or 本
  /// and a kind of region (`全镇`, `我旗`).
  private static func year(_ s: ArraySlice<Unicode.Scalar>, at i: Int) -> Int? {
    if "全我本".unicodeScalars.contains(s[i]), i + 1 < s.endIndex,
      SubjectFilter.regionSuffixes.contains(s[i + 1]) || "省乡镇村".unicodeScalars.contains(s[i + 1])
    {
      return i + 2
    }
    var k = i
    if let p = timePrefixes.first(where: { has(s, $0, at: k) }) { k += p.count }
    let digits = k
    var count = 0
    while k < s.endIndex {
      if ("0"..."9").contains(s[k]) || chineseDigits.contains(s[k]) {
        count += 1
      } else if !(TextBlocks.isSpace(s[k]) && count > 0) {
        break
      }
      k += 1
    }
    while k > digits, TextBlocks.isSpace(s[k - 1]) { k -= 1 }
    while k < s.endIndex, TextBlocks.isSpace(s[k]) { k += 1 }
    guard count > 0, k < s.endIndex else { return nil }
    if count == 4, s[k] == "年" {
      k += 1
      if k < s.endIndex, s[k] == "底" || s[k] == "末" { k += 1 }
      return k
    }
    if s[k] == "年", k + 1 < s.endIndex, s[k + 1] == "来" { return k + 2 }
    if has(s, Array("个月".unicodeScalars), at: k) { return k + 2 }
    return nil
  }
  static let chineseDigits: Set<Unicode.Scalar> = Set("〇零一二三四五六七八九十两".unicodeScalars)

  private static func has(
    _ s: ArraySlice<Unicode.Scalar>, _ w: [Unicode.Scalar], at i: Int
  ) -> Bool {
    guard i + w.count <= s.endIndex else { return false }
    for (k, c) in w.enumerated() where s[i + k] != c { return false }
    return true
  }
}
