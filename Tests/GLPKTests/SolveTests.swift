import MIP
import Testing

@testable import GLPK

@Suite struct SolveTests {
    @Test(arguments: [true, false])
    func optimalMaximum(presolve: Bool) throws {
        var options = MIPOptions()
        options.presolve = presolve
        let r = try GLPK.solve(Programs.smallMaximum(), options: options)
        #expect(r.status == .optimal)
        #expect(r.stopReason == .finished)
        #expect(r.objective == 13)
        #expect(r.values == [2, 0, 1])
        #expect(r.bound == 13)
        #expect(r.gap == 0)
        #expect(r.start == .none)
    }

    @Test func optimalMinimumIncludesObjectiveConstant() throws {
        let p = Programs.smallMinimum()
        let r = try GLPK.solve(p)
        #expect(r.status == .optimal)
        #expect(r.values == [0, 3, 0])
        #expect(r.objective == 16)
        #expect(p.violations(of: r.values!).isEmpty)
        #expect(r.nodes >= 1)
    }

    @Test(arguments: [true, false])
    func infeasibleLP(presolve: Bool) throws {
        var options = MIPOptions()
        options.presolve = presolve
        let r = try GLPK.solve(Programs.infeasible(), options: options)
        #expect(r.status == .infeasible)
        #expect(r.stopReason == .finished)
        #expect(r.objective == nil && r.values == nil)
    }

    @Test(arguments: [true, false])
    func infeasibleOnlyInIntegers(presolve: Bool) throws {
        var options = MIPOptions()
        options.presolve = presolve
        let r = try GLPK.solve(Programs.integerInfeasible(), options: options)
        #expect(r.status == .infeasible)
        #expect(r.values == nil)
    }

    @Test(arguments: [true, false])
    func unbounded(presolve: Bool) throws {
        var options = MIPOptions()
        options.presolve = presolve
        let r = try GLPK.solve(Programs.unbounded(), options: options)
        #expect(r.status == .unbounded)
        #expect(r.values == nil)
    }

    @Test func linearProgram() throws {
        let r = try GLPK.solveLP(Programs.smallLP())
        #expect(r.status == .optimal)
        #expect(abs(r.objective! - 2.8) < 1e-9)
        #expect(abs(r.values![0] - 1.6) < 1e-9 && abs(r.values![1] - 1.2) < 1e-9)
        #expect(r.rowDuals!.count == 2)
        #expect(r.iterations >= 1)
    }

    @Test func lpRelaxationIgnoresIntegrality() throws {
        // 2x + 2y = 3 has the LP point 1.5 in total: objective 1.5, not integral.
        let r = try GLPK.solveLP(Programs.integerInfeasible())
        #expect(r.status == .optimal)
        #expect(abs(r.objective! - 1.5) < 1e-9)
    }

    @Test(arguments: [false, true])
    func lpInfeasibleAndUnbounded(presolve: Bool) throws {
        let options = LPOptions(presolve: presolve)
        #expect(try GLPK.solveLP(Programs.infeasible(), options: options).status == .infeasible)
        #expect(try GLPK.solveLP(Programs.unbounded(), options: options).status == .unbounded)
    }

    @Test func continuousProgramThroughBranchAndCut() throws {
        let r = try GLPK.solve(Programs.smallLP())
        #expect(r.status == .optimal)
        #expect(abs(r.objective! - 2.8) < 1e-9)
        #expect(abs(r.values![0] - 1.6) < 1e-9)
    }

    @Test func programWithoutRows() throws {
        var p = IntegerProgram(name: "bounds only", sense: .maximize)
        p.addColumn("x", kind: .integer, bounds: .between(-2, 4.5), cost: 2)
        p.addColumn("y", kind: .continuous, bounds: .between(0, 1.5), cost: 1)
        let r = try GLPK.solve(p)
        #expect(r.status == .optimal)
        #expect(r.values == [4, 1.5])
        #expect(try GLPK.solveLP(p).objective == 9.5)
    }

    @Test func problemIsReusableAfterChanges() throws {
        let problem = try GLPKProblem(Programs.smallMaximum())
        #expect(try problem.solveMIP().objective == 13)
        try problem.setBounds(column: 0, .equal(0))
        let fixed = try problem.solveMIP()
        #expect(fixed.values?[0] == 0)
        #expect(fixed.objective! < 13)
        try problem.setCost(column: 1, 100)
        #expect(try problem.solveMIP().values?[1] == 1)
        #expect(problem.program.columns[1].cost == 100)
    }

    @Test func binaryColumnFixedByBoundsStaysFixed() throws {
        var p = Programs.knapsack(items: 8, seed: 3)
        p.setBounds(0, .equal(1))
        let r = try GLPK.solve(p)
        #expect(r.status == .optimal)
        #expect(r.values?[0] == 1)
    }

    @Test func logForwardsGLPKOutputOnlyWhenAsked() throws {
        var lines: [String] = []
        var options = MIPOptions()
        options.messageLevel = .normal
        _ = try GLPK.solve(Programs.smallMaximum(), options: options, log: { lines.append($0) })
        #expect(lines.contains { $0.contains("tree is empty") })
        // The hook is cleared afterwards: a later solve does not reach the old closure.
        let count = lines.count
        _ = try GLPK.solve(Programs.smallMaximum(), options: options)
        #expect(lines.count == count)
    }

    @Test func nestedSolveRestoresOuterLog() throws {
        var outer: [String] = [], inner: [String] = []
        var options = MIPOptions()
        options.messageLevel = .normal
        options.progressInterval = 0
        var nested = false
        _ = try GLPK.solve(
            Programs.knapsack(items: 20, seed: 1), options: options,
            progress: { _ in
                if !nested {
                    nested = true
                    _ = try GLPK.solve(Programs.smallMaximum(), options: options, log: { inner.append($0) })
                }
                return .proceed
            }, log: { outer.append($0) })
        #expect(nested)
        // Each closure got its own solve's output only.
        #expect(inner.filter { $0.contains("tree is empty") }.count == 1)
        #expect(outer.filter { $0.contains("tree is empty") }.count == 1)
    }

    @Test func explanationsAreGiven() {
        for code in ReturnCode.allCases {
            #expect(!code.explanation.isEmpty)
            #expect(code.constantName.hasPrefix("GLP_E"))
        }
        #expect(Set(ReturnCode.allCases.map(\.constantName)).count == ReturnCode.allCases.count)
        #expect(MIPStatus.allCases.allSatisfy { !$0.explanation.isEmpty })
        #expect(LPStatus.allCases.allSatisfy { !$0.explanation.isEmpty })
        #expect(StopReason.allCases.allSatisfy { !$0.explanation.isEmpty })
        #expect(GLPK.version.hasPrefix("5."))
    }
}
