import Domain
import Planner
import Testing

@testable import Search

@Suite struct FeasibilitySearchTests {
    /// From nothing placed, the search finds a timetable the families find no fault with.
    @Test func wensuFromScratchIsValid() throws {
        let plan = Plan(try Fixtures.wensu())
        let (empty, _, _) = Fixtures.emptyState(plan)
        let out = FeasibilitySearch(budget: 2_000_000, seed: 1).run(from: empty)
        #expect(out.state.isValid, "\(out.state.counts)")
        let t = plan.timetable(from: plan.integerValues(chosen: out.state.chosen, electives: out.state.electivesTaken))
        #expect(t.unmet.isEmpty)
        #expect(TimetableFacts(context: plan.context, timetable: t).allViolations().map(\.description) == [])
    }

    /// Same seed and budget, same timetable.
    @Test func deterministic() throws {
        let plan = Plan(Fixtures.county(seed: 2))
        var (start, _, greedy) = Fixtures.emptyState(plan)
        for (r, a) in greedy.sorted(by: { $0.key < $1.key }).prefix(200) { start.place(r, at: a) }
        let a = FeasibilitySearch(budget: 15_000, seed: 5).run(from: start)
        let b = FeasibilitySearch(budget: 15_000, seed: 5).run(from: start)
        #expect(a.state.assignmentOf == b.state.assignmentOf)
        #expect(a.effort == b.effort)
    }

    /// Whatever the state breaks, leaving out conflicts gives a timetable with no broken rule.
    @Test func leavingOutConflictsIsValid() throws {
        let plan = Plan(Fixtures.county(seed: 1))
        var (state, electives, greedy) = Fixtures.emptyState(plan)
        for (r, a) in greedy.sorted(by: { $0.key < $1.key }) { state.place(r, at: a) }
        // Twelve sessions thrown anywhere: clashes, broken units, loads.
        var rng = SeededRandom(seed: 4)
        let placed = (0..<state.index.requirementCount).filter(state.isPlaced)
        for _ in 0..<12 {
            let r = placed[Int.random(in: 0..<placed.count, using: &rng)]
            let choices = state.index.assignments(of: r)
            state.apply([Change(requirement: r, assignment: choices[Int.random(in: 0..<choices.count, using: &rng)])])
        }
        #expect(state.violationCount > 0)
        LeaveOutConflicts().run(&state)
        #expect(state.violationCount == 0)
        let t = plan.timetable(from: plan.integerValues(chosen: state.chosen, electives: electives))
        #expect(TimetableFacts(context: plan.context, timetable: t).allViolations().map(\.description) == [])
    }

    /// The improvement search lowers the soft terms of a valid timetable and keeps it valid.
    @Test func improvementKeepsEveryRule() throws {
        let plan = Plan(try Fixtures.wensu())
        var (state, _, greedy) = Fixtures.emptyState(plan)
        for (r, a) in greedy.sorted(by: { $0.key < $1.key }) { state.place(r, at: a) }
        #expect(state.isValid)
        let out = ImprovementSearch(budget: 30_000, seed: 1).run(from: state)
        #expect(out.state.isValid)
        #expect(out.state.soft < state.soft)
        let t = plan.timetable(from: plan.integerValues(chosen: out.state.chosen, electives: out.state.electivesTaken))
        #expect(TimetableFacts(context: plan.context, timetable: t).allViolations().map(\.description) == [])
    }
}
