import MIP
import Testing

@testable import GLPK

/// How a search ends early: time and node limits, a stop or an error from the callback.
@Suite struct LimitTests {
    @Test(arguments: [true, false])
    func timeLimitIsAnEndingNotAnError(presolve: Bool) throws {
        var options = MIPOptions(timeLimit: 0.2)
        options.presolve = presolve
        let r = try GLPK.solve(Programs.jeroslow(), options: options)
        #expect(r.stopReason == .timeLimit)
        #expect(r.status == .noIntegerSolutionFound)
        #expect(r.values == nil)
        #expect(r.elapsedSeconds >= 0.19 && r.elapsedSeconds < 1.0)
        #expect(r.nodes > 1)
        // The bound (LP relaxation: 0·x is fine, objective Σx ≥ 20.5) is still known.
        #expect(r.bound.map { $0 >= 20.5 - 1e-6 } == true)
    }

    @Test func nodeLimitIsReproducible() throws {
        var options = MIPOptions(nodeLimit: 150)
        options.presolve = false
        let first = try GLPK.solve(Programs.jeroslow(), options: options)
        let second = try GLPK.solve(Programs.jeroslow(), options: options)
        #expect(first.stopReason == .nodeLimit)
        #expect(first.status == .noIntegerSolutionFound)
        #expect(first.nodes == 150)
        #expect(second.nodes == first.nodes)
        #expect(second.bound == first.bound)
    }

    @Test func nodeLimitKeepsTheIncumbent() throws {
        let p = Programs.knapsack(items: 35, seed: 7)
        let r = try GLPK.solve(p, options: MIPOptions(nodeLimit: 200))
        #expect(r.stopReason == .nodeLimit)
        #expect(r.status == .feasible)
        #expect(r.nodes == 200)
        #expect(p.violations(of: r.values!).isEmpty)
        #expect(r.objective == p.objective(of: r.values!))
        #expect(r.bound! >= r.objective!)
        #expect(r.gap! > 0)
    }

    @Test func stopFromTheCallbackKeepsTheIncumbent() throws {
        let p = Programs.knapsack(items: 35, seed: 11)
        var reports: [MIPProgress] = []
        let r = try GLPK.solve(p) { progress in
            reports.append(progress)
            return progress.incumbent == nil ? .proceed : .stop
        }
        #expect(r.stopReason == .stoppedByCallback)
        #expect(r.status == .feasible)
        #expect(r.objective == reports.last?.incumbent)
        #expect(reports.last?.isNewIncumbent == true)
        #expect(p.violations(of: r.values!).isEmpty)
    }

    @Test func progressIsThrottledAndMonotone() throws {
        var options = MIPOptions(nodeLimit: 3000)
        options.progressInterval = 0.05
        var reports: [MIPProgress] = []
        _ = try GLPK.solve(Programs.knapsack(items: 35, seed: 7), options: options) {
            reports.append($0); return .proceed
        }
        #expect(!reports.isEmpty)
        // Between reports without a new incumbent at least the interval passes.
        for (a, b) in zip(reports, reports.dropFirst()) where !b.isNewIncumbent {
            #expect(b.elapsedSeconds - a.elapsedSeconds >= 0.05)
        }
        let incumbents = reports.compactMap(\.incumbent)
        #expect(incumbents == incumbents.sorted())
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.nodes <= $1.nodes })
    }

    struct Boom: Error, Equatable {}

    @Test func errorInTheCallbackIsRethrown() throws {
        var calls = 0
        #expect(throws: Boom()) {
            _ = try GLPK.solve(Programs.jeroslow(), options: MIPOptions(timeLimit: 5)) { _ in
                calls += 1
                if calls == 2 { throw Boom() }
                return .proceed
            }
        }
        #expect(calls == 2)
    }

    @Test func gapToleranceEndsTheSearch() throws {
        let p = Programs.knapsack(items: 35, seed: 7)
        let r = try GLPK.solve(p, options: MIPOptions(relativeGap: 0.05))
        #expect(r.stopReason == .gapReached || (r.stopReason == .finished && r.status == .optimal))
        #expect(r.values != nil)
        if r.stopReason == .gapReached { #expect(r.status == .feasible) }
    }
}
