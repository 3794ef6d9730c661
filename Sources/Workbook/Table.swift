import Foundation
import Texts

/// A sheet read against its layout: which column holds which key, and the data rows.
struct Table {
    let sheet: Sheet
    let kind: SheetKind
    /// Column key → 0-based column.
    var columns: [String: Int] = [:]

    /// One data row: its 0-based index in the sheet.
    struct Row {
        let table: Table
        let index: Int
        func text(_ key: String) -> String {
            guard let c = table.columns[key] else { return "" }
            return table.sheet.text(index, c).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func has(_ key: String) -> Bool { !text(key).isEmpty }
        /// The cell of a key's column (the row's first cell when the sheet lacks the column).
        func cell(_ key: String) -> CellLocation { table.sheet.cell(index, table.columns[key] ?? 0) }
        var first: CellLocation { table.sheet.cell(index, 0) }
    }

    /// Rows below the header that hold anything.
    var rows: [Row] {
        guard sheet.rows.count > firstRow else { return [] }
        return (firstRow..<sheet.rows.count).filter { r in sheet.rows[r].contains { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
            .map { Row(table: self, index: $0) }
    }

    /// Columns people add for themselves (备注, notes) are read by nobody and warned about by nobody.
    static let remarks = Set(["备注", "说明", "注释", "note", "notes", "remark", "remarks", "comment", "comments"].map(Aliases.normal))

    /// Data rows start below the header, or at the top of a field/value sheet written without one.
    var firstRow = 1

    /// Rows above the header a planner may add: a title such as 温宿县2025年春季轮训名册.
    static let titleRows = 5

    /// Matches the header row; reports columns not read and required columns missing.
    init(_ sheet: Sheet, _ kind: SheetKind, _ w: Wording, report: (WorkbookDiagnostic) -> Void) {
        self.sheet = sheet; self.kind = kind
        // A field/value sheet whose first row is already a field (格式 | paike/1): no header row.
        if kind.isFieldList, let first = sheet.rows.first?.first, kind.fieldKey(named: first) != nil {
            columns = ["field": 0, "value": 1, "note": 2]
            firstRow = 0
            return
        }
        // The header is the first row naming a column of the sheet; without one, the first row.
        let headerRow = sheet.rows.prefix(Self.titleRows).firstIndex { row in row.contains { kind.columnKey(named: $0) != nil } } ?? 0
        firstRow = headerRow + 1
        let header = headerRow < sheet.rows.count ? sheet.rows[headerRow] : []
        for (c, text) in header.enumerated() {
            let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !t.isEmpty else { continue }
            if let key = kind.columnKey(named: t) {
                if columns[key] == nil { columns[key] = c }
            } else if !Self.remarks.contains(Aliases.normal(t)) {
                report(WorkbookDiagnostic(.warning, at: sheet.cell(headerRow, c), w("workbook.warning.unknown-column", t, sheet.name)))
            }
        }
        for key in kind.requiredColumns where columns[key] == nil {
            report(WorkbookDiagnostic(.error, at: sheet.cell(headerRow, header.count), w("workbook.error.missing-column", sheet.name, kind.columnName(key, w))))
        }
    }
}
