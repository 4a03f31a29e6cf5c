import Foundation

/// Finds which government, level and year a report belongs to, and who gave it when.
///
/// Sources, from the most to the least explicit: the meeting line (`在揭阳市榕城区第六届人民代表大会…`),
/// the speaker's title (`通渭县人民政府县长`), the title (`(广西)2024年柳州市融安县人民政府政府工作报告`),
/// a table's columns, the body (`我代表县人民政府`). The national reports are given by the State
/// Council: region `中华人民共和国`, level `national`. An anonymised report whose government is
/// masked (`XX县`) keeps the mask as its region, since that is what the report says.
enum MetadataExtractor {
  static let yearPattern = try! NSRegularExpression(pattern: "(\\d{4})年")
  static let sharingPreamble = try! NSRegularExpression(
    pattern: "^《(.+?)(?:\\.docx?|\\.pdf|\\.wps)?》由会员分享")
  static let maskedGovernment = try! NSRegularExpression(pattern: "我代表([省市区县镇乡])人民政府")
  /// The government above, thanked in the opening: `在深圳市委、市政府和区委的坚强领导下`.
  static let leadership = try! NSRegularExpression(
    pattern: "在(?:中共)?([\\p{Han}]{2,12}?(?:市|自治州|州|地区|盟|县|旗))委[^。\\n]{0,40}?领导下")
  /// Title endings: 政府工作报告, and a development zone's 管委会工作报告.
  static let titleMarkers = ["政府工作报告", "管委会工作报告", "管理委员会工作报告"]
  /// The government the speaker stands for: 我代表无锡市人民政府, 我受省人民政府的委托, 我代表省政府,
  /// 我代表浙江省革命委员会, 我代表广安市第五届人民政府.
  static let representing = try! NSRegularExpression(
    pattern: "我(?:代表|受)([\\p{Han}X]{0,16}?)(?:第[一二三四五六七八九十]+届)?(?:人民政府|革命委员会|政府)")

  static func fill(_ report: inout Report, hints: MetadataHints, diagnostics: inout [Diagnostic]) {
    let text = report.text
    let originalHead = String(report.original.unicodeScalars.prefix(300))

    // Title: the first line when it names a report; a front matter's `title:`; else the table's;
    // else the sharing site's file name.
    let firstLine = Substring(text.utf8[..<(text.utf8.firstIndex(of: 10) ?? text.utf8.endIndex)])
    var titleFromPreamble = false
    if let t = frontMatterTitle(in: text) {
      report.title = t
    } else if firstLine.scalarCount <= 60
      && titleMarkers.contains(where: { firstLine.containsBytes($0) })
    {
      report.title = String(firstLine)
    } else if let t = hints.title {
      report.title = t
    } else if let t = firstMatch(sharingPreamble, in: originalHead, group: 1) {
      report.title = t
      titleFromPreamble = true
    }
    if let t = hints.title, report.title != t, hints.title != nil { report.title = t }
    let header = ReportHeader(text: text, title: report.title)

    report.meetingDate = header.meetingDate
    report.congressSession = header.congressSession
    report.speaker = header.speaker
    report.speakerRole = header.speakerRole

    fillRegion(&report, header: header, hints: hints)
    if report.parent == nil, let label = titleLabel(in: report.original),
      let above = LabelledRegion.unit(above: report, in: label)
    {
      report.parent = above
    }

    // Year.
    var evidence = YearEvidence()
    evidence.add(hints.year, weight: 8, source: "the table's year column")
    evidence.add(
      header.meetingYear, weight: 5, source: "the meeting date \(header.meetingDate ?? "")")
    evidence.add(
      header.sessionYear, weight: 5, source: "the session \(header.congressSession ?? "")")
    let titleYear = report.title.flatMap {
      firstMatch(
        yearPattern, in: ChineseNumeralDate.normalized(ChineseNumeralDate.asciiDigits($0)), group: 1
      )
    }.flatMap {
      Int($0)
    }
    evidence.add(titleYear, weight: titleFromPreamble ? 1 : 2, source: "the title")
    // A table's year or a meeting date states the year; content clues are for files that do not.
    if hints.year == nil && header.meetingYear == nil && header.sessionYear == nil {
      // The title is content too: 关于浙江省第七个五年计划的报告 (1986) has no year of its own.
      let content = (report.title.map { $0 + "\n" } ?? "") + text
      evidence.addContent(ChineseNumeralDate.normalized(ChineseNumeralDate.asciiDigits(content)))
    }
    if let best = evidence.best {
      report.year = best.year
      // A session late in the year may name the year it plans for (2023年…政府工作报告, heard
      // 2022-12-22; `Report.planningAheadFrom`); its year is the date's, and the title agrees
      // with that convention.
      let planYear =
        Report.meetsLate(date: header.meetingDate, year: best.year) ? best.year + 1 : nil
      let disagreeing = [(titleYear, "the title"), (hints.year, "the table")].filter {
        $0.0 != nil && $0.0 != best.year && $0.0 != planYear
      }
      for (year, what) in disagreeing {
        diagnostics.append(
          Diagnostic(
            severity: .warning, kind: "metadata_conflict",
            message:
              "\(what) says \(year!), the content says \(best.year) (\(best.source)); using \(best.year)"
          ))
      }
    }
  }

