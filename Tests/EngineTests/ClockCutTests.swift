import Domain
import Planner
import Testing

@testable import Engine

/// A search the clock ends before its work budget says so, so that the run is reported as ended
/// by the time limit (its files may differ on another machine), never by the work budget.
@Suite struct ClockCutTests {
    static func plan() throws -> Plan {
        Plan(try #require(Workflow.load(LanguageCommandTests.fixture).scenario))
    }

    @Test func aSearchPastItsDeadlineSaysTheClockEndedIt() throws {
        let plan = try Self.plan()
        // The clock reads past the deadline from the start: the anneal stops at its first check.
        let cut = SolveJob.startValues(plan, options: SolveOptions(timeLimit: 10), until: 1, elapsed: { 2 })
        #expect(cut.clockCut)
        #expect(cut.note?.contains("the clock ended the search before its work budget") == true, "\(cut.note ?? "")")
    }

    @Test func aSearchWithinItsDeadlineRunsToItsBudget() throws {
        let plan = try Self.plan()
        let whole = SolveJob.startValues(plan, options: SolveOptions(timeLimit: 600), until: 300, elapsed: { 0 })
        #expect(!whole.clockCut)
        #expect(whole.note?.contains("the clock ended") != true, "\(whole.note ?? "")")
        #expect(whole.note?.contains("improvement search") == true, "\(whole.note ?? "")")
    }
}
