/// The government level that gives a report.
public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
  case national, province, city, district, county, town

  /// Higher levels first: national → province → city → district/county → town.
  public var rank: Int {
    switch self {
    case .national: 0
    case .province: 1
    case .city: 2
    case .district, .county: 3
    case .town: 4
    }
  }
}

/// The script a report was written in, before cleaning.
public enum Script: String, Sendable, Hashable, Codable {
  case simplified, traditional
}

/// One government work report: its metadata, its cleaned text and what cleaning did to it.
///
/// `text` is the cleaned, Simplified text every later stage reads; `original` is the text as
/// decoded from the file (before conversion and cleaning), kept so nothing the user loaded is lost.
public struct Report: Sendable, Identifiable {
  /// Unique in the session (`r1`, `r2`, …); assigned by `Corpus` when the report is added.
  public var id: String
  /// The path as the user loaded it (for a zip entry: `archive.zip/entry.docx`).
  public var doc: String
  /// 1-based position of the report in its file (a JSONL corpus: its line number).
  public var position: Int
  public var title: String?
  /// Where the text was published, when the file says (a Markdown front matter's `source:` URL).
  public var source: String?
  /// The government giving the report: 云浮市, 榕城区, XX县, 广东省 …
  public var region: String?
  /// The government above, where stated: 揭阳市 for 榕城区.
  public var parent: String?
  /// The region's 6-digit administrative division code (GB/T 2260), from `adcodes.tsv`: 522600
  /// for 黔东南苗族侗族自治州. Nil for the nation, a masked name (XX县), a town, or a name the
  /// table does not hold or holds more than once (南山区 without its city).
  public var adcode: String?
  public var level: Level?
  /// The year of the session that heard the report: the meeting date's year, which is the title's
  /// year. A report heard in December 2013 that plans for 2014 has year 2013. Without a dated
  /// heading it comes from the content (刚刚过去的1984年 → 1985; the NPC session named).
  public var year: Int?
  /// The congress meeting: 第六届人民代表大会第七次会议.
  public var congressSession: String?
  /// ISO date of the meeting, 2021-02-01.
  public var meetingDate: String?
  /// The first month of a session that plans the next year: one from October on reviews the year
  /// it closes (`预计今年…`) and sets the next year's goals (西宁 2016-11-25, 固原 2021-12-28).
  public static let planningAheadFrom = 10

  /// Does the meeting, held in the report's own year, plan the next year?
  var meetsLate: Bool { Self.meetsLate(date: meetingDate, year: year) }

  /// Was a meeting on `date` (ISO, `2016-11-25`) held late in `year`, so that it plans the next?
  static func meetsLate(date: String?, year: Int?) -> Bool {
    guard let date, date.count >= 7, let year, Int(date.prefix(4)) == year,
      let month = Int(date.dropFirst(5).prefix(2))
    else { return false }
    return month >= planningAheadFrom
  }
  public var speaker: String?
  public var speakerRole: String?
  public var script: Script
  /// Cleaned Simplified text, paragraphs separated by "\n". A report read back from a store
  /// reads it from there the first time it is asked for (`deferTexts`).
  public var text: String {
    get { deferredText?.value ?? textValue }
    set {
      textValue = newValue
      deferredText = nil
      knownChars = nil
    }
  }
  /// The text as decoded, before any cleaning. A report read back from a store reads it from
  /// there each time it is asked for, and does not keep it.
  public var original: String {
    get { deferredOriginal?.value ?? originalValue }
    set {
      originalValue = newValue
      deferredOriginal = nil
    }
  }
  /// Cleaning actions and warnings for this report.
  public var diagnostics: [Diagnostic]

  private var textValue: String
  private var originalValue: String
  private var deferredText: DeferredText?
  private var deferredOriginal: DeferredText?
  private var knownChars: Int?

  public init(
    id: String = "", doc: String, position: Int = 1, title: String? = nil, region: String? = nil,
    parent: String? = nil, adcode: String? = nil, level: Level? = nil, year: Int? = nil,
    congressSession: String? = nil,
    meetingDate: String? = nil, speaker: String? = nil, speakerRole: String? = nil,
    script: Script = .simplified, text: String, original: String? = nil,
    diagnostics: [Diagnostic] = []
  ) {
    self.id = id
    self.doc = doc
    self.position = position
    self.title = title
    self.region = region
    self.parent = parent
    self.adcode = adcode
    self.level = level
    self.year = year
    self.congressSession = congressSession
    self.meetingDate = meetingDate
    self.speaker = speaker
    self.speakerRole = speakerRole
    self.script = script
    self.textValue = text
    self.originalValue = original ?? text
    self.diagnostics = diagnostics
  }

  /// Length of the cleaned text in characters (Unicode scalars, which for Chinese text are
  /// the characters a reader counts).
  public var chars: Int { knownChars ?? text.unicodeScalars.count }

  /// Makes the report read its texts from elsewhere (a store) when they are first asked for;
  /// `chars` is the cleaned text's length, known without reading it.
  public mutating func deferTexts(text: DeferredText, original: DeferredText, chars: Int) {
    deferText(text, chars: chars)
    deferOriginal(original)
  }

  /// Makes the report read its cleaned text from elsewhere (a store) when it is first asked
  /// for; `chars` is its length, known without reading it.
  public mutating func deferText(_ text: DeferredText, chars: Int) {
    textValue = ""
    deferredText = text
    knownChars = chars
  }

  /// Makes the report read its original text from elsewhere (a store), leaving the cleaned
  /// text in memory.
  public mutating func deferOriginal(_ original: DeferredText) {
    originalValue = ""
    deferredOriginal = original
  }

  /// True when the cleaned text is still elsewhere, not yet read.
  public var textIsDeferred: Bool { deferredText.map { !$0.isRead } ?? false }

  /// The cleaned text, without keeping a deferred text in memory (for a fingerprint).
  var transientText: String { deferredText?.transientValue ?? textValue }
}
