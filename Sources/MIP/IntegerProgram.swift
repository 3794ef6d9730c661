/// A mixed-integer linear program in a solver-neutral form: columns (variables) with bounds,
/// kinds and costs, rows (constraints) with bounds, and a sparse matrix of coefficients.
///
/// The Planner builds one of these and a solver wrapper (GLPK) loads it in one bulk call,
/// so the model can be tested, dumped and exported without any solver present.
/// Indices are 0-based here; wrappers translate to their own convention.
public struct IntegerProgram: Sendable, Equatable {
    public enum Sense: String, Sendable, Equatable { case minimize, maximize }

    public enum Kind: String, Sendable, Equatable { case continuous, integer, binary }

    /// The range a row's activity or a column's value must lie in.
    public enum Bounds: Sendable, Equatable {
        case free
        case atLeast(Double)
        case atMost(Double)
        case between(Double, Double)
        case equal(Double)

        public var lower: Double? {
            switch self {
            case .free, .atMost: nil
            case .atLeast(let l), .between(let l, _), .equal(let l): l
            }
        }
        public var upper: Double? {
            switch self {
            case .free, .atLeast: nil
            case .atMost(let u), .between(_, let u), .equal(let u): u
            }
        }
        public func contains(_ x: Double, tolerance: Double = 1e-6) -> Bool {
            if let l = lower, x < l - tolerance { return false }
            if let u = upper, x > u + tolerance { return false }
            return true
        }
    }

    public struct Column: Sendable, Equatable {
        public var name: String
        public var kind: Kind
        public var bounds: Bounds
        public var cost: Double
        public init(name: String, kind: Kind, bounds: Bounds, cost: Double) {
            self.name = name; self.kind = kind; self.bounds = bounds; self.cost = cost
        }
    }

    public struct Row: Sendable, Equatable {
        public var name: String
        public var bounds: Bounds
        public init(name: String, bounds: Bounds) { self.name = name; self.bounds = bounds }
    }

    /// One nonzero of the constraint matrix.
    public struct Entry: Sendable, Equatable {
        public var row: Int
        public var column: Int
        public var value: Double
        public init(row: Int, column: Int, value: Double) { self.row = row; self.column = column; self.value = value }
    }

    public var name: String
    public var sense: Sense
    public var objectiveConstant: Double
    public private(set) var columns: [Column] = []
    public private(set) var rows: [Row] = []
    public private(set) var entries: [Entry] = []

    public init(name: String, sense: Sense = .minimize, objectiveConstant: Double = 0) {
        self.name = name; self.sense = sense; self.objectiveConstant = objectiveConstant
    }

    @discardableResult
    public mutating func addColumn(_ name: String, kind: Kind = .binary, bounds: Bounds? = nil, cost: Double = 0) -> Int {
        let b = bounds ?? (kind == .binary ? .between(0, 1) : .atLeast(0))
        columns.append(Column(name: name, kind: kind, bounds: b, cost: cost))
        return columns.count - 1
    }

    /// Adds a row `bounds.lower ≤ Σ value·x[column] ≤ bounds.upper`. Terms on the same column are summed;
    /// zero coefficients are dropped. Column indices must exist (checked).
    @discardableResult
    public mutating func addRow(_ name: String, _ terms: [(column: Int, value: Double)], _ bounds: Bounds) -> Int {
        let r = rows.count
        rows.append(Row(name: name, bounds: bounds))
        var merged: [Int: Double] = [:]
        var order: [Int] = []
        for t in terms {
            precondition(t.column >= 0 && t.column < columns.count, "row \(name): column \(t.column) does not exist")
            if merged[t.column] == nil { order.append(t.column) }
            merged[t.column, default: 0] += t.value
        }
        for c in order.sorted() where merged[c]! != 0 {
            entries.append(Entry(row: r, column: c, value: merged[c]!))
        }
        return r
    }

    public mutating func setCost(_ column: Int, _ cost: Double) { columns[column].cost = cost }
    public mutating func addCost(_ column: Int, _ cost: Double) { columns[column].cost += cost }
    public mutating func setBounds(_ column: Int, _ bounds: Bounds) { columns[column].bounds = bounds }

    /// Objective value of an assignment of values to columns.
    public func objective(of values: [Double]) -> Double {
        var z = objectiveConstant
        for (j, c) in columns.enumerated() { z += c.cost * values[j] }
        return z
    }

    /// Rows and columns that `values` breaks, for checking heuristic starts and solver answers.
    public func violations(of values: [Double], tolerance: Double = 1e-6) -> [String] {
        precondition(values.count == columns.count)
        var out: [String] = []
        for (j, c) in columns.enumerated() {
            if !c.bounds.contains(values[j], tolerance: tolerance) { out.append("column \(c.name) = \(values[j]) out of bounds") }
            if c.kind != .continuous, abs(values[j] - values[j].rounded()) > tolerance { out.append("column \(c.name) = \(values[j]) not integral") }
        }
        var activity = [Double](repeating: 0, count: rows.count)
        for e in entries { activity[e.row] += e.value * values[e.column] }
        for (i, r) in rows.enumerated() where !r.bounds.contains(activity[i], tolerance: tolerance) {
            out.append("row \(r.name) = \(activity[i]) out of bounds")
        }
        return out
    }
}

/// What a solver reports back, in solver-neutral terms.
public struct ProgramSolution: Sendable, Equatable {
    public var values: [Double]
    public var objective: Double
    public init(values: [Double], objective: Double) { self.values = values; self.objective = objective }
}
