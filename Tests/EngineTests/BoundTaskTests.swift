import Domain
import Foundation
import Testing

@testable import Engine

/// The solve's bound: the coupling relaxation's, reported with the objective, never above it.
@Suite struct BoundTaskTests {
    @Test func aSolveReportsTheCouplingBoundBelowItsObjective() throws {
        let scenario = try #require(Workflow.load(LanguageCommandTests.fixture).scenario)
        let outcome = try SolveJob.run(scenario, options: SolveOptions(timeLimit: 10, seed: 7))
        let s = outcome.summary
        let z = try #require(s.objective)
        let bound = try #require(s.bound, "\(s.method)")
        #expect(bound <= z + 1e-6)
        #expect(s.method.contains("classes coupled, LP (by day)"), "\(s.method)")
    }

    /// The task on its own: its bound is at most the objective of the solve's timetable, and
    /// at least each class alone when both finish.
    @Test func theLargerBoundIsKept() throws {
        let scenario = try #require(Workflow.load(LanguageCommandTests.fixture).scenario)
        let task = BoundTask(scenario: scenario, options: SolveOptions(timeLimit: 30), deadline: 30, elapsed: { 0 })
        task.start()
        task.wait()
        let bound = try #require(task.result)
        let outcome = try SolveJob.run(scenario, options: SolveOptions(timeLimit: 10, seed: 7))
        let z = try #require(outcome.summary.objective)
        #expect(bound <= z + 1e-6)
        let parts = task.summary.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
        #expect(values.count == 2 && task.summary.contains("each class alone"), "\(task.summary)")
        #expect(abs(bound - (values.max() ?? .nan)) < 0.051, "\(task.summary)")
    }
}
