import Domain
import Foundation
import Spreadsheet

/// Where sheets are read from and written to: an Excel workbook (`.xlsx`, through the
/// Spreadsheet target) or a folder of CSV files, one per sheet.
public enum WorkbookFiles {
    public enum Failure: Error {
        /// The path is neither a folder of CSV files nor an .xlsx workbook.
        case notWorkbook(String)
        case unreadable(String, String)
    }

    public static func isWorkbookPath(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

    /// A folder is read as CSV files; a file as an .xlsx workbook.
    public static func read(_ path: String) throws -> [Sheet] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw Failure.unreadable(path, "no such file or folder") }
        if isFolder.boolValue {
            do { return try CSVFolder.read(path) } catch let e as CSVFolder.Failure {
                switch e {
                case let .unreadable(p, why): throw Failure.unreadable(p, why)
                case .empty: throw Failure.notWorkbook(path)
                }
            }
        }
        let book: XLSXReader
        do { book = try XLSXReader(contentsOf: URL(fileURLWithPath: path)) } catch {
            switch error {
            case .notAWorkbook: throw Failure.notWorkbook(path)
            default: throw Failure.unreadable(path, error.description)
            }
        }
        return book.sheets.map { Sheet(name: $0.name, rows: $0.rows, origin: .workbook(path: path)) }
    }

    /// A path ending in `.xlsx` gets a workbook; any other path becomes a folder of CSV files.
    public static func write(_ sheets: [Sheet], to path: String, title: String? = nil) throws {
        guard isWorkbookPath(path) else { return try CSVFolder.write(sheets, to: path) }
        let book = Spreadsheet.Workbook(sheets: sheets.map(worksheet), title: title)
        try book.data().write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// One sheet: a bold frozen header row, columns as wide as their text, whole numbers as
    /// numbers and dates as dates (so Excel sorts and filters them), everything else as text.
    static func worksheet(_ sheet: Sheet) -> Worksheet {
        var ws = Worksheet(name: sheet.name)
        var widths: [Int: Int] = [:]
        for (r, row) in sheet.rows.enumerated() {
            for (c, text) in row.enumerated() where !text.isEmpty {
                let width = displayWidth(text)
                // Long notes wrap inside their column rather than run across the page.
                ws.write(value(text), row: r + 1, column: c + 1, style: r == 0 ? .header : width > 60 ? .wrapped : .plain)
                widths[c] = max(widths[c] ?? 0, width)
            }
        }
        for (c, w) in widths { ws.setWidth(Double(min(max(w + 2, 8), 60)), column: c + 1) }
        ws.frozenRows = 1
        ws.printing = .a4Landscape(repeatingRows: 1)
        return ws
    }

    static func value(_ text: String) -> CellValue {
        if let d = Day(iso: text) { return .date(year: d.year, month: d.month, day: d.day) }
        // Whole numbers only: an id such as `1.10` must stay text to read back the same.
        if text.count <= 15, text.allSatisfy({ $0.isASCII && $0.isNumber }), text == "0" || !text.hasPrefix("0"), let n = Double(text) {
            return .number(n)
        }
        return .text(text)
    }

    /// Columns of the widest line, wide (CJK) characters counting two.
    static func displayWidth(_ text: String) -> Int {
        text.split(separator: "\n").map { line in line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) } }.max() ?? 0
    }
}
