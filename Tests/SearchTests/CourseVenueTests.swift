import Domain
import Planner
import Testing

@testable import Search

/// CourseVenue and the improvement search on ITC-2007's comp01 (Tests/ITC2007Tests/Fixtures),
/// whose costs the state now prices.
@Suite struct CourseVenueTests {
    /// comp01 with the greedy start's timetable placed.
    static func comp01() throws -> (plan: Plan, state: TimetableState) {
        let plan = Plan(context: PlanningContext(try Fixtures.itc2007("comp01")), rows: false)
        var (state, _, greedy) = Fixtures.emptyState(plan)
        for (r, a) in greedy.sorted(by: { $0.key < $1.key }) where state.active[r] { state.place(r, at: a) }
        return (plan, state)
    }

    @Test func putsEverySessionOfTheCourseInOneVenueAtItsTimes() throws {
        var (_, state) = try Self.comp01()
        let x = state.index
        // A course of several sessions, one of them moved to another room at its time: two rooms.
        let placed = (0..<x.modelRequirementCount).filter { state.isPlaced($0) }
        guard let r = placed.first(where: { r in placed.filter { x.requirementCourse[$0] == x.requirementCourse[r] }.count >= 3 }) else {
            Issue.record("no course of three sessions placed"); return
        }
        let k = x.requirementCourse[r]
        let mates = placed.filter { x.requirementCourse[$0] == k }
        let home = x.placementPool[state.placement(of: r)!]
        for o in mates where x.placementPool[state.placement(of: o)!] != home {
            state.apply([Change(requirement: o, assignment: state.assignment(of: o, like: state.placement(of: o)!, pool: home)!)])
        }
        let other = (0..<x.poolOnline.count).first { $0 != home && !x.poolOnline[$0] }!
        state.apply([Change(requirement: mates[1], assignment: state.assignment(of: mates[1], like: state.placement(of: mates[1])!, pool: other)!)])
        #expect(Set(state.pools(ofCourse: k)) == [home, other])
        let extra = state.amount(.extraVenues)
        func times() -> [[Int]] {
            mates.map {
                let p = state.placement(of: $0)!; return [x.firstSlot(ofPlacement: p), x.placementTeacher[p]]
            }
        }
        let before = times()
        var rng = SeededRandom(seed: 4)
        let candidates = CourseVenue(sample: 5).candidates(for: r, in: state, rng: &rng)
        #expect(candidates.count >= 2, "at least the course's own two rooms")
        var targets = Set<Int>()
        for c in candidates {
            #expect(Set(c.map(\.requirement)).isSubset(of: Set(mates)))
            let undo = state.apply(c)
            #expect(state.pools(ofCourse: k).count == 1)
            targets.insert(state.pools(ofCourse: k)[0])
            #expect(times() == before, "each session keeps its day, period and teacher")
            #expect(state.amount(.extraVenues) == extra - 1)
            #expect(state.amounts == state.amountsFromScratch())
            #expect(abs(state.soft - state.softFromScratch()) < 1e-6)
            state.apply(undo)
        }
        #expect(targets.isSuperset(of: [home, other]))
        #expect(state.amount(.extraVenues) == extra)
    }

    @Test func offersNothingForACourseOfOneSession() throws {
        let (_, state) = try Self.comp01()
        let x = state.index
        let placed = (0..<x.modelRequirementCount).filter { state.isPlaced($0) }
        guard let r = placed.first(where: { r in placed.filter { x.requirementCourse[$0] == x.requirementCourse[r] }.count == 1 }) else { return }
        var rng = SeededRandom(seed: 1)
        #expect(CourseVenue().candidates(for: r, in: state, rng: &rng).isEmpty)
    }

    /// On ITC-2007 the improvement search now runs: it lowers the competition's costs as the
    /// state prices them, and leaves the timetable valid.
    @Test func improvementSearchLowersTheITCCosts() throws {
        var (_, state) = try Self.comp01()
        if !state.isValid { state = FeasibilitySearch(budget: 200_000, seed: 1).run(from: state).state }
        try #require(state.isValid, "the feasibility search places comp01")
        #expect(state.index.pricesEveryMovingTerm)
        let out = ImprovementSearch(budget: 20_000, seed: 1).run(from: state)
        #expect(out.state.isValid)
        #expect(out.state.soft < state.soft, "\(state.soft) → \(out.state.soft)")
        #expect(out.state.amounts == out.state.amountsFromScratch())
        #expect(abs(out.state.soft - out.state.softFromScratch()) < 1e-6)
    }
}
