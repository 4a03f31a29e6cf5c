/// The type a column holds, known before any row is read.
public enum ValueType: String, Sendable, Hashable {
  case string, int, double, bool, list, any

  public var isNumeric: Bool { self == .int || self == .double }
}

public struct Column: Sendable, Hashable {
  public var name: String
  public var type: ValueType
  /// Long text columns (a report's `text`) are left out of table mode unless selected.
  public var hiddenByDefault: Bool
  public var help: String
  /// When a narrow table cuts this column, it keeps the end of the text and drops the start:
  /// kwic's `left` context keeps the characters next to the keyword (`…推动`, not `着力…`).
  public var keepsEnd: Bool

  public init(
    _ name: String, _ type: ValueType, hidden: Bool = false, help: String = "",
    keepsEnd: Bool = false
  ) {
    self.name = name
    self.type = type
    self.hiddenByDefault = hidden
    self.help = help
    self.keepsEnd = keepsEnd
  }
}

/// The columns of a table, in order. Known before evaluation, so that `where yaer > 2000` is an
/// error before any row is read and completion knows the fields.
public struct Schema: Sendable, Hashable {
  public var columns: [Column]

  public init(_ columns: [Column]) { self.columns = columns }

  public var names: [String] { columns.map(\.name) }

  public func index(of name: String) -> Int? { columns.firstIndex { $0.name == name } }

  public subscript(name: String) -> Column? { index(of: name).map { columns[$0] } }
}
