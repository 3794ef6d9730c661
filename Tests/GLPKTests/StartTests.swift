import MIP
import Testing

@testable import GLPK

/// Injecting a starting solution through `glp_ios_heur_sol`.
@Suite struct StartTests {
    @Test func feasibleStartBecomesTheFirstIncumbent() throws {
        let p = Programs.knapsack(items: 30, seed: 5)
        let start = Programs.greedy(p)
        let startValue = p.objective(of: start)
        var incumbents: [Double] = []
        let r = try GLPK.solve(p, start: start) { progress in
            if progress.isNewIncumbent, let i = progress.incumbent { incumbents.append(i) }
            return .proceed
        }
        #expect(r.start == .accepted)
        #expect(incumbents.first == startValue)
        #expect(r.status == .optimal)
        #expect(r.objective! >= startValue)
        #expect(p.violations(of: r.values!).isEmpty)
    }

    @Test func startIsKeptWhenTheSearchStopsAtOnce() throws {
        let p = Programs.knapsack(items: 35, seed: 9)
        let start = Programs.greedy(p)
        // Stop at the first report after the start went in: the start is what comes back.
        let r = try GLPK.solve(p, options: MIPOptions(nodeLimit: 1), start: start)
        #expect(r.start == .accepted)
        #expect(r.status == .feasible)
        #expect(r.objective! >= p.objective(of: start))
        #expect(p.violations(of: r.values!).isEmpty)
    }

    @Test func startWithPresolveRequestedStillWorks() throws {
        // presolve is on by default: the wrapper turns it off for the injection.
        let p = Programs.smallMinimum()
        let r = try GLPK.solve(p, options: MIPOptions(presolve: true), start: [0, 3, 1])
        #expect(r.status == .optimal)
        #expect(r.objective == 16)
        #expect(r.start == .accepted || r.start == .notOffered)
    }

    @Test func infeasibleStartIsRejectedWithTheBrokenRows() throws {
        let p = Programs.knapsack(items: 10, seed: 2)
        let everything = [Double](repeating: 1, count: 10)
        let error = #expect(throws: GLPKError.self) { try GLPK.solve(p, start: everything) }
        guard case .infeasibleStart(let problems)? = error else { Issue.record("wrong error \(String(describing: error))"); return }
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix("row capacity"))
    }

    @Test(arguments: [
        ([0.5, 3, 0], "not integral"),
        ([0, 4, 0], "out of bounds"),
        ([0, 3], "has 2 values but the program has 3 columns"),
        ([Double.nan, 3, 0], "is not finite")
    ])
    func badStartsAreExplained(start: [Double], reason: String) throws {
        let error = #expect(throws: GLPKError.self) { try GLPK.solve(Programs.smallMinimum(), start: start) }
        #expect(error?.description.contains(reason) == true)
    }
}
