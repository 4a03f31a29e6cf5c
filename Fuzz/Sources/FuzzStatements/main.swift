import FuzzDriver
@testable import BaogaoCore
import BaogaoQuery
@testable import BaogaoShell

/// A session holding one made-up report (本文为虚构示例), so that sources have rows.
nonisolated(unsafe) let session: Session = {
  Session(output: CapturedOutput())
}()

/// A made-up report (invented text and figures).
let madeUp = """
  示例县2024年政府工作报告
  ——2024年1月15日在示例县第一届人民代表大会第三次会议上
  一、2023年工作回顾
  全县地区生产总值增长5.2%，一般公共预算收入3.1亿元，增长6%。
  二、2024年主要目标
  地区生产总值增长5%左右，固定资产投资增长8%以上。
  """

nonisolated(unsafe) var prepared = false

/// The statement parser, the planner, the compiler and every stage: statements are parsed, and
/// pipelines without a sink (no `export`, no `chart … to`) run on the report. Commands and
/// dot-commands (`load`, `.output`, `.save`) are parsed only: they touch files.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  if !prepared {
    var diagnostics: [Diagnostic] = []
    for report in ReportBuilder().reports(
      from: SourceDocument(doc: "made-up.txt", text: madeUp), diagnostics: &diagnostics)
    {
      _ = session.corpus.add(report)
    }
    session.refreshSources()
    prepared = true
  }
  let text = FuzzDriver.text(data, size)
  for statement in StatementSplitter.split(text) {
    guard let parsed = try? Parser().parse(statement) else { continue }
    switch parsed {
    case .pipeline(let p) where p.sink == nil:
      _ = try? QueryEngine.run(p, in: session.queryContext)
    case .assignment(_, let p, _) where p.sink == nil:
      _ = try? QueryEngine.run(p, in: session.queryContext)
    default: break
    }
  }
  return 0
}

@_cdecl("FuzzStatements_main")
func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  FuzzDriver.run(argc, argv, fuzz)
}
