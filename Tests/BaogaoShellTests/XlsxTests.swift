import BaogaoCore
import BaogaoQuery
import Foundation
import Testing
import ZIPFoundation

@testable import BaogaoShell

@Suite struct XlsxTests {
  /// The text of one entry of the xlsx (a zip) file.
  func entry(_ name: String, in path: String) throws -> String {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    let item = try #require(archive[name], "\(name) missing from the xlsx")
    var data = Data()
    _ = try archive.extract(item) { data.append($0) }
    return String(decoding: data, as: UTF8.self)
  }

  @Test func workbookHoldsTheCells() throws {
    let path = ExportFixtures.temporaryPath("t.xlsx")
    defer { try? FileManager.default.removeItem(atPath: path) }
    let diagnostics = Exporter.export(
      ExportFixtures.table, to: path, options: ExportOptions(sheetName: "增长/目标"))
    #expect(diagnostics.isEmpty)
    let sheet = try entry("xl/worksheets/sheet1.xml", in: path)
    let strings = try entry("xl/sharedStrings.xml", in: path)
    let workbook = try entry("xl/workbook.xml", in: path)
    // Strings are shared: header names and Chinese cells.
    for text in ["region", "per_10k", "广东省", "广西壮族自治区", "加快建设"] {
      #expect(strings.contains("<t>\(text)</t>"), "\(text)")
    }
    #expect(strings.contains("稳增长，&quot;保就业&quot;") || strings.contains("稳增长，\"保就业\""))
    // Numbers are numbers: B2 = 2025, C2 = 12.5; a boolean D2 = 1; the null C3 is not written.
    #expect(sheet.contains("<c r=\"B2\"><v>2025</v></c>"))
    #expect(sheet.contains("<c r=\"C2\"><v>12.5</v></c>"))
    #expect(sheet.contains("<c r=\"D2\" t=\"b\"><v>1</v></c>"))
    #expect(!sheet.contains("r=\"C3\""))
    #expect(sheet.contains("<pane ySplit=\"1\""))
    #expect(workbook.contains("name=\"增长目标\""))
  }

  @Test func unwritablePathIsADiagnostic() {
    let diagnostics = Exporter.export(ExportFixtures.table, to: "/nonexistent-dir/t.xlsx")
    #expect(diagnostics.map(\.kind) == ["export_failed"])
  }

  @Test func columnWidthsCountChineseTwice() {
    // region: 广西壮族自治区 is 14 columns + 2; year: header 4 → minimum 8.
    let widths = XlsxWriter.columnWidths(ExportFixtures.table)
    #expect(widths[0] == 16)
    #expect(widths[1] == 8)
  }
}
