import BaogaoCore
import BaogaoQuery
import Foundation

/// `.import FILE.csv [as NAME]`, and `load` of a CSV without a text column: a researcher's own
/// table (covariates of a panel) kept as `$NAME`, to start a pipeline from or to `join`.
extension Session {
  func runImport(_ args: [String], range: Range<Int>, origin: Origin) throws {
    let usage = "usage: .import FILE.csv [as NAME]"
    let name: String?
    switch args.count {
    case 1: name = nil
    case 3 where args[1].lowercased() == "as":
      name = args[2].hasPrefix("$") ? String(args[2].dropFirst()) : args[2]
    default: throw QueryError(".import takes a file and an optional name; \(usage)", at: range)
    }
    try importTable(args[0], as: name, range: range, origin: origin)
  }

  /// Reads the CSV file `typed` (resolved like any path of `origin`) and keeps it as `$name`,
  /// by default the file's name without its extension.
  func importTable(_ typed: String, as name: String?, range: Range<Int>, origin: Origin) throws {
    let path = resolveExisting(typed, origin: origin)
    let stem = ((typed as NSString).lastPathComponent as NSString).deletingPathExtension
    let name = name ?? stem
    guard Session.isParameterName(name) else {
      throw QueryError(
        "'\(name)' cannot name a table (letters, digits and _ only): write .import \(typed) as NAME",
        at: range)
    }
    let table: Table
    do { table = try ImportedTable.read(path: path, shownAs: typed) } catch {
      throw QueryError(error.message, at: range)
    }
    catalog.keep(table, as: name, madeFrom: nil)
    let columns = table.schema.columns.map {
      "\($0.name) \($0.type == .string ? "text" : $0.type.rawValue)"
    }
    note(
      "imported $\(name) from \(typed): \(table.rows.count) row\(table.rows.count == 1 ? "" : "s") (\(columns.joined(separator: ", ")))"
    )
  }

  /// True for a `.csv` file with none of the corpus text columns: `load` imports it as a table.
  func isPlainTable(_ path: String, options: LoadOptions) -> Bool {
    guard options.textColumn == nil, path.lowercased().hasSuffix(".csv") else { return false }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue, let header = ImportedTable.header(path: path)
    else { return false }
    let wanted = Set(LoadOptions.textColumnNames.map { $0.lowercased() })
    return !header.contains {
      wanted.contains($0.trimmingCharacters(in: .whitespaces).lowercased())
    }
  }

  /// After a load changed the corpus: a warning for each `let` table made from other reports.
  func warnStaleTables(before: [String]) {
    let now = corpus.reports.map(\.id)
    guard now != before else { return }
    for (name, made) in catalog.staleTables(reportIDs: now) {
      note(
        "warning: $\(name) was made from \(made.reportsDescription), before this load; "
          + "run it again to include the \(now.count) reports now loaded: \(made.statement)")
    }
  }
}
