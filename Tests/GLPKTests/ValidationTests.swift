import MIP
import Testing

@testable import GLPK

/// Input GLPK would abort on must come back as a thrown error with a clear message.
@Suite struct ValidationTests {
    static let cases: [(String, @Sendable (inout IntegerProgram) -> Void, String)] = [
        ("lower above upper", { $0.setBounds(0, .between(3, 1)) }, "lower bound '3.0' is above upper bound '1.0'"),
        ("nan lower", { $0.setBounds(1, .atLeast(.nan)) }, "lower bound 'nan' is invalid"),
        ("nan upper", { $0.setBounds(1, .atMost(.nan)) }, "upper bound 'nan' is invalid"),
        ("lower +inf", { $0.setBounds(1, .atLeast(.infinity)) }, "lower bound 'inf' is invalid"),
        ("nan cost", { $0.setCost(0, .nan) }, "cost 'nan' is not finite"),
        ("infinite cost", { $0.setCost(2, -.infinity) }, "cost '-inf' is not finite"),
        ("binary outside 0...1", { $0.addColumn("flag", kind: .binary, bounds: .equal(2)) }, "binary column has no admissible value in its bounds [2.0, 2.0]"),
        (
            "integer without integer value",
            { p in
                let j = p.addColumn("n", kind: .integer, bounds: .between(0.2, 0.8))
                p.addRow("uses n", [(j, 1)], .atMost(5))
            }, "integer column has no admissible value in its bounds [0.2, 0.8]"
        ),
        ("nan coefficient", { p in p.addRow("bad", [(0, .nan)], .atMost(1)) }, "coefficient 'nan' is not finite"),
        ("nan row bound", { p in p.addRow("bad", [(0, 1)], .equal(.nan)) }, "row 'bad' (3): lower bound 'nan' is invalid"),
        ("row bounds crossed", { p in p.addRow("bad", [(0, 1)], .between(2, 1)) }, "row 'bad' (3): lower bound '2.0' is above upper bound '1.0'"),
        ("nan constant", { $0.objectiveConstant = .nan }, "objective constant 'nan' is not finite")
    ]

    @Test(arguments: cases.indices)
    func invalidProgramsThrow(index: Int) throws {
        let (_, change, message) = Self.cases[index]
        var p = Programs.smallMaximum()
        change(&p)
        let error = #expect(throws: GLPKError.self) { try GLPKProblem(p) }
        #expect(error?.description.contains(message) == true, "\(String(describing: error))")
        #expect(throws: GLPKError.self) { try GLPK.solve(p) }
        #expect(throws: GLPKError.self) { try GLPK.solveLP(p) }
    }

    @Test func everyProblemIsListed() throws {
        var p = Programs.smallMaximum()
        p.setBounds(0, .between(3, 1))
        p.setCost(1, .nan)
        let error = #expect(throws: GLPKError.self) { try GLPKProblem(p) }
        guard case .invalidProgram(let problems)? = error else { Issue.record("wrong error"); return }
        #expect(problems.count == 2)
    }

    @Test func infiniteBoundsOnTheOpenSideAreAccepted() throws {
        var p = Programs.smallLP()
        p.setBounds(0, .between(-.infinity, 10))
        p.setBounds(1, .between(0, .infinity))
        #expect(try GLPK.solveLP(p).status == .optimal)
    }

    @Test func integerBoundsAreRoundedInwards() throws {
        var p = IntegerProgram(name: "round", sense: .maximize)
        p.addColumn("n", kind: .integer, bounds: .between(0.5, 3.7), cost: 1)
        #expect(try GLPK.solve(p).values == [3])
    }

    @Test func badColumnIndexOnAProblem() throws {
        let problem = try GLPKProblem(Programs.smallMaximum())
        #expect(throws: GLPKError.invalidArgument("column index '3' is out of range 0..<3")) { try problem.setBounds(column: 3, .free) }
        #expect(throws: GLPKError.self) { try problem.setBounds(column: -1, .free) }
        #expect(throws: GLPKError.self) { try problem.setCost(column: 7, 1) }
        #expect(throws: GLPKError.self) { try problem.setCost(column: 0, .infinity) }
        #expect(throws: GLPKError.self) { try problem.setBounds(column: 0, .between(2, 1)) }
        // The problem is unchanged after refused changes.
        #expect(try problem.solveMIP().objective == 13)
    }

    @Test(arguments: [
        MIPOptions(timeLimit: 0),
        MIPOptions(timeLimit: -1),
        MIPOptions(timeLimit: .nan),
        MIPOptions(relativeGap: -0.1),
        MIPOptions(relativeGap: .infinity),
        MIPOptions(nodeLimit: 0),
        MIPOptions(cuts: .cover, concurrent: true)
    ])
    func invalidOptionsThrow(options: MIPOptions) throws {
        #expect(throws: GLPKError.self) { try GLPK.solve(Programs.smallMaximum(), options: options) }
    }

    @Test func allCutFamiliesRunWhenNotConcurrent() throws {
        var options = MIPOptions(cuts: [.gomory, .mir, .cover, .clique])
        options.feasibilityPump = true
        options.proximitySearch = true
        options.proximitySearchTimeLimit = 1
        let r = try GLPK.solve(Programs.knapsack(items: 20, seed: 4), options: options)
        let plain = try GLPK.solve(Programs.knapsack(items: 20, seed: 4))
        #expect(r.status == .optimal)
        #expect(r.objective == plain.objective)
    }

    @Test func problemRefusesAnotherThread() throws {
        let problem = try GLPKProblem(Programs.smallMaximum())
        let box = UncheckedBox(problem)
        let outcome = LockedValue<String>("")
        runOnNewThread {
            do { _ = try box.value?.solveMIP(); outcome.set("solved") } catch { outcome.set("\(error)") }
        }
        #expect(outcome.get().hasPrefix("wrong thread"))
        #expect(try problem.solveMIP().objective == 13)
    }

    @Test func problemDroppedOnAnotherThreadDoesNotCrash() throws {
        // Deleting a problem on a foreign thread aborts inside GLPK: the wrapper leaks it instead.
        let handOver = LockedValue<UncheckedStrongBox?>(nil)
        runOnNewThread {
            handOver.set(try? UncheckedStrongBox(GLPKProblem(Programs.smallMaximum())))
        }
        #expect(handOver.get() != nil)
        handOver.set(nil)
    }

    @Test func namesAreSanitisedAndUnique() throws {
        var p = IntegerProgram(name: "名字 test")
        let a = p.addColumn("x[王丽, 周一]", cost: 1)
        let b = p.addColumn("x[王丽, 周一]", cost: 1)
        let c = p.addColumn("1st - item", cost: 1)
        let d = p.addColumn("", cost: 1)
        p.addRow("obj", [(a, 1), (b, 1), (c, 1), (d, 1)], .atLeast(1))
        p.addRow("", [(a, 1)], .atMost(1))
        let problem = try GLPKProblem(p)
        #expect(problem.columnNames == ["x(u738Bu4E3D,_u5468u4E00)", "x(u738Bu4E3D,_u5468u4E00)_2", "_1st___item", "x4"])
        #expect(problem.rowNames == ["obj_2", "r2"])
        #expect(problem.program.columns[0].name == "x[王丽, 周一]")
    }
}
