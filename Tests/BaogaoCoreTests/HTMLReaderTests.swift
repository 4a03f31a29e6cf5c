import Testing

@testable import BaogaoCore

/// HTML through libxml2's parser. All pages here are made up, in the shapes of government sites.
@Suite struct HTMLReaderTests {
  @Test(arguments: [
    // Named entities, HTML 4 and the ones scraped pages use.
    (
      "<p>&laquo;规划&raquo;&zwnj;实施&nbsp;到位&hellip;&ldquo;十四五&rdquo;&mdash;&middot;&times;</p>",
      "«规划»\u{200C}实施\u{A0}到位…“十四五”—·×"
    ),
    // Numeric references, decimal and hex.
    ("<p>增长&#x25;&#12288;左右</p>", "增长%\u{3000}左右"),
    // Attribute values never reach the text, even with `>` inside.
    ("<div data-x=\"a>b\" title='c>d'>各位代表：</div>", "各位代表："),
    // Scripts, styles, navigation, headers, footers and forms go with their content.
    (
      "<nav>首页 | 政务公开</nav><script>var a = '<p>脚本</p>';</script><style>p{}</style><p>正文</p><footer>版权所有</footer><form><button>搜索</button></form>",
      "正文"
    ),
    // Block elements end lines; inline elements join without a space.
    (
      "<p>第一段<span>接着</span><b>写</b></p><div>第二段<br>第三段</div><ul><li>甲</li><li>乙</li></ul>",
      "第一段接着写\n第二段\n第三段\n甲\n乙"
    ),
    // Source line breaks inside a paragraph are layout; a table row's cells are lines.
    ("<p>全市经济\n    稳中有进</p><table><tr><td>指标</td><td>目标</td></tr></table>", "全市经济 稳中有进\n指标\n目标"),
    // A scraper's literal code-point notation.
    ("<p>增长<U+00A0>5%<U+3000>左右</p>", "增长\u{A0}5%\u{3000}左右"),
    // Broken markup is recovered: an unclosed tag and a stray `<`.
    ("<p>一是<b>加快发展</p><p>3 < 5 的关系</p>", "一是加快发展\n3 < 5 的关系"),
  ])
  func visibleText(html: String, text: String) {
    #expect(HTMLReader.text(fromHTML: html) == text)
  }

  @Test(arguments: [
    ("增长<U+00A0>5%", "增长\u{A0}5%"),
    ("<U+3000><U+3000>各位代表", "\u{3000}\u{3000}各位代表"),
    ("<U+1F600>", "\u{1F600}"),
    // Not a code point: left alone.
    ("<U+XYZ>与<U+12>", "<U+XYZ>与<U+12>"),
  ])
  func codePointNotation(input: String, output: String) {
    #expect(CodePointNotation.decoded(input) == output)
  }
}
