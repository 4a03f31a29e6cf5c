import Foundation
import Testing
import ZIPFoundation

@testable import BaogaoCore

/// Issue 12's silently wrong readings and limits, on real report bytes changed in memory (the
/// damaged copies are written to a temporary folder, never to the repository).
@Suite("Reading robustness")
struct ReadingRobustnessTests {
  static let seedName = "seeds/2024-county-anonymized-guangdong.txt"

  static func seedBytes() throws -> Data {
    let path = try LoaderTestSupport.requireShared(seedName)
    return try #require(FileManager.default.contents(atPath: path))
  }

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "baogao-reading-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func load(_ data: Data, named name: String, options: LoadOptions = .init()) throws
    -> LoadResult
  {
    let url = try folder().appendingPathComponent(name)
    try data.write(to: url)
    return ReportLoader(options: options).load([url.path])
  }

  static func errors(_ result: LoadResult) -> [Diagnostic] {
    result.diagnostics.filter { $0.severity == .error }
  }

  @Test("UTF-8 with three invalid bytes stays UTF-8, with the bytes' offsets")
  func damagedUTF8() throws {
    var bytes = [UInt8](try Self.seedBytes())
    // A stray 0xFF before the character starting at or after each of three places.
    let places = [300, 5_000, 9_000].map { target in
      bytes.indices.first { $0 >= target && bytes[$0] & 0xC0 != 0x80 }!
    }
    for place in places.reversed() { bytes.insert(0xFF, at: place) }
    let expected = places.enumerated().map { $0.element + $0.offset }
    let decoded = try #require(Decoder.decode(Data(bytes)))
    #expect(decoded.encoding == "UTF-8")
    #expect(decoded.invalid == 3)
    #expect(decoded.invalidOffsets == expected)
    let result = try Self.load(Data(bytes), named: "damaged.txt")
    let report = try #require(result.reports.first)
    #expect(report.region == "XX县")
    #expect(report.year == 2024)
    let note = try #require(report.diagnostics.first { $0.kind == "invalid_bytes" })
    #expect(
      note.message.hasSuffix("(at byte \(expected.map(String.init).joined(separator: ", ")))"))
  }

  @Test("GB18030 is still GB18030: the damaged-UTF-8 reading does not take it")
  func gb18030StaysGB18030() throws {
    let text = String(decoding: try Self.seedBytes(), as: UTF8.self)
    let gb = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))  // GB18030
    #expect(Decoder.decode(gb)?.encoding == "GB18030")
  }

  @Test("UTF-16LE and UTF-16BE without a BOM decode in their own byte order")
  func utf16WithoutBOM() throws {
    let text = String(decoding: try Self.seedBytes(), as: UTF8.self)
    for (encoding, name) in [
      (String.Encoding.utf16LittleEndian, "UTF-16LE"), (.utf16BigEndian, "UTF-16BE"),
    ] {
      let data = try #require(text.data(using: encoding))
      let decoded = try #require(Decoder.decode(data))
      #expect(decoded.encoding == name)
      #expect(decoded.text == text)
    }
    let result = try Self.load(try #require(text.data(using: .utf16LittleEndian)), named: "le.txt")
    #expect(result.reports.first?.region == "XX县")
  }

  @Test("a .gz file is inflated and read as the file it names; a damaged one is an error")
  func gzip() throws {
    let dir = try Self.folder()
    let plain = dir.appendingPathComponent("report.txt")
    try Self.seedBytes().write(to: plain)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    gzip.arguments = ["gzip", "-k", plain.path]
    try gzip.run()
    gzip.waitUntilExit()
    let gz = dir.appendingPathComponent("report.txt.gz")
    let result = ReportLoader().load([gz.path])
    #expect(Self.errors(result).isEmpty)
    #expect(result.reports.map(\.doc) == [gz.path])
    #expect(result.reports.first?.region == "XX县")
    var damaged = [UInt8](try Data(contentsOf: gz))
    damaged[damaged.count - 6] ^= 0xFF  // the CRC-32 in the trailer
    let bad = try Self.load(Data(damaged), named: "bad.txt.gz")
    #expect(bad.reports.isEmpty)
    #expect(Self.errors(bad).first?.message.contains("CRC-32") == true)
  }

  @Test("compressed or random bytes are an error naming what they are, not a report of mojibake")
  func binary() throws {
    var generator = SystemRandomNumberGenerator()
    let random = Data((0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
    let result = try Self.load(random, named: "random.txt")
    #expect(result.reports.isEmpty)
    #expect(Self.errors(result).first?.message.contains("binary data") == true)
    let xz = try Self.load(Data([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) + random, named: "a.txt.xz")
    #expect(Self.errors(xz).first?.message.contains("xz-compressed data") == true)
  }

  @Test("a symlinked folder and a symlinked subfolder are followed; a link loop is walked once")
  func symlinks() throws {
    let dir = try Self.folder()
    let real = dir.appendingPathComponent("real")
    try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
    try Self.seedBytes().write(to: real.appendingPathComponent("a.txt"))
    let link = dir.appendingPathComponent("link")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    try FileManager.default.createSymbolicLink(
      at: real.appendingPathComponent("loop"), withDestinationURL: real)
    let viaLink = ReportLoader().load([link.path])
    #expect(viaLink.reports.count == 1)
    let outer = dir.appendingPathComponent("outer")
    try FileManager.default.createDirectory(at: outer, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      at: outer.appendingPathComponent("inner"), withDestinationURL: real)
    #expect(ReportLoader().load([outer.path]).reports.count == 1)
  }

  @Test("a broken link inside a folder is an error naming it")
  func brokenLink() throws {
    let dir = try Self.folder()
    try FileManager.default.createSymbolicLink(
      at: dir.appendingPathComponent("gone.txt"),
      withDestinationURL: dir.appendingPathComponent("nothing"))
    let result = ReportLoader().load([dir.path])
    #expect(Self.errors(result).map(\.file) == [dir.path + "/gone.txt"])
  }

  @Test("a docx whose document.xml is damaged is an error (the CRC is checked)")
  func damagedDocx() throws {
    let path = try LoaderTestSupport.requireShared("provincial-2025/2025年广西政府工作报告.docx")
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let archive = try Archive(data: Data(bytes), accessMode: .read)
    let entry = try #require(archive["word/document.xml"])
    // Flip one byte in the middle of the entry's compressed data, found from its local header
    // (PK\3\4, 30 bytes, then the name and the extra field).
    let name = Array("word/document.xml".utf8)
    let header = try #require(
      bytes.indices.first { i in
        i + 30 + name.count <= bytes.count && bytes[i..<(i + 4)].elementsEqual([0x50, 0x4B, 3, 4])
          && bytes[(i + 30)..<(i + 30 + name.count)].elementsEqual(name)
      })
    let extra = Int(bytes[header + 28]) | Int(bytes[header + 29]) << 8
    let dataStart = header + 30 + name.count + extra
    bytes[dataStart + Int(entry.compressedSize) / 2] ^= 0x01
    let result = try Self.load(Data(bytes), named: "damaged.docx")
    #expect(result.reports.isEmpty)
    #expect(Self.errors(result).first?.message.hasPrefix("damaged .docx") == true)
  }

  @Test("a CSV quote that is never closed is a warning with its line")
  func unterminatedQuote() throws {
    // Made-up table.
    let csv = "title,content\n报告一,\"正文第一段\n报告二,正文\n"
    let result = try Self.load(Data(csv.utf8), named: "t.csv")
    let warning = try #require(result.diagnostics.first { $0.kind == "unterminated_quote" })
    #expect(warning.line == 2)
  }

  /// A zip of one entry of `size` bytes of 0xFF, made in memory.
  static func bomb(size: Int, name: String = "x.txt") throws -> Data {
    let archive = try Archive(accessMode: .create)
    try archive.addEntry(
      with: name, type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate,
      provider: { position, chunk in Data(repeating: 0xFF, count: chunk) })
    return try #require(archive.data)
  }

  @Test("an entry expanding far past its compressed size stops at the ratio; limits are settable")
  func zipBomb() throws {
    let zip = try Self.bomb(size: 64 << 20)
    #expect(zip.count < 200_000)
    let result = try Self.load(zip, named: "bomb.zip")
    let error = try #require(Self.errors(result).first)
    #expect(error.kind == "archive_limit")
    #expect(error.message.contains("times its compressed size"))
    var options = LoadOptions()
    options.archiveLimits.maxRatio = 1_000_000
    options.archiveLimits.maxEntryBytes = 32 << 20
    let capped = try Self.load(zip, named: "bomb.zip", options: options)
    #expect(Self.errors(capped).first?.message.contains("expands past 32 MB") == true)
  }

  @Test("zips inside zips stop at the nesting limit")
  func nesting() throws {
    var data = try Self.seedBytes()
    var name = "a.txt"
    for level in 1...3 {
      let archive = try Archive(accessMode: .create)
      let inner = data
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(inner.count), compressionMethod: .deflate,
        provider: { position, size in inner.subdata(in: Int(position)..<Int(position) + size) })
      data = try #require(archive.data)
      name = "level\(level).zip"
    }
    let result = try Self.load(data, named: "outer.zip")
    #expect(result.reports.isEmpty)
    #expect(Self.errors(result).first?.message.hasPrefix("archive nested more than 2 deep") == true)
    var options = LoadOptions()
    options.archiveLimits.maxDepth = 3
    #expect(try Self.load(data, named: "outer.zip", options: options).reports.count == 1)
  }
}
