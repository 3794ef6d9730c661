import Foundation

/// RFC 4180 text as spreadsheets read it: UTF-8 with a byte-order mark (so Excel shows Chinese),
/// CRLF line ends, quoting only where needed, and a guard so no cell is run as a formula.
public enum CSV {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Leading characters that make Excel, LibreOffice or Sheets evaluate a cell.
    static let formulaLeads: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell is guarded when, after any run of apostrophes, it starts with a formula lead.
    /// Counting the apostrophes keeps the guard reversible: `'=x` is written `''=x`.
    static func needsGuard(_ text: Substring.UnicodeScalarView) -> Bool {
        guard let first = text.first(where: { $0 != "'" }) else { return false }
        return formulaLeads.contains(first)
    }

    /// The cell as written: an apostrophe in front of anything a spreadsheet would evaluate.
    public static func guarded(_ cell: String) -> String {
        needsGuard(Substring(cell).unicodeScalars) ? "'" + cell : cell
    }

    /// Undoes `guarded`.
    public static func unguarded(_ cell: String) -> String {
        let scalars = Substring(cell).unicodeScalars
        guard scalars.first == "'" else { return cell }
        let rest = scalars.dropFirst()
        return needsGuard(rest) ? String(String.UnicodeScalarView(rest)) : cell
    }

    /// RFC 4180 quoting: only cells holding a comma, a quote, CR or LF are quoted.
    public static func quoted(_ cell: String) -> String {
        guard cell.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record, CRLF-terminated, every cell guarded then quoted.
    public static func line(_ cells: [String]) -> String {
        cells.map { quoted(guarded($0)) }.joined(separator: ",") + "\r\n"
    }

    /// A whole file: byte-order mark, then the records.
    public static func document(_ rows: [[String]]) -> Data {
        var data = Data(byteOrderMark)
        for row in rows { data.append(contentsOf: Array(line(row).utf8)) }
        return data
    }

    public struct ParseError: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// A record and the line it starts on (1-based; quoted cells may span lines).
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var cells: [String]
    }

    /// Parses RFC 4180 text (CRLF or LF line ends, optional byte-order mark). Cells are returned
    /// as written: the formula guard is left for the caller to undo with `unguarded`.
    public static func parse(_ data: Data) throws(ParseError) -> [Record] {
        guard let text = String(data: data, encoding: .utf8) else { throw ParseError(line: 1, message: "file is not UTF-8") }
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var cells: [String] = []
        var cell = String.UnicodeScalarView()
        var line = 1, recordLine = 1
        var atCellStart = true, wasQuoted = false
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if atCellStart && c == "\"" {
                let openLine = line
                i += 1
                var closed = false
                while i < n {
                    let q = scalars[i]
                    if q == "\"" {
                        if i + 1 < n && scalars[i + 1] == "\"" { cell.append("\""); i += 2; continue }
                        i += 1; closed = true; break
                    }
                    if q == "\n" { line += 1 }
                    cell.append(q); i += 1
                }
                guard closed else { throw ParseError(line: openLine, message: "quoted cell is never closed") }
                if i < n, ![",", "\r", "\n"].contains(scalars[i]) {
                    throw ParseError(line: line, message: "unexpected text after a closing quote")
                }
                atCellStart = false; wasQuoted = true
                continue
            }
            switch c {
            case ",":
                cells.append(String(cell)); cell = .init(); atCellStart = true; wasQuoted = false; i += 1
            case "\r", "\n":
                cells.append(String(cell))
                records.append(Record(line: recordLine, cells: cells))
                cells = []; cell = .init(); atCellStart = true; wasQuoted = false
                i += (c == "\r" && i + 1 < n && scalars[i + 1] == "\n") ? 2 : 1
                line += 1; recordLine = line
            case "\"":
                throw ParseError(line: line, message: "quote inside an unquoted cell")
            default:
                cell.append(c); atCellStart = false; i += 1
            }
        }
        if !cells.isEmpty || !cell.isEmpty || wasQuoted {
            cells.append(String(cell))
            records.append(Record(line: recordLine, cells: cells))
        }
        return records
    }
}
