import Domain
import Planner
import Testing

@testable import Engine
@testable import Search

/// GLPK's class re-plan as an anneal operator: what it offers, the state prices no worse.
@Suite struct ClassReplanTests {
    @Test func offersChangesTheStatePricesNoWorse() throws {
        let plan = Plan(context: PlanningContext(try Fixtures.itc2007("comp01")))
        var (state, _, greedy) = Fixtures.emptyState(plan)
        for (r, a) in greedy.sorted(by: { $0.key < $1.key }) where state.active[r] { state.place(r, at: a) }
        if !state.isValid { state = FeasibilitySearch(budget: 200_000, seed: 1).run(from: state).state }
        try #require(state.isValid)
        let repair = ClassReplan(plan: plan, nodes: 50, secondsLeft: { 60 })
        var rng = SeededRandom(seed: 1)
        var offered = 0
        for r in state.movable().prefix(12) {
            let out = repair.repair(around: r, in: state, rng: &rng)
            #expect(out.work > 0)
            guard let changes = out.changes else { continue }
            offered += 1
            var after = state
            after.apply(changes)
            #expect(after.isValid)
            #expect(after.soft <= state.soft + 1e-6, "\(state.soft) → \(after.soft)")
        }
        #expect(offered >= 1)
    }
}
