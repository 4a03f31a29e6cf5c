import CICU
import Foundation

/// Decodes the bytes of a plain-text file into a String, detecting the encoding from the bytes.
///
/// Order of evidence: a byte-order mark (UTF-8, UTF-16 LE/BE); valid UTF-8 (the common case,
/// checked exactly); then ICU's charset detector, restricted to the Chinese encodings researchers
/// meet (GB18030 ⊇ GBK ⊇ GB2312, Big5), choosing the one with fewer invalid sequences.
enum Decoder {
  struct Decoded: Sendable {
    var text: String
    /// The encoding found: "UTF-8", "UTF-16LE", "GB18030", "Big5" …
    var encoding: String
    /// Byte sequences that were not valid in that encoding (replaced by U+FFFD).
    var invalid: Int
    /// Byte offsets of the first invalid sequences (at most `Decoder.offsetsKept`), so a
    /// diagnostic can say where the damage is.
    var invalidOffsets: [Int] = []
  }

  static let offsetsKept = 5

  static func decode(_ data: Data) -> Decoded? {
    // The common case, valid UTF-8 without a BOM, straight from the file's bytes (no copy first).
    let bom =
      data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE])
      || data.starts(with: [0xFE, 0xFF])
    if !bom, let text = String(validating: data, as: UTF8.self) {
      return Decoded(text: text, encoding: "UTF-8", invalid: 0)
    }
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return Decoded(
        text: String(decoding: bytes[3...], as: UTF8.self), encoding: "UTF-8", invalid: 0)
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
    if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
    if let text = String(validatingUTF8Bytes: bytes) {
      return Decoded(text: text, encoding: "UTF-8", invalid: 0)
    }
    if let damaged = mostlyUTF8(bytes) { return damaged }
    if let guess = utf16WithoutBOM(bytes) { return guess }
    return decodeChinese(bytes)
  }

  /// UTF-8 with a few damaged bytes (a bad copy, a cut in the middle of a character) stays UTF-8:
  /// one invalid byte used to send the whole file to GB18030, losing its region and year. Valid
  /// multi-byte sequences must outnumber invalid ones twenty to one; GBK or Big5 bytes read as
  /// UTF-8 are almost all invalid.
  static func mostlyUTF8(_ bytes: [UInt8]) -> Decoded? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    var multiByte = 0
    var invalid = 0
    var offsets: [Int] = []
    var scalars = String.UnicodeScalarView()
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        if encoded.count > 1 { multiByte += 1 }
        scalars.append(Unicode.UTF8.decode(encoded))
        offset += encoded.count
      case .error(let length):
        invalid += 1
        if offsets.count < offsetsKept { offsets.append(offset) }
        scalars.append("\u{FFFD}")
        offset += length
        // Give up early on text in another encoding.
        if invalid > 16 && invalid * 20 > multiByte { return nil }
      case .emptyInput:
        break loop
      }
    }
    guard multiByte >= 20 * invalid else { return nil }
    return Decoded(
      text: String(scalars), encoding: "UTF-8", invalid: invalid, invalidOffsets: offsets)
  }

  /// What a file that is not text holds, from its first bytes: compressed data and well-known
  /// binary formats by their signature, anything else by its share of control bytes (text in
  /// UTF-8, GB18030 or Big5 has none besides tab, line ends and form feed; random bytes have
  /// about 9%). Nil for text, UTF-16 included. Without this a `.gz` loaded as one report of
  /// mojibake.
  static func binaryContent(_ data: Data) -> String? {
    let signatures: [(String, [UInt8])] = [
      ("gzip-compressed data", [0x1F, 0x8B]), ("bzip2-compressed data", Array("BZh".utf8)),
      ("xz-compressed data", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
      ("zstd-compressed data", [0x28, 0xB5, 0x2F, 0xFD]),
      ("7z archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]), ("RAR archive", Array("Rar!".utf8)),
      ("PDF document", Array("%PDF".utf8)), ("PNG image", [0x89, 0x50, 0x4E, 0x47]),
      ("JPEG image", [0xFF, 0xD8, 0xFF]), ("GIF image", Array("GIF8".utf8)),
      ("executable", [0x7F, 0x45, 0x4C, 0x46]),
      ("old Word/Excel document (.doc/.xls)", [0xD0, 0xCF, 0x11, 0xE0]),
    ]
    for (kind, signature) in signatures where data.starts(with: signature) { return kind }
    let sample = [UInt8](data.prefix(1 << 16))
    if sample.starts(with: [0xFF, 0xFE]) || sample.starts(with: [0xFE, 0xFF]) { return nil }
    var control = 0
    for b in sample where b < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(b) { control += 1 }
    guard control * 100 > sample.count else { return nil }
    // UTF-16 text has zero bytes too, in every other position.
    if sample.count % 2 == 0, utf16WithoutBOM(sample) != nil { return nil }
    return "binary data (\(control * 100 / max(sample.count, 1))% control bytes)"
  }

  /// Tries GB18030 and Big5 (and whatever ICU guesses) and keeps the conversion with the fewest
  /// invalid sequences; GB18030 wins ties because mainland files are far more common.
  static func decodeChinese(_ bytes: [UInt8]) -> Decoded? {
    var candidates = ["GB18030", "Big5"]
    if let detected = detect(bytes), !candidates.contains(detected),
      !["UTF-8", "ISO-8859-1", "windows-1252"].contains(detected)
    {
      candidates.append(detected)
    }
    var best: Decoded?
    for name in candidates {
      guard let decoded = convert(bytes, from: name) else { continue }
      if best == nil || score(decoded) > score(best!) { best = decoded }
    }
    return best
  }

  /// Higher is better: few invalid sequences and many common CJK ideographs.
  private static func score(_ d: Decoded) -> Int {
    var common = 0
    for s in d.text.unicodeScalars where commonCharacters.contains(s) { common += 1 }
    return common * 4 - d.invalid * 50
  }

  /// Very frequent characters of government reports in both scripts; GBK bytes read as Big5 (and
  /// the reverse) produce rare characters instead.
  private static let commonCharacters: Set<Unicode.Scalar> = Set(
    "的一是在了和有人不为中国年发展经济建设工作政府报告会议推进加强全面实现提高完成增长亿元万项目新区市县镇乡村产业服务社质量要进行以我们這個為發經濟設進實現與區縣鄉產業務質會議報"
      .unicodeScalars)

  static func detect(_ bytes: [UInt8]) -> String? {
    var name = [CChar](repeating: 0, count: 64)
    let sample = Array(bytes.prefix(1 << 16))
    let confidence = sample.withUnsafeBufferPointer { buf in
      buf.withMemoryRebound(to: CChar.self) {
        baogao_icu_detect($0.baseAddress, Int32($0.count), &name, 64)
      }
    }
    guard confidence >= 0 else { return nil }
    return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  static func convert(_ bytes: [UInt8], from charset: String) -> Decoded? {
    var out: UnsafeMutablePointer<CChar>?
    var invalid: Int64 = 0
    let length = bytes.withUnsafeBufferPointer { buf in
      buf.withMemoryRebound(to: CChar.self) {
        baogao_icu_to_utf8(charset, $0.baseAddress, Int64($0.count), &out, &invalid)
      }
    }
    guard length >= 0, let out else { return nil }
    defer { baogao_icu_free(out) }
    let text = out.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
      String(decoding: UnsafeBufferPointer(start: $0, count: Int(length)), as: UTF8.self)
    }
    return Decoded(text: text, encoding: charset, invalid: Int(invalid))
  }

  private static func utf16(_ body: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
    var units: [UInt16] = []
    units.reserveCapacity(body.count / 2)
    var i = body.startIndex
    while i + 1 < body.endIndex {
      let a = UInt16(body[i]), b = UInt16(body[i + 1])
      units.append(littleEndian ? a | b << 8 : a << 8 | b)
      i += 2
    }
    return Decoded(
      text: String(decoding: units, as: UTF16.self),
      encoding: littleEndian ? "UTF-16LE" : "UTF-16BE",
      invalid: 0)
  }

  /// UTF-16 without a BOM. ASCII-rich text shows zero bytes at odd (LE) or even (BE) offsets;
  /// Chinese text has almost none, so each byte order is also read as code units, and the one
  /// whose units are nearly all plausible (CJK, ASCII, CJK punctuation) with many of the report's
  /// common characters wins. Chinese read in the wrong order lands in Hangul, Yi and private use.
  private static func utf16WithoutBOM(_ bytes: [UInt8]) -> Decoded? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    var zeroEven = 0, zeroOdd = 0
    for (i, b) in bytes.prefix(4096).enumerated() where b == 0 {
      if i % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
    }
    let n = min(bytes.count, 4096) / 2
    if zeroOdd > n / 4 && zeroEven == 0 { return utf16(bytes[...], littleEndian: true) }
    if zeroEven > n / 4 && zeroOdd == 0 { return utf16(bytes[...], littleEndian: false) }
    let sample = bytes.prefix(8192)
    let (le, be) = (
      utf16Plausibility(sample, littleEndian: true), utf16Plausibility(sample, littleEndian: false)
    )
    if le.plausible && le.common > be.common { return utf16(bytes[...], littleEndian: true) }
    if be.plausible && be.common > le.common { return utf16(bytes[...], littleEndian: false) }
    return nil
  }

  private static func utf16Plausibility(_ bytes: ArraySlice<UInt8>, littleEndian: Bool)
    -> (plausible: Bool, common: Int)
  {
    var units = 0, likely = 0, common = 0
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
      let u = littleEndian ? a | b << 8 : a << 8 | b
      units += 1
      switch u {
      case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF:
        likely += 1
      default: break
      }
      if let s = Unicode.Scalar(u), commonCharacters.contains(s) { common += 1 }
      i += 2
    }
    return (units > 0 && likely * 100 >= units * 95 && common * 50 >= units, common)
  }
}

extension String {
  /// The string the bytes spell in UTF-8, or nil when they are not valid UTF-8.
  init?(validatingUTF8Bytes bytes: [UInt8]) {
    guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
    self = s
  }
}
