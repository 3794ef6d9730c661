/// A smaller program: the part of a program that a set of free integer columns can reach, with
/// every other column held at the value of a known solution. Used for fix-and-optimise: the
/// solver sees only what may change, and the answer maps back onto the whole solution.
///
/// Columns reached are the free integer columns and the continuous columns linked to them
/// through rows (transitively, never through a held integer column); rows reached are those
/// touching a reached column, with the held columns' contributions moved to their bounds.
/// Continuous columns left out keep their values, which stay optimal because no row links them
/// to anything that changes.
public struct Restriction: Sendable {
    public let program: IntegerProgram
    /// For each column of `program`, its index in the full program.
    public let columns: [Int]
    /// The full solution the restriction was cut from.
    public let base: [Double]

    public init(_ full: IntegerProgram, around base: [Double], freeing free: Set<Int>, index: ProgramIndex? = nil) {
        precondition(base.count == full.columns.count)
        let index = index ?? ProgramIndex(full)
        precondition(index.rowsOf.count == full.columns.count && index.colsOf.count == full.rows.count)
        let rowsOf = index.rowsOf, colsOf = index.colsOf
        var inColumn = [Bool](repeating: false, count: full.columns.count)
        var inRow = [Bool](repeating: false, count: full.rows.count)
        var freeNow = free.filter { full.columns[$0].kind != .continuous }
        // Reach, then hold at 0 every free column a row already forbids (a clash row whose held
        // part fills it, say), and reach again: the solver then sees only real choices.
        for _ in 0..<3 {
            inColumn = [Bool](repeating: false, count: full.columns.count)
            inRow = [Bool](repeating: false, count: full.rows.count)
            var queue = freeNow.sorted()
            for j in queue { inColumn[j] = true }
            while let j = queue.popLast() {
                for k in rowsOf[j] {
                    let r = full.entries[k].row
                    guard !inRow[r] else { continue }
                    inRow[r] = true
                    for k2 in colsOf[r] {
                        let c = full.entries[k2].column
                        if !inColumn[c] && full.columns[c].kind == .continuous { inColumn[c] = true; queue.append(c) }
                    }
                }
            }
            var forbidden = Set<Int>()
            for r in 0..<full.rows.count where inRow[r] {
                guard let upper = full.rows[r].bounds.upper else { continue }
                var held = 0.0
                var allPositive = true
                for k in colsOf[r] {
                    let e = full.entries[k]
                    if inColumn[e.column] {
                        if e.value < 0 || (full.columns[e.column].bounds.lower ?? -1) < 0 { allPositive = false }
                    } else {
                        held += e.value * base[e.column]
                    }
                }
                guard allPositive else { continue }
                for k in colsOf[r] {
                    let e = full.entries[k]
                    if inColumn[e.column], freeNow.contains(e.column), e.value > upper - held + 1e-9, base[e.column] == 0 { forbidden.insert(e.column) }
                }
            }
            if forbidden.isEmpty { break }
            freeNow.subtract(forbidden)
        }
        let kept = (0..<full.columns.count).filter { inColumn[$0] }
        var newIndex = [Int](repeating: -1, count: full.columns.count)
        for (i, j) in kept.enumerated() { newIndex[j] = i }
        var held = full.objectiveConstant
        for j in 0..<full.columns.count where !inColumn[j] { held += full.columns[j].cost * base[j] }
        var p = IntegerProgram(name: full.name + "-part", sense: full.sense, objectiveConstant: held)
        for j in kept { let c = full.columns[j]; p.addColumn(c.name, kind: c.kind, bounds: c.bounds, cost: c.cost) }
        for r in 0..<full.rows.count where inRow[r] {
            var shift = 0.0
            var terms: [(column: Int, value: Double)] = []
            for k in colsOf[r] {
                let e = full.entries[k]
                if inColumn[e.column] { terms.append((newIndex[e.column], e.value)) } else { shift += e.value * base[e.column] }
            }
            let b = full.rows[r].bounds
            let bounds: IntegerProgram.Bounds
            switch b {
            case .free: bounds = .free
            case .atLeast(let l): bounds = .atLeast(l - shift)
            case .atMost(let u): bounds = .atMost(u - shift)
            case .between(let l, let u): bounds = .between(l - shift, u - shift)
            case .equal(let v): bounds = .equal(v - shift)
            }
            p.addRow(full.rows[r].name, terms, bounds)
        }
        program = p
        columns = kept
        self.base = base
    }

    /// The base solution's values of the restricted columns: a feasible start for `program`.
    public var start: [Double] { columns.map { base[$0] } }

    /// The full solution with the restricted columns replaced by `values`.
    public func merged(_ values: [Double]) -> [Double] {
        var out = base
        for (i, j) in columns.enumerated() { out[j] = values[i] }
        return out
    }
}

/// Which entries touch each column and each row: built once per program, so that the many
/// restrictions cut from one big program do not each walk all its entries to find them.
public struct ProgramIndex: Sendable {
    public let rowsOf: [[Int]]
    public let colsOf: [[Int]]
    public init(_ p: IntegerProgram) {
        var r = [[Int]](repeating: [], count: p.columns.count)
        var c = [[Int]](repeating: [], count: p.rows.count)
        for (k, e) in p.entries.enumerated() { r[e.column].append(k); c[e.row].append(k) }
        rowsOf = r; colsOf = c
    }
}
