import BaogaoShell
import Foundation
import Testing

@Suite struct NotebookHTMLTests {
  // Made-up handout: Chinese prose, a pipe table, a cell with an aligned table output, a bar chart.
  static let handout = """
    # 2024年政府工作报告：增长目标

    各省都提出了**经济增长**目标，下表摘自报告原文。

    | 地区 | 增长目标 | 来源 |
    | --- | ---: | --- |
    | 广东 | 5% 左右 | 政府工作报告 |
    | 甘肃 | 6% 左右 | 政府工作报告 |

    ```baogao
    indicators | where 指标 = "地区生产总值" | select 地区, 目标
    ```
    ```output
    地区  目标
    ----  -----
    广东  5%左右
    甘肃  6%左右
    (2 rows)
    ```

    ```baogao skip-check
    .timer on
    ```
    ```output
    用时 0.01 秒 <快>
    ```

    ```output
    广东 █████ 5.0
    甘肃 ██████ 6.0
    ```

    """

  static func render(_ text: String = handout) -> String {
    NotebookHTML().render(Notebook(parsing: text))
  }

  @Test func pageHasCharsetTitleAndChineseFontStack() {
    let html = Self.render()
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
    #expect(html.contains("<meta charset=\"utf-8\">"))
    #expect(html.contains("<title>2024年政府工作报告：增长目标</title>"))
    #expect(
      html.contains(
        "font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif;"
      ))
    #expect(html.contains("<h1>2024年政府工作报告：增长目标</h1>"))
    #expect(html.contains("<strong>经济增长</strong>"))
  }

  @Test func pipeTablesBecomeTables() {
    let html = Self.render()
    #expect(html.contains("<table>\n<thead>\n<tr>\n<th>地区</th>"))
    #expect(html.contains("<td>甘肃</td>"))
    #expect(html.components(separatedBy: "<table>").count == 2)
    #expect(html.contains("table { border-collapse: collapse;"))
  }

  @Test func cellsAndOutputsArePreBlocks() {
    let html = Self.render()
    #expect(
      html.contains(
        "<pre class=\"cell\"><code class=\"language-baogao\">indicators | where <span class=\"w\">指标</span> = \"<span class=\"w\">地区生产总值</span>\" | select <span class=\"w\">地区</span>, <span class=\"w\">目标</span>\n</code></pre>"
      ))
    #expect(
      html.contains(
        "<pre class=\"output\"><code><span class=\"w\">地区</span>  <span class=\"w\">目标</span>\n----  -----\n"
      ))
    #expect(
      html.contains(
        "<pre class=\"cell skip-check\"><code class=\"language-baogao\">.timer on\n</code></pre>"))
    // Output text is escaped, not markup.
    #expect(
      html.contains(
        "<span class=\"w\">用时</span> 0.01 <span class=\"w\">秒</span> &lt;<span class=\"w\">快</span>&gt;"
      ))
    // Block elements are one column, as the terminal counted them: not widened.
    #expect(
      html.contains("<span class=\"w\">广东</span> █████ 5.0\n<span class=\"w\">甘肃</span> ██████ 6.0")
    )
    #expect(html.components(separatedBy: "<pre class=\"output\">").count == 4)
  }

  @Test func wideCharactersAreSetTwoLatinColumnsWide() {
    let html = Self.render()
    #expect(html.contains("pre .w { letter-spacing: calc(2ch - 1em); }"))
    #expect(
      html.contains(
        "font-family: \"DejaVu Sans Mono\", Menlo, Consolas, \"Liberation Mono\", \"Noto Sans Mono CJK SC\""
      ))
    // Full-width punctuation is wide too; box rules are not.
    let output = NotebookHTML().render(Notebook(parsing: "```output\n│ 广东，５ │\n```\n"))
    #expect(
      output.contains(
        "<pre class=\"output\"><code>│ <span class=\"w\">广东，５</span> │\n</code></pre>"))
  }

  @Test func titleFallsBackAndIsEscaped() {
    #expect(
      NotebookHTML(fallbackTitle: "a<b").render(Notebook(parsing: "正文")).contains(
        "<title>a&lt;b</title>"))
    #expect(Self.render("---\ntitle: 报告 & 笔记\n---\n\n正文\n").contains("<title>报告 &amp; 笔记</title>"))
  }

  @Test func crlfNotebookRendersLikeLF() {
    #expect(Self.render(Self.handout.replacingOccurrences(of: "\n", with: "\r\n")) == Self.render())
  }

  @Test func svgOutputIsEmbeddedAsAFigure() {
    let html = Self.render(
      "```baogao\nchart\n```\n```output\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>广东</text></svg>\n```\n"
    )
    #expect(
      html.contains(
        "<figure class=\"output chart\"><svg xmlns=\"http://www.w3.org/2000/svg\"><text>广东</text></svg></figure>"
      ))
  }

  @Test func handoutMatchesGolden() throws {
    try NotebookGolden.assertMatches(Self.render(), named: "handout.html")
  }

  @Test func realReportTextSurvivesAsParagraphs() throws {
    // Real prose: the first lines of each seed report, one paragraph each, then a made-up cell.
    for url in try NotebookShared.seedFiles() {
      let data = try #require(
        FileManager.default.contents(atPath: url.path), "cannot read \(url.path)")
      let lines = String(decoding: data, as: UTF8.self)
        .split(whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        .map { String($0.prefix(120)).trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
        // A line that is only `-` (page furniture in the web-page seed) is an empty list item in
        // CommonMark, not a paragraph.
        .filter { !$0.allSatisfy { "-*+".contains($0) } }
        .prefix(12)
      try #require(!lines.isEmpty)
      let notebook =
        "# \(url.lastPathComponent)\n\n" + lines.joined(separator: "\n\n")
        + "\n\n```baogao\nreports | count\n```\n```output\n5\n```\n"
      let html = Self.render(notebook)
      for line in lines {
        let escaped = line.replacingOccurrences(of: "&", with: "&amp;")
          .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
          .replacingOccurrences(of: "\"", with: "&quot;")
        #expect(html.contains("<p>\(escaped)</p>"), "\(url.lastPathComponent): \(line)")
      }
      #expect(html.contains("<pre class=\"output\"><code>5\n</code></pre>"))
    }
  }

  @Test func inlineCodeIsRenderedInProseAndTables() {
    // Made-up prose: inline code in a paragraph and in a pipe-table cell (a `|` escaped inside it).
    let html = Self.render(
      "用 `reports | count` 数报告。\n\n| 命令 | 作用 |\n| --- | --- |\n| `load 目录` | 读入 |\n")
    #expect(html.contains("<p>用 <code>reports | count</code> 数报告。</p>"))
    #expect(html.contains("<td><code>load 目录</code></td>"))
    #expect(!html.contains("`"))
  }

  @Test func cellAndOutputAreOneGroupKeptOnAPageWhenShort() {
    let html = Self.render()
    #expect(
      html.contains(
        "<section class=\"cell-group keep\">\n<pre class=\"cell\"><code class=\"language-baogao\">indicators"))
    #expect(html.contains("(2 rows)\n</code></pre>\n</section>"))
    #expect(html.contains("section.cell-group.keep, figure.output.chart { break-inside: avoid; }"))
    // Made-up long output (60 lines): the group may break, so no half-empty page is left before it.
    let long = (1...60).map { "第\($0)行" }.joined(separator: "\n")
    let longHTML = Self.render("```baogao\nlong\n```\n```output\n\(long)\n```\n")
    #expect(longHTML.contains("<section class=\"cell-group\">"))
    #expect(!longHTML.contains("cell-group keep"))
    #expect(longHTML.contains("pre.cell { break-after: avoid; }"))
  }

  @Test func wideOutputShrinksToTheA4PageAndLongCodeWraps() {
    // Made-up wide output: a 120-column line of figures.
    let wide = (1...24).map { String(format: "%4d", $0) }.joined(separator: " ")
    let html = Self.render("```baogao\nwide\n```\n```output\n\(wide)\n```\n")
    #expect(html.contains("<pre class=\"output wide\" style=\"--cols: \(wide.count)\"><code>"))
    #expect(
      html.contains(
        "pre.output.wide { font-size: max(6.5px, min(14px, calc(640px / (var(--cols) * 0.61)))); }"))
    #expect(html.contains("pre { white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; }"))
    #expect(html.contains("@page { size: A4; margin: 15mm; }"))
    // The font size reaches the text: `code` inherits it rather than keeping the 14px of `pre, code`.
    #expect(html.contains("pre.output.wide code { font-size: inherit; }"))
    // A narrow output is not marked.
    #expect(Self.render().contains("<pre class=\"output\"><code><span class=\"w\">地区</span>"))
    // Prose tables fit the page width and wrap inside their cells.
    #expect(html.contains("th, td { padding: .2rem .4rem; overflow-wrap: anywhere; }"))
  }

  @Test func expectErrorCellIsMarked() {
    let html = Self.render("```baogao expect-error\nwhere yaer > 1\n```\n")
    #expect(html.contains("<pre class=\"cell expect-error\"><code class=\"language-baogao\">"))
  }
}
