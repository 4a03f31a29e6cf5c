import Foundation

/// What the first lines of a report state: the meeting, its date and session, the speaker.
///
/// `——2021年2月1日在云浮市第六届人民代表大会第七次会议上` / `云浮市市长王胜` / `各位代表:` — and the
/// variants the 31 provincial reports show: `——2025年1月16日省长 李乐成在辽宁省第十四届人民代表大会…`,
/// `龚正市长在上海市…`, `国务院总理` / `李强`, `揭阳市榕城区人民政府区长郭;翔`; and the shapes of
/// other reports: `——二〇二四年一月十五日在…` (read as digits), `在市十六届人大四次会议上`, a date
/// above the meeting line or on a line of its own (`（2024年1月15日）`), `管委会主任 张三`, `市长　张　三`.
struct ReportHeader {
  var meetingDate: String?
  var meetingYear: Int?
  /// The year of the named NPC session, from `npc-sessions.tsv`: 第六届…第一次会议 → 1983.
  var sessionYear: Int?
  /// `第六届人民代表大会第七次会议`.
  var congressSession: String?
  /// The place named before the congress: `揭阳市榕城区`, `广西壮族自治区`; empty for the national congress.
  var meetingPlace: String?
  var national = false
  var speaker: String?
  var speakerRole: String?
  /// The place in the speaker's title: `通渭县` in `通渭县人民政府县长`.
  var speakerPlace: String?

  static let numerals = "[一二三四五六七八九十]+"
  /// The congress, in full or abbreviated: `在云浮市第六届人民代表大会第七次会议上`, `在市十六届人大四次会议上`.
  static let meeting = try! NSRegularExpression(
    pattern:
      "在([\\p{Han}X·]{0,24}?)\\s*第?(\(numerals))届\\s*(全国)?\\s*(?:人民代表大会|人大)\\s*第?(\(numerals))次(?:会议|會議)"
  )
  /// The meeting's date, on the meeting line before 在: `2021年2月1日`, or `1月12日` with no year.
  static let date = try! NSRegularExpression(
    pattern: "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日")
  /// A date in brackets just after the meeting line: `在四川省第十三届人民代表大会第二次会议上（2019年1月14日）`.
  static let dateAfter = try! NSRegularExpression(
    pattern: "^上?\\s*[（(]\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*[）)]")
  /// A date on a line of its own, for headers with no meeting line: `（2024年1月15日）`.
  static let dateLine = try! NSRegularExpression(
    pattern: "^[\\s（(—\\-]*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日[\\s）)]*$",
    options: .anchorsMatchLines)
  /// The second character of a two-character name spaced out for alignment: `市长 张　三`.
  static let spacedNameEnd = try! NSRegularExpression(
    pattern: "^[ 　]+(\\p{Han})[ 　]*(?:\\n|$|各位代表)")
  static let roles =
    "代理主席|代主席|主席|代理主任|代主任|主任|代州长|州长|代盟长|盟长|代理省长|代省长|省长|代理市长|代市长|市长|代理区长|代区长|区长|代理县长|代县长|县长|代旗长|旗长|代理镇长|代镇长|镇长|代乡长|乡长|总理"
  static let roleThenName = try! NSRegularExpression(
    pattern:
      "([\\p{Han}X]{0,20}?)(?:人民政府)?(\(roles))[\\s:：]*(?!在)([\\p{Han}]{1,4}?(?:·[\\p{Han}]{1,10})?)(?=同志|作政府工作报告|作工作报告|在|各位代表|\\n|\\s|$|的讲话|。|，|,)"
  )
  static let nameThenRole = try! NSRegularExpression(pattern: "([\\p{Han}]{2,3})(\(roles))在")

  /// The NPC session the address names: `我代表国务院，向第六届全国人民代表大会第一次会议作政府工作报告`.
  static let nationalSession = try! NSRegularExpression(
    pattern: "向第(\(numerals))届全国人民代表大会第(\(numerals))次会议")

