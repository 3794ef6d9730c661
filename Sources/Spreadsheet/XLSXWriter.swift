import CXLSXWriter
import Foundation

/// A workbook of sheets, written as .xlsx bytes. The only code that calls libxlsxwriter
/// (`workbook_*`, `worksheet_*`, `format_*`). The same workbook always gives the same bytes: the
/// document's created time is fixed and cells are written in row order.
public struct Workbook: Sendable {
    public var sheets: [Worksheet]
    /// The document title shown in Excel's file properties.
    public var title: String?

    public init(sheets: [Worksheet] = [], title: String? = nil) {
        self.sheets = sheets
        self.title = title
    }

    /// The names the sheets get in the file, legal and unique (see `SheetNames`), in order.
    public var sheetNames: [String] { SheetNames.legal(sheets.map(\.name)) }

    public func data() throws(SpreadsheetError) -> Data {
        try XLSXWriter.write(self)
    }
}

enum XLSXWriter {
    /// 2000-01-01T00:00:00Z: Excel shows it as the created date; any fixed value keeps files stable.
    static let fixedCreated: time_t = 946_684_800
    static let maximumTextBytes = 32_767

    static func write(_ book: Workbook) throws(SpreadsheetError) -> Data {
        // libxlsxwriter 1.1.4 writes only to a file: a private one, removed on every path.
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("paike-xlsx-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        } catch {
            throw .writeFailed(error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("book.xlsx")

        // C strings the library may keep pointing at until it closes the workbook.
        var kept: [UnsafeMutablePointer<CChar>] = []
        defer { for pointer in kept { free(pointer) } }
        func lasting(_ text: String) -> UnsafeMutablePointer<CChar>? {
            guard let copy = strdup(text) else { return nil }
            kept.append(copy)
            return copy
        }

        var options = lxw_workbook_options()
        options.tmpdir = lasting(folder.path)
        guard let workbook = workbook_new_opt(file.path, &options) else { throw .writeFailed("workbook_new") }
        var closed = false
        defer { if !closed { workbook_close(workbook) } }

        var properties = lxw_doc_properties()
        properties.created = fixedCreated
        properties.title = book.title.flatMap(lasting)
        try check(workbook_set_properties(workbook, &properties))
        var formats = Formats(workbook: workbook)
        for (sheet, name) in zip(book.sheets, book.sheetNames) {
            guard let worksheet = workbook_add_worksheet(workbook, name) else {
                throw .writeFailed("workbook_add_worksheet \(name)")
            }
            try fill(worksheet, with: sheet, name: name, formats: &formats)
        }
        closed = true
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else { throw .writeFailed(String(cString: lxw_strerror(status))) }
        do {
            return try Data(contentsOf: file)
        } catch {
            throw .writeFailed(error.localizedDescription)
        }
    }

    private static func fill(
        _ worksheet: UnsafeMutablePointer<lxw_worksheet>, with sheet: Worksheet, name: String,
        formats: inout Formats
    ) throws(SpreadsheetError) {
        for (column, width) in sheet.columnWidths.sorted(by: { $0.key < $1.key }) {
            let c = try index(column: column)
            try check(worksheet_set_column(worksheet, c, c, width, nil))
        }
        for (row, height) in sheet.rowHeights.sorted(by: { $0.key < $1.key }) {
            try check(worksheet_set_row(worksheet, try index(row: row), height, nil))
        }
        for (position, cell) in sheet.cells.sorted(by: { $0.key < $1.key }) {
            try put(
                cell.value, style: cell.style, row: position.row, column: position.column,
                in: worksheet, sheetName: name, formats: &formats)
        }
        for merge in sheet.merges {
            let format = formats.format(for: merge.style, value: merge.value)
            let first = (try index(row: merge.rows.lowerBound), try index(column: merge.columns.lowerBound))
            let last = (try index(row: merge.rows.upperBound), try index(column: merge.columns.upperBound))
            // Merged with an empty string, then the value written into the top-left cell, so
            // numbers and dates keep their type.
            try check(worksheet_merge_range(worksheet, first.0, first.1, last.0, last.1, "", format))
            try put(
                merge.value, style: merge.style, row: merge.rows.lowerBound, column: merge.columns.lowerBound,
                in: worksheet, sheetName: name, formats: &formats)
        }
        if let filter = sheet.autoFilter {
            let last = max(filter.row, sheet.nextRow - 1)
            try check(
                worksheet_autofilter(
                    worksheet, try index(row: filter.row), try index(column: filter.columns.lowerBound),
                    try index(row: last), try index(column: filter.columns.upperBound)))
        }
        if sheet.frozenRows > 0 || sheet.frozenColumns > 0 {
            worksheet_freeze_panes(worksheet, try index(row: sheet.frozenRows + 1), try index(column: sheet.frozenColumns + 1))
        }
        if let printing = sheet.printing {
            if printing.landscape { worksheet_set_landscape(worksheet) }
            if printing.a4 { worksheet_set_paper(worksheet, 9) }
            if printing.onePageWide { worksheet_fit_to_pages(worksheet, 1, 0) }
            if printing.repeatedRows > 0 {
                try check(worksheet_repeat_rows(worksheet, 0, try index(row: printing.repeatedRows)))
            }
        }
    }

    private static func put(
        _ value: CellValue, style: CellStyle, row: Int, column: Int,
        in worksheet: UnsafeMutablePointer<lxw_worksheet>, sheetName: String,
        formats: inout Formats
    ) throws(SpreadsheetError) {
        let r = try index(row: row)
        let c = try index(column: column)
        let format = formats.format(for: style, value: value)
        switch value {
        case .text(let text):
            guard text.utf8.count <= maximumTextBytes else {
                throw .textTooLong(sheet: sheetName, cell: CellReference.name(row: row, column: column))
            }
            // An empty text is a formatted blank, so borders and fills still show.
            if text.isEmpty {
                try check(worksheet_write_blank(worksheet, r, c, format))
            } else {
                try check(worksheet_write_string(worksheet, r, c, OOXMLText.escapedLiterals(text), format))
            }
        case .number(let number):
            try check(worksheet_write_number(worksheet, r, c, number, format))
        case .boolean(let flag):
            try check(worksheet_write_boolean(worksheet, r, c, flag ? 1 : 0, format))
        case .date(let year, let month, let day):
            guard let serial = ExcelDates.serial(year: year, month: month, day: day) else {
                throw .writeFailed("\(sheetName) \(CellReference.name(row: row, column: column)): \(year)-\(month)-\(day)")
            }
            try check(worksheet_write_number(worksheet, r, c, Double(serial), format))
        }
    }

    /// libxlsxwriter counts from 0; this module counts from 1.
    private static func index(row: Int) throws(SpreadsheetError) -> lxw_row_t {
        guard row >= 1, row <= 1_048_576 else { throw .writeFailed("row \(row) is outside the sheet") }
        return lxw_row_t(row - 1)
    }

    private static func index(column: Int) throws(SpreadsheetError) -> lxw_col_t {
        guard column >= 1, column <= 16_384 else { throw .writeFailed("column \(column) is outside the sheet") }
        return lxw_col_t(column - 1)
    }

    private static func check(_ status: lxw_error) throws(SpreadsheetError) {
        guard status == LXW_NO_ERROR else { throw .writeFailed(String(cString: lxw_strerror(status))) }
    }

    /// One libxlsxwriter format per distinct look, made on first use (the workbook owns them).
    struct Formats {
        let workbook: UnsafeMutablePointer<lxw_workbook>
        var made: [Key: UnsafeMutablePointer<lxw_format>] = [:]

        struct Key: Hashable {
            let style: CellStyle
            let isDate: Bool
        }

        init(workbook: UnsafeMutablePointer<lxw_workbook>) { self.workbook = workbook }

        mutating func format(for style: CellStyle, value: CellValue) -> UnsafeMutablePointer<lxw_format>? {
            var isDate = false
            if case .date = value { isDate = true }
            if style == .plain && !isDate { return nil }
            let key = Key(style: style, isDate: isDate)
            if let format = made[key] { return format }
            guard let format = workbook_add_format(workbook) else { return nil }
            if style.bold { format_set_bold(format) }
            if style.shaded {
                format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
                format_set_bg_color(format, 0xE7E6E6)
            }
            if style.wrapped { format_set_text_wrap(format) }
            if style.bordered { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
            switch style.alignment {
            case .general: break
            case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
            case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
            }
            format_set_align(format, UInt8(style.topAligned ? LXW_ALIGN_VERTICAL_TOP.rawValue : LXW_ALIGN_VERTICAL_CENTER.rawValue))
            if isDate { format_set_num_format(format, "yyyy-mm-dd") }
            made[key] = format
            return format
        }
    }
}
