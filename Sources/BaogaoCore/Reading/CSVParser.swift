/// A small RFC 4180 CSV parser: quoted fields may hold separators, quotes (`""`) and line breaks.
enum CSVParser {
  struct Record {
    /// 1-based line where the record starts.
    var line: Int
    var fields: [String]
  }

  /// The records of `text`, and the line of a quote that is never closed: such a quote swallows
  /// the rest of the file into one field, which the reader must say rather than load silently.
  static func records(_ text: String, separator: Character) -> (
    records: [Record], unterminatedQuoteLine: Int?
  ) {
    let sep = separator.unicodeScalars.first!
    var records: [Record] = []
    var fields: [String] = []
    var field = String.UnicodeScalarView()
    var inQuotes = false
    var quoteLine = 1
    var line = 1
    var recordLine = 1
    var iterator = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = iterator.next()
    func endField() {
      fields.append(String(field))
      field = String.UnicodeScalarView()
    }
    while let s = pending {
      pending = iterator.next()
      if inQuotes {
        if s == "\"" {
          if pending == "\"" {
            field.append("\"")
            pending = iterator.next()
          } else {
            inQuotes = false
          }
        } else {
          if s == "\n" { line += 1 }
          field.append(s)
        }
        continue
      }
      switch s {
      case "\"" where field.isEmpty:
        inQuotes = true
        quoteLine = line
      case sep: endField()
      case "\n":
        endField()
        if !(fields.count == 1 && fields[0].isEmpty) {
          records.append(Record(line: recordLine, fields: fields))
        }
        fields = []
        line += 1
        recordLine = line
      case "\u{FEFF}" where records.isEmpty && fields.isEmpty && field.isEmpty: break
      default: field.append(s)
      }
    }
    if !field.isEmpty || !fields.isEmpty {
      endField()
      records.append(Record(line: recordLine, fields: fields))
    }
    return (records, inQuotes ? quoteLine : nil)
  }
}
