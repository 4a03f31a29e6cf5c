/// A number as written in a sentence, with its unit, range and hedge: `6.5%－7%`, `XX亿元`,
/// `百分之八至九`, `1002.18亿元`, `7%左右`.
public struct Figure: Sendable, Hashable {
  /// Unicode-scalar offsets of the figure (number, unit and range) in the report text.
  public var start: Int
  public var end: Int
  /// The number as written, in `unit`; nil when masked (`XX亿元`).
  public var value: Double?
  /// The upper end of a range (`6-7%` → 7).
  public var high: Double?
  /// `%` for percent (`％`, `百分之`, `三成`), `个百分点` for percentage points, else the unit as
  /// written (`亿元`, `万亩`, `人次`); nil for a bare number.
  public var unit: String?
  /// An anonymised placeholder: `X%`, `XX亿元`, `XXXX年`.
  public var masked: Bool
  /// `about`, `at_least`, `at_most` or `range`, from the words around the figure.
  public var qualifier: String?
  /// The hedge as written: `左右`, `以上`, `以内`, `不低于`, `控制在` …
  public var qualifierText: String?

  public init(
    start: Int, end: Int, value: Double?, high: Double? = nil, unit: String?, masked: Bool = false,
    qualifier: String? = nil, qualifierText: String? = nil
  ) {
    self.start = start
    self.end = end
    self.value = value
    self.high = high
    self.unit = unit
    self.masked = masked
    self.qualifier = qualifier
    self.qualifierText = qualifierText
  }

  public var isPercent: Bool { unit == "%" }
  public var isPoints: Bool { unit == "个百分点" }
  /// Money, mass, area, people …: a level rather than a rate.
  public var isLevel: Bool { unit != nil && !isPercent && !isPoints }
}
