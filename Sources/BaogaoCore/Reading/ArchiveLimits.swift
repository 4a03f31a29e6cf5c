import Foundation
import ZIPFoundation

/// How far a compressed entry (zip, docx, gz) may expand, and how deep archives may nest.
///
/// A 2.2 MB zip that expands to 2.3 GB of 0xFF took 4.5 GB of memory and then crashed `load`.
/// Every entry is now counted while it is inflated, and stops at whichever limit comes first:
/// an absolute size, or a ratio to its compressed size once it is past `ratioFloor` (small
/// entries of repeated text compress very well and are harmless). The shell sets them with
/// `.set archive_max_mb N`, `.set archive_max_ratio N` and `.set archive_max_depth N`.
public struct ArchiveLimits: Sendable, Equatable {
  public var maxEntryBytes: Int
  public var maxRatio: Int
  /// Archives inside archives: 1 reads a zip's entries but not a zip inside it, 2 one level more.
  public var maxDepth: Int
  /// Entries smaller than this are never stopped by the ratio.
  public var ratioFloor = 16 << 20

  public init(maxEntryBytes: Int = 512 << 20, maxRatio: Int = 200, maxDepth: Int = 2) {
    self.maxEntryBytes = maxEntryBytes
    self.maxRatio = maxRatio
    self.maxDepth = maxDepth
  }

  /// Why an entry was not read.
  public struct Exceeded: Error, CustomStringConvertible {
    public var description: String
  }

  /// An entry whose contents do not match the CRC-32 stored for it.
  public struct Damaged: Error, CustomStringConvertible {
    public var description: String { "CRC-32 does not match the contents" }
  }

  /// Collects inflated bytes, throwing as soon as they pass a limit.
  final class Counter {
    let limits: ArchiveLimits
    let compressedSize: Int
    var data = Data()

    init(_ limits: ArchiveLimits, compressedSize: Int) {
      self.limits = limits
      self.compressedSize = max(compressedSize, 1)
    }

    func append(_ chunk: Data) throws {
      let size = data.count + chunk.count
      if size > limits.maxEntryBytes {
        throw Exceeded(
          description:
            "expands past \(limits.maxEntryBytes >> 20) MB, the limit for one entry "
            + "(.set archive_max_mb N to change it)")
      }
      if size > limits.ratioFloor, size / compressedSize > limits.maxRatio {
        throw Exceeded(
          description:
            "expands more than \(limits.maxRatio) times its compressed size (\(compressedSize) bytes), "
            + "like a zip bomb (.set archive_max_ratio N to change the limit)")
      }
      data.append(chunk)
    }
  }

  /// The bytes of a zip entry, with its CRC checked (a damaged entry is an error, not garbage)
  /// and its expansion bounded.
  func extract(_ entry: Entry, from archive: Archive) throws -> Data {
    let counter = Counter(self, compressedSize: Int(clamping: entry.compressedSize))
    // ZIPFoundation computes the CRC but leaves the comparison to the caller.
    let crc = try archive.extract(entry, skipCRC32: false) { try counter.append($0) }
    guard crc == entry.checksum else { throw Damaged() }
    return counter.data
  }
}
