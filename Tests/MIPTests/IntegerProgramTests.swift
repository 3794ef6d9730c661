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
