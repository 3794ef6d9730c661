/// One sheet of a workbook, described in Swift; `XLSXWriter` turns it into the file. Rows and
/// columns count from 1 (`C7` is row 7, column 3).
public struct Worksheet: Sendable {
    /// The name asked for; the workbook makes it legal and unique when it writes (see `SheetNames`).
    public var name: String
    public private(set) var cells: [CellPosition: StyledValue] = [:]
    public private(set) var columnWidths: [Int: Double] = [:]
    public private(set) var rowHeights: [Int: Double] = [:]
    public private(set) var merges: [MergedRange] = []
    /// Rows (from the top) and columns (from the left) that stay in view when scrolling.
    public var frozenRows = 0
    public var frozenColumns = 0
    /// How the sheet prints; nil leaves Excel's defaults.
    public var printing: PrintSetup?
    /// Filter buttons on a heading row over a block of columns (row, first column, last column;
    /// the filter reaches down to the last written row).
    public var autoFilter: (row: Int, columns: ClosedRange<Int>)?

    public init(name: String) { self.name = name }

    public struct CellPosition: Hashable, Comparable, Sendable {
        public let row: Int
        public let column: Int
        public init(row: Int, column: Int) { self.row = row; self.column = column }
        public static func < (a: Self, b: Self) -> Bool { (a.row, a.column) < (b.row, b.column) }
    }

    public struct StyledValue: Hashable, Sendable {
        public let value: CellValue
        public let style: CellStyle
    }

    public struct MergedRange: Hashable, Sendable {
        public let rows: ClosedRange<Int>
        public let columns: ClosedRange<Int>
        public let value: CellValue
        public let style: CellStyle
    }

    /// Rows at the top repeated on every printed page; landscape A4, one page wide.
    public struct PrintSetup: Hashable, Sendable {
        public var landscape: Bool
        public var a4: Bool
        public var onePageWide: Bool
        public var repeatedRows: Int
        public init(landscape: Bool = true, a4: Bool = true, onePageWide: Bool = true, repeatedRows: Int = 0) {
            self.landscape = landscape
            self.a4 = a4
            self.onePageWide = onePageWide
            self.repeatedRows = repeatedRows
        }
        public static func a4Landscape(repeatingRows rows: Int) -> PrintSetup { PrintSetup(repeatedRows: rows) }
    }

    public mutating func write(_ value: CellValue, row: Int, column: Int, style: CellStyle = .plain) {
        precondition(row >= 1 && column >= 1, "rows and columns count from 1")
        cells[CellPosition(row: row, column: column)] = StyledValue(value: value, style: style)
    }

    /// Writes `values` across one row starting at `column`.
    public mutating func write(row: Int, startingAt column: Int = 1, _ values: [CellValue], style: CellStyle = .plain) {
        for (offset, value) in values.enumerated() { write(value, row: row, column: column + offset, style: style) }
    }

    /// The first row with nothing written in it after every written row (1 for an empty sheet).
    public var nextRow: Int {
        max(cells.keys.map(\.row).max() ?? 0, merges.map(\.rows.upperBound).max() ?? 0) + 1
    }

    /// Width in Excel's units (characters of the default font; a Chinese character is about 2).
    public mutating func setWidth(_ width: Double, column: Int) { columnWidths[column] = width }

    public mutating func setWidth(_ width: Double, columns: ClosedRange<Int>) {
        for column in columns { columnWidths[column] = width }
    }

    /// Height in points (the default row is 15).
    public mutating func setHeight(_ height: Double, row: Int) { rowHeights[row] = height }

    /// One value across a block of cells (a title over several columns).
    public mutating func merge(
        rows: ClosedRange<Int>, columns: ClosedRange<Int>, _ value: CellValue,
        style: CellStyle = .plain
    ) {
        precondition(rows.lowerBound >= 1 && columns.lowerBound >= 1, "rows and columns count from 1")
        merges.append(MergedRange(rows: rows, columns: columns, value: value, style: style))
    }
}
