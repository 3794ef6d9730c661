/// One non-empty cell as read from a file: its reference (`C7`), row and column (from 1), and
/// its value as text (see `XLSXReader` for how numbers, dates and booleans read).
public struct ReadCell: Hashable, Sendable {
    public let reference: String
    public let row: Int
    public let column: Int
    public let value: String
}

/// One sheet as read: its name and its non-empty cells in row order, then column order.
public struct ReadSheet: Sendable {
    public let name: String
    public let cells: [ReadCell]
    private let index: [Int: Int]

    init(name: String, cells: [ReadCell]) {
        self.name = name
        self.cells = cells.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        var index: [Int: Int] = [:]
        for (n, cell) in self.cells.enumerated() { index[Self.key(cell.row, cell.column)] = n }
        self.index = index
    }

    /// The value at row and column (from 1), nil when that cell is empty.
    public subscript(row: Int, column: Int) -> String? {
        index[Self.key(row, column)].map { cells[$0].value }
    }

    /// The value at a reference such as `C7`, nil when it is empty or not a reference.
    public subscript(reference: String) -> String? {
        CellReference.parse(reference).flatMap { self[$0.row, $0.column] }
    }

    /// The last row and column holding anything (0 for an empty sheet).
    public var lastRow: Int { cells.last?.row ?? 0 }
    public var lastColumn: Int { cells.map(\.column).max() ?? 0 }

    /// Every row from 1 to `lastRow` as texts from column 1 to `lastColumn`, "" for empty cells.
    public var rows: [[String]] {
        let width = lastColumn
        var grid = Array(repeating: Array(repeating: "", count: width), count: lastRow)
        for cell in cells { grid[cell.row - 1][cell.column - 1] = cell.value }
        return grid
    }

    private static func key(_ row: Int, _ column: Int) -> Int { row * 20_000 + column }
}
