import Foundation
import MIP
import Testing

@testable import GLPK

/// Debian's GLPK 5.0 keeps its environment per thread: independent problems solved on two
/// threads at once must give exactly what sequential solves give (see the `GLPK` doc comment).
@Suite struct ThreadTests {
    struct Outcome: Equatable, Sendable {
        var status: MIPStatus
        var objective: Double?
        var values: [Double]?
        var nodes: Int
        init(_ r: MIPResult) { status = r.status; objective = r.objective; values = r.values; nodes = r.nodes }
    }

    static func options() -> MIPOptions {
        var o = MIPOptions(cuts: .threadSafe, concurrent: true)
        o.releaseEnvironment = true
        return o
    }

    static func solveSequentially(_ programs: [IntegerProgram]) throws -> [Outcome] {
        try programs.map { Outcome(try GLPK.solve($0, options: options())) }
    }

    /// Thread t solves programs t, t + threads, …
    static func solveConcurrently(_ programs: [IntegerProgram], threads: Int) -> [Outcome?] {
        let results = LockedValue<[Outcome?]>(Array(repeating: nil, count: programs.count))
        runOnNewThreads(
            (0..<threads).map { t in
                { @Sendable in
                    for k in stride(from: t, to: programs.count, by: threads) {
                        let outcome = try? Outcome(GLPK.solve(programs[k], options: options()))
                        results.update { $0[k] = outcome }
                    }
                }
            })
        return results.get()
    }

    @Test func twoThreadsGiveTheSequentialResults() throws {
        let programs = (1...6).map { Programs.knapsack(items: 30, seed: UInt64($0)) }
        let sequential = try Self.solveSequentially(programs)
        let concurrent = Self.solveConcurrently(programs, threads: 2)
        #expect(sequential.allSatisfy { $0.status == .optimal })
        #expect(concurrent == sequential.map(Optional.some))
    }

    /// The measurement quoted in the `GLPK` doc comment; run with PAIKE_GLPK_MEASURE=<rounds>.
    /// Equal work per program (Jeroslow problems cut off at 4,000 nodes) so two threads can
    /// share it evenly, plus knapsacks solved to optimality with the thread-safe cuts.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PAIKE_GLPK_MEASURE"] != nil))
    func measureSpeedUp() throws {
        let rounds = Int(ProcessInfo.processInfo.environment["PAIKE_GLPK_MEASURE"] ?? "") ?? 5
        var jeroslow = Self.options()
        jeroslow.nodeLimit = 4000
        jeroslow.presolve = false
        jeroslow.cuts = []  // Gomory cuts prove it infeasible at the root
        let jobs: [(IntegerProgram, MIPOptions)] =
            (0..<12).map { (Programs.jeroslow(35 + 2 * $0), jeroslow) }
            + (1...12).map { (Programs.knapsack(items: 35, seed: UInt64($0)), Self.options()) }
        var differences = 0
        var sequentialTime = 0.0, concurrentTime = 0.0
        for _ in 0..<rounds {
            let t0 = Date()
            let sequential = jobs.map { try? Outcome(GLPK.solve($0.0, options: $0.1)) }
            let t1 = Date()
            let results = LockedValue<[Outcome?]>(Array(repeating: nil, count: jobs.count))
            runOnNewThreads(
                (0..<2).map { t in
                    { @Sendable in
                        for k in stride(from: t, to: jobs.count, by: 2) {
                            let outcome = try? Outcome(GLPK.solve(jobs[k].0, options: jobs[k].1))
                            results.update { $0[k] = outcome }
                        }
                    }
                })
            let t2 = Date()
            sequentialTime += t1.timeIntervalSince(t0); concurrentTime += t2.timeIntervalSince(t1)
            if results.get() != sequential || sequential.contains(nil) { differences += 1 }
        }
        print(
            "rounds \(rounds), sequential \(sequentialTime / Double(rounds)) s, two threads \(concurrentTime / Double(rounds)) s, speed-up \(sequentialTime / concurrentTime), rounds with a difference \(differences)"
        )
        #expect(differences == 0)
    }
}

@Suite struct EnvironmentTests {
    @Test func environmentIsFreedOnlyWithoutLiveProblems() throws {
        var options = MIPOptions()
        options.releaseEnvironment = true
        _ = try GLPK.solve(Programs.smallMaximum(), options: options)
        // The solve above freed this thread's environment already.
        #expect(GLPK.releaseEnvironment() == false)
        do {
            let problem = try GLPKProblem(Programs.smallMaximum())
            #expect(GLPK.releaseEnvironment() == false)
            #expect(try problem.solveMIP().objective == 13)
        }
        _ = try GLPK.solveLP(Programs.smallLP())
        #expect(GLPK.releaseEnvironment() == true)
        #expect(GLPK.hasThreadLocalEnvironment)
    }
}
