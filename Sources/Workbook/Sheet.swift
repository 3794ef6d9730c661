/// One sheet of a workbook, or one CSV file of a folder: a name and its cells as text, row by
/// row. Workbooks and CSV folders both become sheets, so one importer reads either.
public struct Sheet: Sendable, Equatable {
    public var name: String
    /// Rows from the top; `rows[0]` is the header row. Rows may be of different lengths.
    public var rows: [[String]]
    /// Where the sheet came from, for locating messages.
    public var origin: SheetOrigin

    public init(name: String, rows: [[String]], origin: SheetOrigin) {
        self.name = name; self.rows = rows; self.origin = origin
    }

    /// The text at a 0-based row and column; empty outside the written area.
    public func text(_ row: Int, _ column: Int) -> String {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return "" }
        return rows[row][column]
    }

    /// Where a 0-based cell is, as the planner finds it.
    public func cell(_ row: Int, _ column: Int) -> CellLocation {
        CellLocation(origin: origin, sheet: name, row: row, column: column)
    }
}

/// A workbook file (`book.xlsx`, cells named `教师!C7`) or a CSV file in a folder
/// (`folder/教师.csv`, cells named `:7:3`).
public enum SheetOrigin: Sendable, Equatable {
    case workbook(path: String)
    case csv(path: String)

    public var path: String {
        switch self {
        case let .workbook(path), let .csv(path): path
        }
    }
}

/// A cell, 0-based; printed 1-based as spreadsheet users count.
public struct CellLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var origin: SheetOrigin
    public var sheet: String
    public var row: Int
    public var column: Int

    public init(origin: SheetOrigin, sheet: String, row: Int, column: Int) {
        self.origin = origin; self.sheet = sheet; self.row = row; self.column = column
    }

    /// `book.xlsx:教师!C7` or `folder/教师.csv:7:3`.
    public var description: String {
        switch origin {
        case let .workbook(path): "\(path):\(sheet)!\(Self.letters(column))\(row + 1)"
        case let .csv(path): "\(path):\(row + 1):\(column + 1)"
        }
    }

    /// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
    public static func letters(_ column: Int) -> String {
        var n = column + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.origin.path, a.sheet, a.row, a.column) < (b.origin.path, b.sheet, b.row, b.column)
    }
}

extension SheetOrigin: Hashable {}
