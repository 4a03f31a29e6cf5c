import Foundation
import ZIPFoundation

/// Reads every supported file inside a `.zip` archive.
///
/// Entry names written by Chinese Windows tools are GBK bytes without the UTF-8 flag
/// (`2025年上海市政府工作报告.docx` in `31-provinces-2025-docx-gbk-names.zip`); names that are not
/// valid UTF-8 are converted from GB18030 so the report's `doc` reads `archive.zip/2025年上海市….docx`.
struct ZipReader {
  var fileReader: FileReader

  func read(data: Data, name: String, diagnostics: inout [Diagnostic]) -> [SourceDocument] {
    let limits = fileReader.options.archiveLimits
    guard fileReader.archiveDepth < limits.maxDepth else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "archive_limit",
          message:
            "archive nested more than \(limits.maxDepth) deep, not read (.set archive_max_depth N)",
          file: name))
      return []
    }
    var inner = fileReader
    inner.archiveDepth += 1
    guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else {
      diagnostics.append(
        Diagnostic(
          severity: .error, kind: "unreadable_file", message: "not a valid .zip archive", file: name
        ))
      return []
    }
    var entries: [(name: String, entry: Entry)] = []
    for entry in archive where entry.type == .file {
      let entryName = Self.decodedName(entry)
      let base = (entryName as NSString).lastPathComponent
      if entryName.hasPrefix("__MACOSX/") || base.hasPrefix(".") { continue }
      entries.append((entryName, entry))
    }
    var documents: [SourceDocument] = []
    for (entryName, entry) in entries {
      if fileReader.options.isCancelled?() == true { break }
      let bytes: Data
      let shown = name + "/" + entryName
      do {
        bytes = try limits.extract(entry, from: archive)
      } catch let error as ArchiveLimits.Exceeded {
        diagnostics.append(
          Diagnostic(severity: .error, kind: "archive_limit", message: "\(error)", file: shown))
        continue
      } catch {
        diagnostics.append(
          Diagnostic(
            severity: .error, kind: "unreadable_file", message: "damaged zip entry: \(error)",
            file: shown))
        continue
      }
      documents.append(
        contentsOf: inner.documents(data: bytes, name: shown, diagnostics: &diagnostics))
    }
    return documents
  }

  /// The entry name from its raw bytes: UTF-8 when valid, otherwise GB18030.
  static func decodedName(_ entry: Entry) -> String {
    // ISO Latin 1 maps each byte to one scalar, so the raw name bytes can be recovered losslessly.
    let latin = entry.path(using: .isoLatin1)
    let raw = latin.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    if let utf8 = String(validatingUTF8Bytes: raw) { return utf8 }
    if let converted = Decoder.convert(raw, from: "GB18030"), converted.invalid == 0 {
      return converted.text
    }
    return entry.path
  }
}