  private static func fillRegion(_ report: inout Report, header: ReportHeader, hints: MetadataHints)
  {
    let titleText = report.title ?? ""
    if header.national || titleText.containsBytes("国务院")
      || String(report.text.unicodeScalars.prefix(400)).containsBytes("我代表国务院")
    {
      report.region = "中华人民共和国"
      report.level = .national
      return
    }
    var chains: [String] = []
    if let p = header.meetingPlace, !p.isEmpty { chains.append(p) }
    if let p = header.speakerPlace { chains.append(p) }
    if let p = placeInTitle(titleText) { chains.append(p) }
    if let r = hints.region { chains.append(r) }
    let opening = String(report.text.prefix(600))
    if let p = firstMatch(representing, in: opening, group: 1), !p.isEmpty { chains.append(p) }
    chains = preferringTheNamedUnit(chains, in: report.text)
    for chain in chains {
      guard let units = RegionName.units(chain), let last = units.last,
        let level = RegionName.level(of: last)
      else {
        continue
      }
      report.region = last
      report.level = level
      if units.count >= 2 { report.parent = units[units.count - 2] }
      // A later, longer chain may name the parent: 榕城区 (meeting) and 揭阳市榕城区 (speaker).
      if report.parent == nil {
        for other in chains {
          if let u = RegionName.units(other), u.count >= 2, u.last == last {
            report.parent = u[u.count - 2]
          }
        }
      }
      if report.parent == nil { report.parent = parentThanked(in: report.text, below: last) }
      report.level = RegionName.level(of: last, under: report.parent)
      useOfficialNames(&report)
      return
    }
    // Only the kind of government is named (在自治区第十三届人民代表大会…, 我受省人民政府的委托, 省长):
    // the unit of that kind the report names most.
    let generic = [
      header.meetingPlace, firstMatch(representing, in: opening, group: 1), header.speakerRole,
    ]
    if let kind = generic.lazy.compactMap({ $0.flatMap(RegionMentions.kind(ofGeneric:)) }).first,
      !report.text.contains("XX"),
      let unit = RegionMentions.mostNamed(in: report.text, kind: kind)
    {
      report.region = unit.name
      report.adcode = unit.adcode
      report.level = RegionName.level(of: unit.name, under: nil)
      return
    }
    // Only the kind of government is named (我代表县人民政府) and the name is masked.
    if let kind = firstMatch(maskedGovernment, in: String(report.text.prefix(600)), group: 1) {
      report.level = RegionName.level(of: "XX" + kind)
      if report.text.contains("XX") { report.region = "XX" + kind }
    }
  }

  /// The region and parent under their official full names, with the region's code: 黔东南州 →
  /// 黔东南苗族侗族自治州 (522600), 襄樊市 → 襄阳市. Names the table does not hold stay as written.
  static func useOfficialNames(_ report: inout Report, directory: RegionDirectory = .shared) {
    guard var region = report.region, !region.contains("X") else { return }
    // A doubled suffix is a slip of the pen: 在连云港市市第十三届人民代表大会.
    if let last = region.last, region.dropLast().last == last { region.removeLast() }
    let parent = report.parent.flatMap { directory.unit(named: $0) }
    guard let unit = directory.unit(named: region, under: parent?.name) else { return }
    report.region = unit.name
    report.adcode = unit.adcode
    // A known unit's parent is a known unit (not 上级和市 from 在上级和市委的坚强领导下), and its
    // level is its code's: 东莞市 (441900) is a prefecture-level city though it has no counties.
    report.parent = parent?.name
    switch unit.tier {
    case 1: report.level = .province
    case 2: report.level = .city
    default:
      report.level = RegionName.level(of: unit.name, under: directory.parent(of: unit)?.name)
    }
  }

