import Domain
import Planner
import Testing

@testable import Search

/// The join-visit move on the small programme: g1 is at the farm on Monday afternoon and on
/// Tuesday morning (the five-haves unit).
@Suite struct JoinVisitTests {
    @Test func aSessionAwayGoesOnlyToAnotherDayItsClassSpendsThere() {
        var p = SmallProgramme(days: 3)
        p.placeValid()
        let summary = p.requirement("g1", "farm", .summary)
        var rng = SeededRandom(seed: 1)
        let candidates = JoinVisit(sample: 50).candidates(for: summary, in: p.state, rng: &rng)
        #expect(!candidates.isEmpty)
        let x = p.state.index
        for c in candidates {
            let mine = c.last { $0.requirement == summary }!
            #expect(x.placementDay[x.assignmentPlacement[mine.assignment]] == 0, "Monday, the other day at the farm")
            var after = p.state
            after.apply(c)
            #expect(abs(after.soft - after.softFromScratch()) < 1e-9)
            #expect(after.counts == after.recountedFromScratch())
        }
    }

    @Test func aSessionAtHomeOrTheOnlyVisitIsLeftAlone() {
        var p = SmallProgramme(days: 3)
        p.placeValid()
        var rng = SeededRandom(seed: 1)
        #expect(JoinVisit().candidates(for: p.requirement("g1", "law"), in: p.state, rng: &rng).isEmpty, "at home")
        // The whole unit on Monday and Tuesday morning moved to Tuesday: one visit, nothing to join.
        p.place(p.requirement("g1", "law"), day: 2, start: 2, teacher: "wang")
        p.place(p.requirement("g1", "policy"), day: 2, start: 3, teacher: "wang")
        p.place(p.requirement("g1", "farm", .explanation), day: 1, start: 2, teacher: "li")
        p.place(p.requirement("g1", "farm", .observation), day: 1, start: 3, teacher: "li")
        #expect(JoinVisit().candidates(for: p.requirement("g1", "farm", .summary), in: p.state, rng: &rng).isEmpty, "one day at the farm")
    }
}
