/// A value of the scenario file being built from sheets, with the cell it came from so the
/// loader's messages about it can point back at that cell.
indirect enum YValue {
    /// YAML text as written (already quoted where needed).
    case text(String, CellLocation?)
    case list([YValue], CellLocation?)
    case map([(String, YValue)], CellLocation?)
}

/// YAML text written line by line, remembering which cell each stretch of each line came from.
/// Columns are counted in Unicode scalars from 1, as the loader counts them.
struct YAMLText {
    private(set) var lines: [String] = [""]
    private var spans: [[(from: Int, to: Int, cell: CellLocation)]] = [[]]
    /// The row a line belongs to, for messages about the entry as a whole.
    private var rowCells: [CellLocation?] = [nil]
    private var width = 0

    var text: String { lines.joined(separator: "\n") }

    mutating func put(_ s: String, cell: CellLocation? = nil) {
        let from = width + 1
        lines[lines.count - 1] += s
        width += s.unicodeScalars.count
        if let cell { spans[spans.count - 1].append((from, width, cell)) }
    }

    mutating func newline() {
        lines.append(""); spans.append([]); rowCells.append(nil); width = 0
    }

    mutating func line(_ s: String, cell: CellLocation? = nil) { put(s, cell: cell); newline() }

    mutating func row(_ cell: CellLocation?) { rowCells[rowCells.count - 1] = cell }

    mutating func comment(_ s: String, indent: String = "") {
        for part in s.split(separator: "\n", omittingEmptySubsequences: false) { line(indent + "# " + part) }
    }

    /// A value in flow style (`{a: 1, b: [x, y]}`) on the current line.
    mutating func flow(_ v: YValue) {
        switch v {
        case let .text(s, cell): put(s, cell: cell)
        case let .list(items, cell):
            let from = width + 1
            put("[")
            for (n, item) in items.enumerated() { if n > 0 { put(", ") }; flow(item) }
            put("]")
            if let cell { spans[spans.count - 1].append((from, width, cell)) }
        case let .map(fields, cell):
            let from = width + 1
            put("{")
            for (n, (k, item)) in fields.enumerated() { if n > 0 { put(", ") }; put(k + ": "); flow(item) }
            put("}")
            if let cell { spans[spans.count - 1].append((from, width, cell)) }
        }
    }

    /// The cell behind a 1-based line and column: the narrowest stretch holding the column, else
    /// the line's row, else the nearest row above (a block entry's later lines).
    func cell(line: Int, column: Int) -> CellLocation? {
        guard line >= 1, line <= lines.count else { return nil }
        let found = spans[line - 1].filter { $0.from <= column && column <= $0.to }.min { ($0.to - $0.from) < ($1.to - $1.from) }
        if let found { return found.cell }
        var l = line - 1
        while l >= 0 {
            if let row = rowCells[l] { return row }
            // Stop at the start of an entry or a section: the column may belong to no row at all.
            if l < line - 1, lines[l].hasPrefix("  - ") || !lines[l].hasPrefix(" ") { return nil }
            l -= 1
        }
        return nil
    }
}
