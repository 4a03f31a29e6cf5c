import Foundation

/// The names reports use for each metric, read from a data file (`Resources/metrics.json`) that
/// users can extend (`.metrics add`, or a file of their own).
public struct MetricLexicon: Sendable {
  /// One metric: its canonical id and the names it is written with.
  public struct Entry: Sendable, Codable, Hashable {
    public var id: String
    public var names: [String]
    /// Names that stand for the metric only in a goal: `经济增长` in `今年经济增长预期为7％左右`.
    public var targetNames: [String]?
    /// The metrics a name stands for when `分别` follows: `城乡居民人均可支配收入分别增长…`.
    public var split: [String]?
    /// A percent after the name is the metric's level (`失业率5.5%`), not its growth.
    public var rate: Bool?
    /// Units a level of this metric is written in; nil for money (`亿元`, `万元`, `元`).
    public var units: [String]?
    /// A level alone in a review's span is often the span's sum, not the level of its last
    /// year (`五年来…实际利用外资595亿美元`, `完成固定资产投资8200亿元`): it keeps the span.
    /// Other metrics' levels alone there are the last year's (`城镇化率69.5%`,
    /// `社会消费品零售总额实现1203亿元`), unless a total word says otherwise (`累计`).
    public var spanSum: Bool?
    /// Short names that stand for this metric right after another's:
    /// `规上工业总产值XX亿元,增加值XX亿元` → `增加值` after industrial_output.
    public var elliptic: [Elliptic]?

    /// Every name counts additions (`城镇新增就业`): a figure for a span is the span's sum, the
    /// figures of its years added up, not a level reached at its end.
    public var countsAdditions: Bool { names.allSatisfy { $0.contains("新增") } }

    public struct Elliptic: Sendable, Codable, Hashable {
      public var after: String
      public var name: String
      /// Only after these names of `after` (`规上工业总产值`, not any `工业总产值`).
      public var afterNames: [String]?
    }

    public init(
      id: String, names: [String], targetNames: [String]? = nil, split: [String]? = nil,
      rate: Bool? = nil, units: [String]? = nil
    ) {
      self.units = units
      self.id = id
      self.names = names
      self.targetNames = targetNames
      self.split = split
      self.rate = rate
    }
  }

  private struct File: Codable {
    var metrics: [Entry]
    var exclude: [String]?
  }

  public private(set) var entries: [Entry]
  /// Phrases that contain a metric's name but mean something else (`社会生产总值`).
  public private(set) var exclude: [String]

  public init(entries: [Entry], exclude: [String] = []) {
    self.entries = entries
    self.exclude = exclude
  }

  /// Reads a lexicon file: `{"metrics": [{"id": …, "names": […]}], "exclude": […]}`.
  public init(contentsOf url: URL) throws {
    let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
    self.init(entries: file.metrics, exclude: file.exclude ?? [])
  }

  /// The lexicon shipped with baogao; empty if its resource cannot be read.
  public static let builtIn: MetricLexicon = {
    guard let url = Bundle.module.url(forResource: "metrics", withExtension: "json"),
      let lexicon = try? MetricLexicon(contentsOf: url)
    else { return MetricLexicon(entries: []) }
    return lexicon
  }()

  /// Canonical metric ids, in file order.
  public var metrics: [String] { entries.map(\.id) }

  public func entry(for metric: String) -> Entry? { entries.first { $0.id == metric } }

  /// Adds names to a metric, creating it if new: `.metrics add tourism 旅游总收入 旅游收入`.
  public mutating func add(metric: String, names: [String]) {
    if let i = entries.firstIndex(where: { $0.id == metric }) {
      entries[i].names += names.filter { !entries[i].names.contains($0) }
    } else {
      entries.append(Entry(id: metric, names: names))
    }
  }

  /// Adds the metrics and exclusions of another lexicon (a user's file) to this one.
  public mutating func merge(_ other: MetricLexicon) {
    for e in other.entries {
      if let i = entries.firstIndex(where: { $0.id == e.id }) {
        entries[i].names += e.names.filter { !entries[i].names.contains($0) }
        if let t = e.targetNames { entries[i].targetNames = (entries[i].targetNames ?? []) + t }
        if e.split != nil { entries[i].split = e.split }
        if e.rate != nil { entries[i].rate = e.rate }
        if e.units != nil { entries[i].units = e.units }
        if e.spanSum != nil { entries[i].spanSum = e.spanSum }
      } else {
        entries.append(e)
      }
    }
    exclude += other.exclude.filter { !exclude.contains($0) }
  }
}
