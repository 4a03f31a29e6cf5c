import BaogaoCore

/// What a pipeline needs of its source, known before any row is read: the simple conditions of
/// the `where`s right after it, and the columns the stages after it read. A source that reads
/// from a store (`indicators`, `search`) answers with fewer rows and fewer columns:
/// `indicators | where metric == "gdp" | group level agg count()` reads the GDP facts' `level`
/// and `metric`, and no sentence.
///
/// The stages still run as written: a request only lets a source leave out rows the `where`s
/// would drop and columns no stage reads, so the result is the same whether or not a source
/// takes it up.
public struct SourceRequest: Sendable, Equatable {
  /// Conditions every row the pipeline keeps meets: conjuncts of the leading `where`s that
  /// compare one column with literals.
  public var filters: [ColumnFilter]
  /// The columns the stages read; nil when the rows are shown or kept as they are (every column).
  public var columns: Set<String>?

  public init(filters: [ColumnFilter] = [], columns: Set<String>? = nil) {
    self.filters = filters
    self.columns = columns
  }

  /// Every row and every column: what `table(in:)` gives.
  public static let everything = SourceRequest()

  /// True when a stage reads `column` (or every column is wanted).
  public func needs(_ column: String) -> Bool { columns?.contains(column) ?? true }

  /// The reports whose id passes every filter on `column` (`report_id == "r5"`,
  /// `report_id in [...]`): a source reads nothing of the others.
  public func reports(_ reports: [Report], idColumn column: String) -> [Report] {
    let tests = filters.filter { $0.column == column }
    guard !tests.isEmpty else { return reports }
    return reports.filter { r in tests.allSatisfy { $0.accepts(.string(r.id)) } }
  }

  /// True when `row` of `schema` passes every filter on a column not in `unknown` (columns
  /// the row does not hold yet).
  public func keeps(_ row: [Value], of schema: Schema, unknown: Set<String> = []) -> Bool {
    filters.allSatisfy { filter in
      guard !unknown.contains(filter.column), let i = schema.index(of: filter.column) else {
        return true
      }
      return filter.accepts(row[i])
    }
  }
}

/// One column compared with literals: `metric == "gdp"`, `year >= 2020`, `level in ["city"]`,
/// `growth is not null`.
///
/// Its meaning is the query language's (`CompiledExpression`): `!=` and `not in` keep nulls,
/// `==`, `<`, `in` … drop them, and 2021 equals 2021.0.
public struct ColumnFilter: Sendable, Equatable {
  public enum Test: Sendable, Equatable {
    case equal(Value), notEqual(Value)
    case less(Value), lessOrEqual(Value), greater(Value), greaterOrEqual(Value)
    case isNull, isNotNull
    case among([Value]), notAmong([Value])
  }

  public var column: String
  public var test: Test

  public init(column: String, test: Test) {
    self.column = column
    self.test = test
  }

  /// True when `value` (the column's) passes, as `where` decides it.
  public func accepts(_ value: Value) -> Bool {
    let equal = CompiledExpression.equal
    switch test {
    case .equal(let v): return equal(value, v)
    case .notEqual(let v): return !equal(value, v)
    case .less(let v): return !value.isNull && value < v
    case .lessOrEqual(let v): return !value.isNull && !(v < value)
    case .greater(let v): return !value.isNull && v < value
    case .greaterOrEqual(let v): return !value.isNull && !(value < v)
    case .isNull: return value.isNull
    case .isNotNull: return !value.isNull
    case .among(let list): return list.contains { equal(value, $0) }
    case .notAmong(let list): return !list.contains { equal(value, $0) }
    }
  }

