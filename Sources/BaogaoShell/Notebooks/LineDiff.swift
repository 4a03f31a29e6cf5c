/// A line diff by longest common subsequence, printed as unified-diff hunks (`@@ -15,3 +15,3 @@`).
///
/// No diff library is at hand and outputs are short (a table of 52 reports is 60 lines), so a
/// quadratic LCS after trimming the common head and tail is fast enough and easy to trust.
public struct LineDiff: Sendable, Equatable {
  /// One line of the edit script: kept, removed from the old text, or added in the new.
  public enum Edit: Sendable, Equatable {
    case keep(String)
    case remove(String)
    case insert(String)
  }

  /// The edit script turning the old lines into the new ones.
  public let edits: [Edit]

  /// Diffs `old` against `new`, line by line.
  public init(old: [String], new: [String]) {
    var head = 0
    while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
    var tail = 0
    while tail < old.count - head, tail < new.count - head,
      old[old.count - 1 - tail] == new[new.count - 1 - tail]
    {
      tail += 1
    }
    let a = Array(old[head..<(old.count - tail)])
    let b = Array(new[head..<(new.count - tail)])
    var edits = old[..<head].map(Edit.keep)
    edits += LineDiff.middle(a, b)
    edits += old[(old.count - tail)...].map(Edit.keep)
    self.edits = edits
  }

  /// True when the two texts are the same.
  public var isEmpty: Bool {
    edits.allSatisfy { if case .keep = $0 { true } else { false } }
  }

  /// The LCS edit script of the differing middle parts.
  private static func middle(_ a: [String], _ b: [String]) -> [Edit] {
    let n = a.count
    let m = b.count
    // lengths[i * (m + 1) + j]: LCS length of a[i...] and b[j...].
    var lengths = [Int](repeating: 0, count: (n + 1) * (m + 1))
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lengths[i * (m + 1) + j] =
          a[i] == b[j]
          ? lengths[(i + 1) * (m + 1) + j + 1] + 1
          : max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
      }
    }
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < n, j < m {
      if a[i] == b[j] {
        edits.append(.keep(a[i]))
        i += 1
        j += 1
      } else if lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1] {
        edits.append(.remove(a[i]))
        i += 1
      } else {
        edits.append(.insert(b[j]))
        j += 1
      }
    }
    edits += a[i...].map(Edit.remove)
    edits += b[j...].map(Edit.insert)
    return edits
  }

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
