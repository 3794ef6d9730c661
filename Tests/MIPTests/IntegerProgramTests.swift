import Testing

@testable import MIP

@Test func rowsMergeTermsAndCheckViolations() {
    var p = IntegerProgram(name: "t")
    let x = p.addColumn("x"), y = p.addColumn("y", kind: .continuous, bounds: .between(0, 10), cost: 2)
    p.addRow("r", [(x, 1), (y, 1), (x, 1)], .atMost(3))
    #expect(p.entries.count == 2)
    #expect(p.entries.first { $0.column == x }?.value == 2)
    #expect(p.violations(of: [1, 1]).isEmpty)
    #expect(p.violations(of: [1, 2]) == ["row r = 4.0 out of bounds"])
    #expect(p.violations(of: [0.5, 0]).count == 1)
    #expect(p.objective(of: [1, 2]) == 4)
}

@Test func restrictionKeepsWhatFreeColumnsReachAndMovesHeldValuesToBounds() {
    // x + y ≤ 1 (both binary), y − s = 0 (s continuous), z alone in its own row with t
    var p = IntegerProgram(name: "t")
    let x = p.addColumn("x", cost: -1), y = p.addColumn("y", cost: -2)
    let s = p.addColumn("s", kind: .continuous, bounds: .between(0, 1), cost: 1)
    let z = p.addColumn("z", cost: 3), t = p.addColumn("t", kind: .continuous, bounds: .between(0, 5), cost: 1)
    p.addRow("xy", [(x, 1), (y, 1)], .atMost(1))
    p.addRow("ys", [(y, 1), (s, -1)], .equal(0))
    p.addRow("zt", [(z, 1), (t, 1)], .atLeast(1))
    let base: [Double] = [0, 1, 1, 1, 0]
    let r = Restriction(p, around: base, freeing: [y])
    #expect(r.columns == [y, s])
    #expect(r.program.rows.map(\.name) == ["xy", "ys"])
    #expect(r.program.rows[0].bounds == .atMost(1))  // x = 0 is held
    #expect(r.program.objectiveConstant == 3)  // z held at its cost
    #expect(r.program.violations(of: r.start).isEmpty)
    #expect(r.merged([0, 0]) == [0, 0, 0, 1, 0])
    #expect(p.objective(of: r.merged([0, 0])) == r.program.objective(of: [0, 0]))
    // with x = 1 held, row xy leaves y no room: y is held at 0 and nothing is left to solve
    let none = Restriction(p, around: [1, 0, 0, 1, 0], freeing: [y])
    #expect(none.columns.isEmpty)
}
