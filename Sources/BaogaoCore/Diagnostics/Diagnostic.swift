/// A recoverable problem or a record of what a stage did, as a value (never printed by the library).
///
/// Cleaning rules report each action they take (`pinyin_gloss_removed`, count 2579, first offsets);
/// readers report what they could not read, with the file and, where known, the line or offset.
public struct Diagnostic: Sendable, Hashable, Codable {
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case note, warning, error

    private var rank: Int {
      switch self {
      case .note: 0
      case .warning: 1
      case .error: 2
      }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
  }

  public var severity: Severity
  /// A stable snake_case identifier of the action or problem, e.g. `traditional_converted`.
  public var kind: String
  public var message: String
  /// The file the problem belongs to, as the user named it.
  public var file: String?
  /// 1-based line in the file, when the problem has one.
  public var line: Int?
  /// Id of the report in the session, once it has one.
  public var reportID: String?
  /// How many times the action happened (1 for a single problem).
  public var count: Int
  /// The first few character offsets (into the cleaned or original text, as `message` says).
  public var positions: [Int]

  public init(
    severity: Severity, kind: String, message: String, file: String? = nil, line: Int? = nil,
    reportID: String? = nil, count: Int = 1, positions: [Int] = []
  ) {
    self.severity = severity
    self.kind = kind
    self.message = message
    self.file = file
    self.line = line
    self.reportID = reportID
    self.count = count
    self.positions = positions
  }

  /// `file:line: warning: message`, the form a person reads in a terminal.
  public var formatted: String {
    var place = ""
    if let file { place = file + (line.map { ":\($0)" } ?? "") + ": " }
    return "\(place)\(severity.rawValue): \(message)"
  }
}
