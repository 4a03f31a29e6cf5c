import GRDB

/// A condition on one column of a stored table, answered by SQLite: `metric = 'gdp'`,
/// `year >= 2020`, `growth IS NOT NULL`. Null is handled as the query language handles it: `!=`
/// and `not in` keep a null, every other comparison drops it.
public struct StoreCondition: Sendable, Equatable {
  public enum Operator: Sendable, Equatable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
    case isNull, isNotNull
    case among, notAmong
  }

  /// A value compared with: booleans are stored as the integers 0 and 1.
  public enum Literal: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)

    var databaseValue: DatabaseValue {
      switch self {
      case .text(let s): s.databaseValue
      case .integer(let i): i.databaseValue
      case .real(let d): d.databaseValue
      }
    }
  }

  /// The column as the table names it (`char_start`, not `start`).
  public var column: String
  public var op: Operator
  /// One for a comparison, any number for `among`, none for `isNull`.
  public var literals: [Literal]

  public init(column: String, op: Operator, literals: [Literal] = []) {
    self.column = column
    self.op = op
    self.literals = literals
  }

  /// The condition in SQL with its arguments; nil when `column` is not one of `columns`, so no
  /// name from outside is written into SQL.
  func sql(columns: Set<String>) -> (String, [DatabaseValue])? {
    guard columns.contains(column) else { return nil }
    let c = "\"\(column)\""
    let values = literals.map(\.databaseValue)
    let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
    let comparison = { (symbol: String) in
      values.count == 1 ? ("\(c) \(symbol) ?", values) : nil
    }
    switch op {
    case .equal: return comparison("=")
    case .less: return comparison("<")
    case .lessOrEqual: return comparison("<=")
    case .greater: return comparison(">")
    case .greaterOrEqual: return comparison(">=")
    case .notEqual:
      guard values.count == 1 else { return nil }
      return ("(\(c) IS NULL OR \(c) <> ?)", values)
    case .isNull: return ("\(c) IS NULL", [])
    case .isNotNull: return ("\(c) IS NOT NULL", [])
    case .among: return ("\(c) IN (\(marks))", values)
    case .notAmong: return ("(\(c) IS NULL OR \(c) NOT IN (\(marks)))", values)
    }
  }

  /// `a AND b AND …` over the conditions SQL can state, with their arguments (an empty clause
  /// when there are none).
  static func clause(_ conditions: [StoreCondition], columns: Set<String>) -> (
    String, [DatabaseValue]
  ) {
    var parts: [String] = []
    var arguments: [DatabaseValue] = []
    for condition in conditions {
      guard let (sql, values) = condition.sql(columns: columns) else { continue }
      parts.append(sql)
      arguments += values
    }
    return (parts.joined(separator: " AND "), arguments)
  }
}
