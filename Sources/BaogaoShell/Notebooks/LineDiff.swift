/// A line diff printed as unified-diff hunks (`@@ -15,3 +15,3 @@`).
///
/// The edit script is the standard library's `CollectionDifference` (`new.difference(from: old)`,
/// a Myers diff), walked into kept, removed and inserted lines; this type only prints it.
public struct LineDiff: Sendable, Equatable {
  /// One line of the edit script: kept, removed from the old text, or added in the new.
  public enum Edit: Sendable, Equatable {
    case keep(String)
    case remove(String)
    case insert(String)
  }

  /// The edit script turning the old lines into the new ones.
  public let edits: [Edit]
  /// The removals (offsets in the old lines) and insertions (offsets in the new) behind `edits`.
  public let difference: CollectionDifference<String>

  /// Diffs `old` against `new`, line by line.
  public init(old: [String], new: [String]) {
    let difference = new.difference(from: old)
    var removed = Set<Int>()
    var inserted = Set<Int>()
    for change in difference {
      switch change {
      case .remove(let offset, _, _): removed.insert(offset)
      case .insert(let offset, _, _): inserted.insert(offset)
      }
    }
    // Walk both texts: a removed old line, then an inserted new line, else the two are the same line.
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, removed.contains(i) {
        edits.append(.remove(old[i]))
        i += 1
      } else if j < new.count, inserted.contains(j) {
        edits.append(.insert(new[j]))
        j += 1
      } else {
        edits.append(.keep(old[i]))
        i += 1
        j += 1
      }
    }
    self.edits = edits
    self.difference = difference
  }

  /// True when the two texts are the same.
  public var isEmpty: Bool { difference.isEmpty }

  /// The hunks in unified form, each with `context` kept lines around changes.
  ///
  /// `oldStart`/`newStart` are the 1-based line numbers of the first old/new line, so that hunk
  /// headers point into the file (`@@ -16,2 +16,2 @@` for an output block whose text starts at 16).
  public func unifiedHunks(oldStart: Int = 1, newStart: Int = 1, context: Int = 3) -> String {
    let changed = edits.indices.filter { if case .keep = edits[$0] { false } else { true } }
    guard let first = changed.first else { return "" }
    // Group changes whose context overlaps into one hunk.
    var groups: [ClosedRange<Int>] = []
    var low = first
    var high = first
    for index in changed.dropFirst() {
      if index - high > 2 * context {
        groups.append(low...high)
        low = index
      }
      high = index
    }
    groups.append(low...high)

    // Line numbers of the old and new text before each edit.
    var oldLine = [Int](repeating: 0, count: edits.count + 1)
    var newLine = [Int](repeating: 0, count: edits.count + 1)
    oldLine[0] = oldStart
    newLine[0] = newStart
    for (index, edit) in edits.enumerated() {
      oldLine[index + 1] = oldLine[index] + (edit.isInsert ? 0 : 1)
      newLine[index + 1] = newLine[index] + (edit.isRemove ? 0 : 1)
    }

    var result = ""
    for group in groups {
      let start = max(0, group.lowerBound - context)
      let end = min(edits.count, group.upperBound + context + 1)
      let oldCount = oldLine[end] - oldLine[start]
      let newCount = newLine[end] - newLine[start]
      // An empty side names the line before it, as diff(1) does (`-15,0`).
      let oldFrom = oldCount == 0 ? oldLine[start] - 1 : oldLine[start]
      let newFrom = newCount == 0 ? newLine[start] - 1 : newLine[start]
      result += "@@ -\(oldFrom),\(oldCount) +\(newFrom),\(newCount) @@\n"
      for edit in edits[start..<end] {
        switch edit {
        case .keep(let line): result += " " + line + "\n"
        case .remove(let line): result += "-" + line + "\n"
        case .insert(let line): result += "+" + line + "\n"
        }
      }
    }
    return result
  }
}

extension LineDiff.Edit {
  var isInsert: Bool { if case .insert = self { true } else { false } }
  var isRemove: Bool { if case .remove = self { true } else { false } }
}
