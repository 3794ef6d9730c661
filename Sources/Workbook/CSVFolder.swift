import Foundation

/// A workbook as a folder of CSV files, one per sheet (`教师.csv`), as Excel and WPS save them:
/// UTF-8 with or without a byte-order mark, or GBK/GB18030 (what Excel on Chinese Windows writes).
public enum CSVFolder {
    public enum Failure: Error, CustomStringConvertible {
        case unreadable(String, String)
        case empty(String)
        public var description: String {
            switch self {
            case let .unreadable(path, why): "\(path): error: cannot read: \(why)"
            case let .empty(path): "\(path): error: the folder holds no .csv file"
            }
        }
    }

    /// Every `.csv` file of the folder, in file-name order, as a sheet named after the file.
    public static func read(_ folder: String) throws -> [Sheet] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw Failure.unreadable(folder, error.localizedDescription)
        }
        let files = names.filter { $0.lowercased().hasSuffix(".csv") && !$0.hasPrefix(".") }.sorted()
        guard !files.isEmpty else { throw Failure.empty(folder) }
        return try files.map { file in
            let path = (folder as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path) else { throw Failure.unreadable(path, "no such file") }
            return Sheet(name: String(file.dropLast(4)), rows: parse(decode(data)), origin: .csv(path: path))
        }
    }

    /// UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 are read as GB18030, the
    /// superset of GBK. Foundation on Linux decodes it as the encoding CoreFoundation numbers
    /// 0x0632 (kCFStringEncodingGB_18030_2000), i.e. `String.Encoding(rawValue: 0x8000_0632)`.
    public static func decode(_ data: Data) -> String {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(data: bytes, encoding: .utf8) { return text }
        if let text = String(data: bytes, encoding: gb18030) { return text }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// RFC 4180: commas, double quotes doubled inside quoted fields, CRLF or LF line ends. A
    /// leading apostrophe that kept a spreadsheet from running a cell as a formula is removed.
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endField() {
            if !wasQuoted, field.count > 1, field.hasPrefix("'"), let second = field.dropFirst().first, "=+-@".contains(second) {
                field.removeFirst()
            }
            row.append(field); field = ""; wasQuoted = false
        }
        func endRow() { endField(); rows.append(row); row = [] }
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: quoted = true; wasQuoted = true
            case ",": endField()
            case "\r":
                if let next = chars.next(), next != "\n" { pending = next }
                endRow()
            case "\n": endRow()
            default: field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
        return rows
    }

    /// Writes each sheet as `<name>.csv`: UTF-8 with a byte-order mark (Excel then shows Chinese
    /// correctly), CRLF line ends, RFC 4180 quoting, cells a spreadsheet would run as formulas
    /// behind an apostrophe. Files of other sheets in the folder are left alone.
    public static func write(_ sheets: [Sheet], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for sheet in sheets {
            var text = "\u{FEFF}"
            for row in sheet.rows { text += row.map(field).joined(separator: ",") + "\r\n" }
            let path = (folder as NSString).appendingPathComponent(sheet.name + ".csv")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        }
    }

    static func field(_ s: String) -> String {
        var s = s
        if let first = s.first, "=+-@".contains(first) { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || s.hasPrefix(" ") else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
