extension NotebookHTML {
  /// The body font stack: a Chinese sans-serif on every common system, then the generic family.
  public static let chineseFontStack =
    "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif"

  /// The code font stack: a Latin monospace font first (its box rules `─│┌` and blocks `█` are one
  /// column, as the terminal counted them), then CJK fonts for `地区`, which `.w` sets two columns wide.
  public static let monospaceFontStack =
    "\"DejaVu Sans Mono\", Menlo, Consolas, \"Liberation Mono\", \"Noto Sans Mono CJK SC\", "
    + "\"Source Han Sans SC\", \"Noto Sans CJK SC\", \"PingFang SC\", \"Microsoft YaHei\", monospace"

  /// The handout's CSS: readable prose width, ruled tables, cells and outputs told apart, print-friendly.
  static let styleSheet = """
    :root { color-scheme: light; }
    body {
      font-family: \(chineseFontStack);
      font-size: 16px; line-height: 1.75; color: #1f2328; background: #fff;
      max-width: 54rem; margin: 2rem auto; padding: 0 1.25rem;
    }
    h1, h2, h3 { line-height: 1.3; }
    h1 { border-bottom: 2px solid #b22222; padding-bottom: .3rem; }
    pre, code { font-family: \(monospaceFontStack); font-size: 14px; }
    /* A CJK glyph is 1em; widen each to two columns (2ch) of the Latin font. Line height 1.15
       lets box rules (1.16em tall in DejaVu Sans Mono) join from line to line. */
    pre .w { letter-spacing: calc(2ch - 1em); }
    pre { padding: .6rem .9rem; overflow-x: auto; line-height: 1.15; border-radius: 4px; white-space: pre; }
    pre.cell { background: #f6f8fa; border-left: 4px solid #b22222; margin-bottom: .25rem; }
    pre.cell.skip-check { border-left-color: #9a6700; }
    pre.cell.expect-error { border-left-color: #57606a; }
    pre.output { background: #fff; border: 1px solid #d0d7de; margin-top: 0; }
    section.cell-group { margin: 1rem 0; }
    figure.output.chart { margin: 0 0 1rem; }
    figure.output.chart svg { max-width: 100%; height: auto; }
    table { border-collapse: collapse; margin: 1rem 0; font-variant-numeric: tabular-nums; }
    th, td { border: 1px solid #d0d7de; padding: .3rem .75rem; }
    th { background: #f6f8fa; font-weight: 600; }
    tbody tr:nth-child(even) td { background: #fafbfc; }
    :not(pre) > code { background: #eff1f3; padding: .1em .3em; border-radius: 3px; font-size: .9em; }
    blockquote { margin: 1rem 0; padding: 0 1rem; color: #57606a; border-left: 4px solid #d0d7de; }
    /* A4 paper: 180mm of text. A cell stays on the page with its output when the two are short
       (.keep); a longer group may break, but never right after the cell. A wide output shrinks to
       the page (its --cols is its widest line) and wraps only below 6.5px; code and tables wrap. */
    @page { size: A4; margin: 15mm; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 12pt; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; overflow: visible; }
      pre.cell { break-after: avoid; }
      pre.output.wide { font-size: max(6.5px, min(14px, calc(640px / (var(--cols) * 0.61)))); }
      pre.output.wide code { font-size: inherit; }
      section.cell-group.keep, figure.output.chart { break-inside: avoid; }
      h1, h2, h3 { break-after: avoid; }
      p, li { orphans: 3; widows: 3; }
      table { width: 100%; font-size: 10.5pt; }
      th, td { padding: .2rem .4rem; overflow-wrap: anywhere; }
      tr { break-inside: avoid; }
    }

    """
}