  /// - Parameter title: the title when it is not the text's first line (a front matter's
  ///   `title: 四平市政府工作报告 （2013年12月25日 石国祥）`); its date is the meeting's when the
  ///   opening gives none.
  init(text: String, title: String? = nil) {
    // The header ends where the address 各位代表 starts; a scrape may have no such line.
    var head = String(text.unicodeScalars.prefix(400))
    if let r = head.range(of: "各位代表") { head = String(head[..<r.upperBound]) }
    head = ChineseNumeralDate.normalized(ChineseNumeralDate.asciiDigits(head))
    // Emphasis markers split a meeting line over two bold lines: `**…人民代表大会**⏎**第四次会议上**`.
    for mark in [";", "；", "*"] { head = head.replacingOccurrences(of: mark, with: "") }
    let ns = head as NSString
    let all = NSRange(location: 0, length: ns.length)
    func group(_ m: NSTextCheckingResult, _ i: Int) -> String? {
      let r = m.range(at: i)
      return r.location == NSNotFound ? nil : ns.substring(with: r)
    }
    var speakerZone = head
    if let m = Self.meeting.firstMatch(in: head, range: all) {
      let national = group(m, 3) != nil
      self.national = national
      congressSession = "第\(group(m, 2)!)届\(national ? "全国" : "")人民代表大会第\(group(m, 4)!)次会议"
      meetingPlace = group(m, 1)
      // The date, if any, is just before 在 (on the meeting line or the one above); the speaker
      // may sit between the two (海南省省长 刘小明在…) or follow the meeting line.
      let lineStart = ns.range(
        of: "\n", options: .backwards, range: NSRange(location: 0, length: m.range.location))
      let from = max(
        lineStart.location == NSNotFound ? 0 : lineStart.location + 1, m.range.location - 60)
      var between = ns.substring(with: NSRange(location: from, length: m.range.location - from))
      let near = max(0, m.range.location - 60)
      let before = NSRange(location: near, length: m.range.location - near)
      if let d = Self.date.matches(in: head, range: before).last {
        if let y = group(d, 1).flatMap({ Int($0) }) {
          setMeeting(year: y, month: group(d, 2), day: group(d, 3))
        }
        between = ns.substring(
          with: NSRange(location: d.range.upperBound, length: m.range.location - d.range.upperBound)
        )
      }
      let after = ns.substring(from: m.range.location + m.range.length)
      let afterNS = after as NSString
      if meetingDate == nil,
        let d = Self.dateAfter.firstMatch(
          in: after, range: NSRange(location: 0, length: afterNS.length))
      {
        setMeeting(
          year: Int(afterNS.substring(with: d.range(at: 1))),
          month: afterNS.substring(with: d.range(at: 2)),
          day: afterNS.substring(with: d.range(at: 3)))
      }
      speakerZone = between + "在\n" + after
    } else if let d = Self.dateLine.firstMatch(in: head, range: all) {
      setMeeting(year: group(d, 1).flatMap { Int($0) }, month: group(d, 2), day: group(d, 3))
    }
    if meetingDate == nil, let title {
      let t = ChineseNumeralDate.normalized(ChineseNumeralDate.asciiDigits(title))
      let tns = t as NSString
      if let d = Self.date.firstMatch(in: t, range: NSRange(location: 0, length: tns.length)),
        d.range(at: 1).location != NSNotFound
      {
        setMeeting(
          year: Int(tns.substring(with: d.range(at: 1))),
          month: tns.substring(with: d.range(at: 2)),
          day: tns.substring(with: d.range(at: 3)))
      }
    }
    let opening = String(text.unicodeScalars.prefix(400)) as NSString
    if congressSession == nil,
      let m = Self.nationalSession.firstMatch(
        in: opening as String, range: NSRange(location: 0, length: opening.length))
    {
      national = true
      congressSession =
        "第\(opening.substring(with: m.range(at: 1)))届全国人民代表大会第\(opening.substring(with: m.range(at: 2)))次会议"
    }
    if national, let session = congressSession { sessionYear = NationalSessions.year(of: session) }
    findSpeaker(in: speakerZone)
  }

  /// Records the meeting's date; a month or day that does not parse (or is out of range) leaves
  /// the date out but keeps the year.
  private mutating func setMeeting(year: Int?, month: String?, day: String?) {
    guard let year else { return }
    meetingYear = year
    if let mo = month.flatMap({ Int($0) }), let d = day.flatMap({ Int($0) }), (1...12).contains(mo),
      (1...31).contains(d)
    {
      meetingDate = String(format: "%04d-%02d-%02d", year, mo, d)
    }
  }

  private mutating func findSpeaker(in zone: String) {
    let ns = zone as NSString
    let all = NSRange(location: 0, length: ns.length)
    if let m = Self.roleThenName.firstMatch(in: zone, range: all) {
      let place = ns.substring(with: m.range(at: 1))
      speakerRole = ns.substring(with: m.range(at: 2))
      speaker = ns.substring(with: m.range(at: 3))
      let rest = NSRange(location: m.range.upperBound, length: ns.length - m.range.upperBound)
      if speaker?.count == 1, let end = Self.spacedNameEnd.firstMatch(in: zone, range: rest) {
        speaker! += ns.substring(with: end.range(at: 1))
      }
      if !place.isEmpty { speakerPlace = Self.place(fromSpeakerTitle: place) }
    } else if let m = Self.nameThenRole.firstMatch(in: zone, range: all) {
      speaker = ns.substring(with: m.range(at: 1))
      speakerRole = ns.substring(with: m.range(at: 2))
    }
  }

  /// `中共融安县委书记、` → nil; `通渭县人民政府` → 通渭县; `揭阳市榕城区` → 揭阳市榕城区.
  static func place(fromSpeakerTitle title: String) -> String? {
    var t = title
    for word in ["人民政府", "政府", "街道办事处", "办事处", "管委会", "管理委员会", "行政公署", "行署"]
    where t.hasSuffix(word) {
      t = String(t.dropLast(word.count))
      if word == "街道办事处" { t += "街道" }
    }
    guard let units = RegionName.units(t), !units.isEmpty else { return nil }
    return t
  }
}
