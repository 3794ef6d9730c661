import Domain
import Planner
import Testing

@testable import Search

/// The improvement search's anneal on ITC-2007's comp01: over its budget of work (the default),
/// or over the run a schedule measures (the clock, in a timed contest).
@Suite struct ImprovementSearchTests {
    static func validComp01() throws -> TimetableState {
        var (_, state) = try CourseVenueTests.comp01()
        if !state.isValid { state = FeasibilitySearch(budget: 200_000, seed: 1).run(from: state).state }
        try #require(state.isValid, "the feasibility search places comp01")
        return state
    }

    /// Given a schedule, the search ends when it says the run is done, not at its budget, and
    /// the same seed gives the same timetable.
    @Test func anAnnealEndsWhenItsScheduleSaysDoneAndIsReproducible() throws {
        let state = try Self.validComp01()
        func anneal() -> ImprovementSearch.Outcome {
            var search = ImprovementSearch(budget: Int.max, seed: 3)
            search.schedule = { effort in Double(effort) / 40_000 }
            return search.run(from: state)
        }
        let one = anneal(), two = anneal()
        // The schedule is read every 64 iterations; an iteration prices at most a few dozen candidates.
        #expect(one.effort >= 40_000 && one.effort < 40_000 + 64 * 64, "\(one.effort)")
        #expect(one.effort == two.effort)
        #expect(one.state.assignmentOf == two.state.assignmentOf)
        #expect(one.state.isValid)
        #expect(one.state.soft < state.soft, "\(state.soft) → \(one.state.soft)")
        #expect(abs(one.state.soft - one.state.softFromScratch()) < 1e-6)
    }

    /// Without a schedule the anneal takes its whole budget, and no more than the last step's
    /// candidates past it.
    @Test func byDefaultTheAnnealTakesItsBudget() throws {
        let state = try Self.validComp01()
        let out = ImprovementSearch(budget: 30_000, seed: 3).run(from: state)
        #expect(out.effort >= 30_000 && out.effort < 30_100, "\(out.effort)")
        #expect(out.state.isValid)
        #expect(out.state.soft < state.soft)
    }
}