  /// A slip in the first chain (`宿州市政府工作报告` over `在苏州市第四届人民代表大会…`, a text that
  /// names 宿州 24 times and 苏州 once): when another chain's unit is a different place, not above
  /// or below the first's, and the text names it at least three times as often, it goes first.
  static func preferringTheNamedUnit(_ chains: [String], in text: String) -> [String] {
    guard let first = chains.first, let firstUnit = RegionName.units(first)?.last else {
      return chains
    }
    let directory = RegionDirectory.shared
    func mentions(_ unit: String) -> Int {
      let core = directory.core(of: unit).core ?? unit
      return text.occurrences(of: core)
    }
    let firstCount = mentions(firstUnit)
    for (i, chain) in chains.enumerated().dropFirst() {
      guard let unit = RegionName.units(chain)?.last, unit != firstUnit,
        !unit.contains(firstUnit), !firstUnit.contains(unit),
        let a = directory.unit(named: unit), let b = directory.unit(named: firstUnit),
        !a.adcode.hasPrefix(b.adcode.prefix(b.tier == 1 ? 2 : 4)),
        !b.adcode.hasPrefix(a.adcode.prefix(a.tier == 1 ? 2 : 4))
      else { continue }
      let count = mentions(unit)
      if count >= 3 && count >= 3 * max(firstCount, 1) {
        var reordered = chains
        reordered.remove(at: i)
        reordered.insert(chain, at: 0)
        return reordered
      }
    }
    return chains
  }

  /// The leading 【…】 label of the report's title line among its first lines: `【云浮招商】`.
  static func titleLabel(in original: String) -> String? {
    for line in original.lines().prefix(ReportShape.titleSearchLines) {
      if let title = ReportTitle(line) { return title.label }
    }
    return nil
  }

  /// The `title:` of a YAML front matter block at the text's start (`---`, `source: …`, `title: …`).
  static func frontMatterTitle(in text: String) -> String? {
    for line in firstLines(of: text, 6) {
      let l = line.trimmingCharacters(in: .whitespaces)
      if l.hasPrefix("title:") {
        let t = l.dropFirst(6).trimmingCharacters(in: .whitespaces)
          .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        return t.isEmpty ? nil : t
      }
      guard l == "---" || l.range(of: "^[A-Za-z_]+:", options: .regularExpression) != nil else {
        return nil
      }
    }
    return nil
  }

  /// The first `n` non-empty lines of `text`, as `split(separator: "\n")` cuts them, without
  /// splitting the rest of the text (a `\r\n` is one Character, so no cut there either).
  static func firstLines(of text: String, _ n: Int) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var previous: UInt8 = 0
    var i = start
    while i < utf8.endIndex, lines.count < n {
      let byte = utf8[i]
      if byte == 0x0A, previous != 0x0D {
        if start < i { lines.append(text[start..<i]) }
        start = utf8.index(after: i)
      }
      previous = byte
      i = utf8.index(after: i)
    }
    if lines.count < n, start < utf8.endIndex { lines.append(text[start...]) }
    return lines
  }

  /// The government above named in the opening's thanks: 深圳市 in `在深圳市委、市政府和区委的坚强领导下`.
  ///
  /// Only a unit of a higher level, or a 市 above a 市 (a county-level city thanks its 地级市).
  static func parentThanked(in text: String, below region: String) -> String? {
    guard let own = RegionName.level(of: region) else { return nil }
    let head = String(text.unicodeScalars.prefix(1000))
    let ns = head as NSString
    for m in leadership.matches(in: head, range: NSRange(location: 0, length: ns.length)) {
      let name = ns.substring(with: m.range(at: 1))
      guard let unit = RegionName.units(name)?.last, unit != region,
        let level = RegionName.level(of: unit)
      else { continue }
      if level.rank < own.rank || (level == .city && own == .city) { return unit }
    }
    return nil
  }

  /// `(广西)2024年柳州市融安县人民政府政府工作报告` → 柳州市融安县; `2025年广西政府工作报告` → nil.
  static func placeInTitle(_ title: String) -> String? {
    var t = ChineseNumeralDate.normalized(ChineseNumeralDate.asciiDigits(title))
    for marker in titleMarkers {
      if let r = t.range(of: marker) { t = String(t[..<r.lowerBound]) }
    }
    // A resolution on the report names the government after 关于: `深圳市第七届人民代表大会第六次会议
    // 关于深圳市人民政府工作报告的决议`.
    if let r = t.range(of: "关于", options: .backwards) { t = String(t[r.upperBound...]) }
    // 绵阳市人民政府工作报告 reads as 绵阳市人民 + 政府工作报告.
    for word in ["人民政府", "人民"] where t.hasSuffix(word) { t = String(t.dropLast(word.count)) }
    // Drop a leading bracket or year: 【云浮招商】, (广西), 2024年.
    while let first = t.first, "【(（[".contains(first),
      let close = t.firstIndex(where: { "】)）]".contains($0) })
    {
      t = String(t[t.index(after: close)...])
    }
    // The year may come before or after the name: 2024年淮安市, 合肥市2017年.
    t = t.replacingOccurrences(of: "\\d{4}年度?", with: "", options: .regularExpression)
      .trimmingCharacters(in: .whitespaces)
    return t.isEmpty ? nil : t
  }

  static func firstMatch(_ regex: NSRegularExpression, in text: String, group: Int) -> String? {
    let ns = text as NSString
    guard let m = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else {
      return nil
    }
    let r = m.range(at: group)
    return r.location == NSNotFound ? nil : ns.substring(with: r)
  }
}