  /// The conjuncts of `condition` that are one column against literals of its type (strings
  /// with strings, numbers with numbers, booleans with booleans); the rest are left to `where`.
  static func conjuncts(of condition: Expression, in schema: Schema) -> [ColumnFilter] {
    switch condition {
    case .binary("and", let a, let b, _):
      return conjuncts(of: a, in: schema) + conjuncts(of: b, in: schema)
    case .binary(let op, .field(let name, _), .literal(let v, _), _):
      return filter(name, op, v, in: schema).map { [$0] } ?? []
    case .binary(let op, .literal(let v, _), .field(let name, _), _):
      let flipped = ["<": ">", "<=": ">=", ">": "<", ">=": "<="][op] ?? op
      return filter(name, flipped, v, in: schema).map { [$0] } ?? []
    case .isNull(.field(let name, _), let negated, _):
      guard schema[name] != nil else { return [] }
      return [ColumnFilter(column: name, test: negated ? .isNotNull : .isNull)]
    case .member(.field(let name, _), let items, let negated, _):
      guard let column = schema[name] else { return [] }
      var values: [Value] = []
      for item in items {
        guard case .literal(let v, _) = item, fits(v, column.type) else { return [] }
        values.append(v)
      }
      return [ColumnFilter(column: name, test: negated ? .notAmong(values) : .among(values))]
    default:
      return []
    }
  }

  private static func filter(_ name: String, _ op: String, _ v: Value, in schema: Schema)
    -> ColumnFilter?
  {
    guard let column = schema[name], fits(v, column.type) else { return nil }
    let ordered = column.type.isNumeric
    switch op {
    case "==": return ColumnFilter(column: name, test: .equal(v))
    case "!=": return ColumnFilter(column: name, test: .notEqual(v))
    case "<" where ordered: return ColumnFilter(column: name, test: .less(v))
    case "<=" where ordered: return ColumnFilter(column: name, test: .lessOrEqual(v))
    case ">" where ordered: return ColumnFilter(column: name, test: .greater(v))
    case ">=" where ordered: return ColumnFilter(column: name, test: .greaterOrEqual(v))
    default: return nil
    }
  }

  /// A literal of the column's kind: a string for a string column, a number for a numeric one,
  /// a boolean for a boolean one (no null: `is null` says that).
  private static func fits(_ v: Value, _ type: ValueType) -> Bool {
    switch (v, type) {
    case (.string, .string), (.int, .int), (.int, .double), (.double, .int), (.double, .double),
      (.bool, .bool):
      true
    default: false
    }
  }
}

/// A source that can read less when told what a pipeline needs.
public protocol FilteringSource: Source {
  /// The rows of `table(in:)`, in the same order, less any that fail `request.filters`; the
  /// columns outside `request.columns` may hold anything (no stage reads them).
  func table(in context: SourceContext, request: SourceRequest) throws -> Table
}

extension FilteringSource {
  public func table(in context: SourceContext) throws -> Table {
    try table(in: context, request: .everything)
  }
}

extension SourceRequest {
  /// What `stages` need of their source: the filters of the leading `where`s over `schema`,
  /// and the columns read before a stage that makes new rows (`group`, `select`, `count`).
  /// A stage this does not know (a join, a pivot, `distinct` over whole rows) reads every
  /// column.
  public init(stages: [any Stage], over schema: Schema) {
    var filters: [ColumnFilter] = []
    var leading = true
    var read = Set<String>()
    var columns: Set<String>?
    func walk(_ stages: [any Stage]) -> Bool {
      for stage in stages {
        switch stage {
        case let s as WhereStage:
          if leading { filters += ColumnFilter.conjuncts(of: s.condition, in: schema) }
          read.formUnion(s.condition.fields)
          continue
        case let s as ChainStage:
          if walk(s.stages) { return true }
          continue
        case let s as SortStage:
          read.formUnion(s.keys.flatMap(\.expression.fields))
        case let s as TopStage:
          read.formUnion(s.key.fields)
        case is LimitStage:
          break
        case is CountStage:
          columns = read
          return true
        case let s as GroupStage:
          read.formUnion(s.keys.flatMap(\.fields))
          for a in s.aggregates {
            read.formUnion((a.argument?.fields ?? []) + (a.second?.fields ?? []))
          }
          columns = read
          return true
        case let s as SelectStage:
          read.formUnion(s.items.flatMap(\.expression.fields))
          columns = read
          return true
        default:
          return true
        }
        leading = false
      }
      return false
    }
    _ = walk(stages)
    self.init(filters: filters, columns: columns)
  }
}
