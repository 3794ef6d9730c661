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

    /// Two cycles: the first is the one-cycle anneal (the same bests at the same work), the
    /// second anneals again from its best with a budget of its own, and the result is no worse.
    @Test func aSecondCycleAnnealsAgainFromTheBest() throws {
        let state = try Self.validComp01()
        final class Bests: @unchecked Sendable { var seen: [(effort: Int, soft: Double)] = [] }
        func anneal(cycles: Int) -> (ImprovementSearch.Outcome, [(effort: Int, soft: Double)]) {
            let bests = Bests()
            var search = ImprovementSearch(budget: 20_000, seed: 3)
            search.cycles = cycles
            search.improved = { effort, soft in bests.seen.append((effort, soft)) }
            return (search.run(from: state), bests.seen)
        }
        let (one, onesBests) = anneal(cycles: 1)
        let (two, twosBests) = anneal(cycles: 2)
        #expect(two.effort >= 40_000 && two.effort < 40_200, "\(two.effort)")
        let firstCycle = twosBests.filter { $0.effort <= one.effort }
        #expect(firstCycle.map(\.effort) == onesBests.map(\.effort))
        #expect(firstCycle.map(\.soft) == onesBests.map(\.soft))
        #expect(two.state.soft <= one.state.soft + 1e-9)
        #expect(two.state.isValid)
        #expect(abs(two.state.soft - two.state.softFromScratch()) < 1e-6)
    }

    /// A schedule measures the whole run: with one, a second cycle is not begun.
    @Test func aScheduledAnnealRunsOneCycle() throws {
        let state = try Self.validComp01()
        var search = ImprovementSearch(budget: Int.max, seed: 3)
        search.cycles = 2
        search.schedule = { effort in Double(effort) / 10_000 }
        let out = search.run(from: state)
        #expect(out.effort >= 10_000 && out.effort < 10_000 + 64 * 64, "\(out.effort)")
    }
}

/// A solver stand-in for `ExactRepair`: the drawn session's best assignment by enumeration.
struct BestAssignmentRepair: ExactRepair {
    let name = "best assignment, enumerated"
    let work: Int
    func repair(around r: Int, in state: TimetableState, rng: inout SeededRandom) -> (changes: [Change]?, work: Int) {
        var s = state
        var best: (soft: Double, a: Int)? = nil
        for a in state.index.assignments(of: r) where a != state.assignmentOf[r] {
            let undo = s.apply([Change(requirement: r, assignment: a)])
            if s.isValid && s.soft < (best?.soft ?? state.soft) - 1e-9 { best = (s.soft, a) }
            s.apply(undo)
        }
        return (best.map { [Change(requirement: r, assignment: $0.a)] }, work)
    }
}

/// A repair that never finds anything, at a price.
struct FruitlessRepair: ExactRepair {
    let name = "fruitless"
    func repair(around r: Int, in state: TimetableState, rng: inout SeededRandom) -> (changes: [Change]?, work: Int) { (nil, 20_000) }
}

/// Exact repairs in the anneal's roulette: judged like moves, charged their work.
@Suite struct ExactRepairInAnnealTests {
    @Test func aRepairThatImprovesIsTakenAndItsWorkCharged() throws {
        let state = try ImprovementSearchTests.validComp01()
        var search = ImprovementSearch(budget: 60_000, seed: 5)
        search.moves = []
        search.repairs = [BestAssignmentRepair(work: 5_000)]
        let out = search.run(from: state)
        #expect(out.repairsDrawn >= 10 && out.repairsTaken >= 1, "\(out.repairsDrawn) drawn, \(out.repairsTaken) taken")
        #expect(out.repairWork == 5_000 * out.repairsDrawn)
        #expect(out.effort >= out.repairWork)
        #expect(out.state.isValid)
        #expect(out.state.soft < state.soft, "\(state.soft) → \(out.state.soft)")
        #expect(abs(out.state.soft - out.state.softFromScratch()) < 1e-6)
    }

    /// Its floor is scaled down by its work: a costly repair that never gains takes a small share
    /// of the budget (a floor like the moves' would spend most of it on the repair).
    @Test func aFruitlessRepairTakesLittleOfTheBudget() throws {
        let state = try ImprovementSearchTests.validComp01()
        var search = ImprovementSearch(budget: 200_000, seed: 5)
        search.repairs = [FruitlessRepair()]
        let out = search.run(from: state)
        #expect(out.repairWork < out.effort / 5, "\(out.repairWork) of \(out.effort)")
        #expect(out.repairsTaken == 0)
        #expect(out.state.soft < state.soft)
    }
}
