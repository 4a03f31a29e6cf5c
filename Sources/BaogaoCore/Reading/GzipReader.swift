import Foundation
import ZIPFoundation

/// Inflates a `.gz` file (RFC 1952: one member) so that `load report.txt.gz` reads the report
/// inside, with the same expansion limits as zip entries and the trailer's CRC-32 checked.
/// The deflate stream itself is inflated by zlib through ZIPFoundation.
enum GzipReader {
  struct Damaged: Error, CustomStringConvertible {
    var description: String
  }

  static func isGzip(_ data: Data) -> Bool { data.starts(with: [0x1F, 0x8B]) }

  static func inflate(_ data: Data, limits: ArchiveLimits) throws -> Data {
    let bytes = [UInt8](data.prefix(65_536 + 10))
    guard bytes.count >= 18, bytes[0] == 0x1F, bytes[1] == 0x8B, bytes[2] == 8 else {
      throw Damaged(description: "not a deflate .gz file")
    }
    let flags = bytes[3]
    var offset = 10
    func skipZeroTerminated() throws {
      while offset < bytes.count, bytes[offset] != 0 { offset += 1 }
      guard offset < bytes.count else { throw Damaged(description: "truncated .gz header") }
      offset += 1
    }
    if flags & 0x04 != 0 {  // FEXTRA
      guard offset + 2 <= bytes.count else { throw Damaged(description: "truncated .gz header") }
      offset += 2 + Int(bytes[offset]) + Int(bytes[offset + 1]) << 8
    }
    if flags & 0x08 != 0 { try skipZeroTerminated() }  // FNAME
    if flags & 0x10 != 0 { try skipZeroTerminated() }  // FCOMMENT
    if flags & 0x02 != 0 { offset += 2 }  // FHCRC
    let start = data.startIndex + offset
    let end = data.endIndex - 8
    guard start <= end else { throw Damaged(description: "truncated .gz file") }
    let counter = ArchiveLimits.Counter(limits, compressedSize: end - start)
    let crc = try Data.decompress(
      size: Int64(end - start), bufferSize: 64 << 10, skipCRC32: false,
      provider: { position, size in
        let from = start + Int(position)
        return data.subdata(in: from..<min(from + size, end))
      },
      consumer: { try counter.append($0) })
    let trailer = [UInt8](data.suffix(8))
    let stored = trailer[0..<4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    guard stored == crc else {
      throw Damaged(description: "damaged .gz file: CRC-32 does not match its contents")
    }
    return counter.data
  }
}
