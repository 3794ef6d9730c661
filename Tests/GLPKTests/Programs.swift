import MIP

/// Small programs the tests solve.
enum Programs {
    /// max 5a + 4b + 3c  s.t. 2a + 3b + c ≤ 5, 4a + b + 2c ≤ 11, 3a + 4b + 2c ≤ 8, integers ≥ 0.
    /// Optimum 13 at (2, 0, 1); LP relaxation optimum 13 too, so also a check of rounding.
    static func smallMaximum() -> IntegerProgram {
        var p = IntegerProgram(name: "small max", sense: .maximize)
        let a = p.addColumn("a", kind: .integer, cost: 5)
        let b = p.addColumn("b", kind: .integer, cost: 4)
        let c = p.addColumn("c", kind: .integer, cost: 3)
        p.addRow("r1", [(a, 2), (b, 3), (c, 1)], .atMost(5))
        p.addRow("r2", [(a, 4), (b, 1), (c, 2)], .atMost(11))
        p.addRow("r3", [(a, 3), (b, 4), (c, 2)], .atMost(8))
        return p
    }

    /// min 3x + 2y + 4z + 10  s.t. x + y + z ≥ 2.5, x − y ≤ 0.5, integers in [0, 3].
    /// Integer optimum 16 at (0, 3, 0): the sum must reach 3 and y is the cheapest unit.
    static func smallMinimum() -> IntegerProgram {
        var p = IntegerProgram(name: "small min", objectiveConstant: 10)
        let x = p.addColumn("x", kind: .integer, bounds: .between(0, 3), cost: 3)
        let y = p.addColumn("y", kind: .integer, bounds: .between(0, 3), cost: 2)
        let z = p.addColumn("z", kind: .integer, bounds: .between(0, 3), cost: 4)
        p.addRow("cover", [(x, 1), (y, 1), (z, 1)], .atLeast(2.5))
        p.addRow("order", [(x, 1), (y, -1)], .atMost(0.5))
        return p
    }

    /// max x + y  s.t. x + 2y ≤ 4, 3x + y ≤ 6, continuous ≥ 0: optimum 2.8 at (1.6, 1.2).
    static func smallLP() -> IntegerProgram {
        var p = IntegerProgram(name: "lp", sense: .maximize)
        let x = p.addColumn("x", kind: .continuous, cost: 1)
        let y = p.addColumn("y", kind: .continuous, cost: 1)
        p.addRow("a", [(x, 1), (y, 2)], .atMost(4))
        p.addRow("b", [(x, 3), (y, 1)], .atMost(6))
        return p
    }

    /// Binaries with x + y ≥ 3: infeasible already as an LP.
    static func infeasible() -> IntegerProgram {
        var p = IntegerProgram(name: "infeasible")
        let x = p.addColumn("x", cost: 1), y = p.addColumn("y", cost: 1)
        p.addRow("too much", [(x, 1), (y, 1)], .atLeast(3))
        return p
    }

    /// 2x + 2y = 3 over binaries: the LP is feasible, no integer point is.
    static func integerInfeasible() -> IntegerProgram {
        var p = IntegerProgram(name: "parity")
        let x = p.addColumn("x", cost: 1), y = p.addColumn("y", cost: 1)
        p.addRow("odd", [(x, 2), (y, 2)], .equal(3))
        return p
    }

    /// max x + y with x − y ≤ 1, integers ≥ 0: unbounded.
    static func unbounded() -> IntegerProgram {
        var p = IntegerProgram(name: "unbounded", sense: .maximize)
        let x = p.addColumn("x", kind: .integer, cost: 1), y = p.addColumn("y", kind: .integer, cost: 1)
        p.addRow("r", [(x, 1), (y, -1)], .atMost(1))
        return p
    }

    /// Jeroslow's problem: 2·Σx = n (n odd) over binaries. Infeasible, but plain branch and
    /// bound needs about 2^(n/2) nodes to prove it: good for time and node limits.
    static func jeroslow(_ n: Int = 41) -> IntegerProgram {
        var p = IntegerProgram(name: "jeroslow")
        let xs = (0..<n).map { p.addColumn("x\($0)", cost: 1) }
        p.addRow("odd", xs.map { ($0, 2.0) }, .equal(Double(n | 1)))
        return p
    }

    /// A strongly correlated 0-1 knapsack (value = weight + 10), maximised: hard for branch
    /// and bound relative to its size. Deterministic for a seed.
    static func knapsack(items: Int, seed: UInt64) -> IntegerProgram {
        var random = SplitMix(seed)
        var p = IntegerProgram(name: "knapsack \(seed)", sense: .maximize)
        var weights: [Double] = []
        for i in 0..<items {
            let w = Double(10 + random.next() % 90)
            weights.append(w)
            p.addColumn("item \(i)", cost: w + 10)
        }
        p.addRow("capacity", weights.enumerated().map { ($0.offset, $0.element) }, .atMost((weights.reduce(0, +) / 2).rounded()))
        return p
    }

    /// Greedy by value/weight: a feasible start for a knapsack from `knapsack`.
    static func greedy(_ p: IntegerProgram) -> [Double] {
        let weights = p.entries.map(\.value)
        let capacity = p.rows[0].bounds.upper!
        var x = [Double](repeating: 0, count: p.columns.count)
        var load = 0.0
        for j in p.columns.indices.sorted(by: { p.columns[$0].cost / weights[$0] > p.columns[$1].cost / weights[$1] })
        where load + weights[j] <= capacity {
            x[j] = 1
            load += weights[j]
        }
        return x
    }
}

/// A small deterministic generator, so test programs are the same on every run.
struct SplitMix {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
