import Domain
import Planner
import Testing

@testable import Search

/// Stability (`--keep`) priced by the state: published sessions moved or dropped, equal to the
/// Planner's term on the timetable, and what the searches make of it.
@Suite struct StabilityCountTests {
    /// The small programme's valid timetable with g2's law lecture published on Tuesday am1
    /// instead of Monday pm1 (where `placeValid` puts it): one session away from the published.
    static func published() -> Timetable {
        var p = SmallProgramme()
        p.placeValid()
        p.place(p.requirement("g2", "law"), day: 1, start: 0, teacher: "wang")
        #expect(p.state.isValid, "\(p.state.counts)")
        return p.timetable()
    }

    /// The Planner's stability amount measured on the state's timetable.
    static func measured(_ p: SmallProgramme) -> Double? {
        p.plan.objectiveTerms(of: p.timetable()).first { $0.name == StabilityTerm.termName }?.amount
    }

    @Test func movedAndDroppedSessionsCount() {
        var p = SmallProgramme(published: Self.published())
        #expect(p.state.index.pricesEveryMovingTerm, "every pool of the small programme is one venue")
        #expect(p.state.amount(.sessionsMoved) == 10, "nothing placed: all ten published sessions dropped")
        p.placeValid()
        #expect(p.state.amount(.sessionsMoved) == 1)
        #expect(Self.measured(p) == 1)
        let law = p.requirement("g2", "law")
        p.place(law, day: 1, start: 0, teacher: "wang")
        #expect(p.state.amount(.sessionsMoved) == 0)
        #expect(Self.measured(p) == 0)
        // the same time with another teacher is a move too (and shifts a period of teacher balance)
        let before = p.state.soft
        p.place(law, day: 1, start: 0, teacher: "li")
        #expect(p.state.amount(.sessionsMoved) == 1)
        #expect(abs(p.state.soft - before - p.plan.context.scenario.objective.stability) <= 1)
        #expect(Self.measured(p) == 1)
        p.state.unplace(law)
        #expect(p.state.amount(.sessionsMoved) == 1, "a published session not held is dropped")
        #expect(Self.measured(p) == 1)
        #expect(p.state.amounts == p.state.amountsFromScratch())
        #expect(abs(p.state.soft - p.state.softFromScratch()) < 1e-9)
    }

    /// A published session no requirement holds any more (g2 took the policy lecture in the
    /// published timetable) counts as dropped whatever the search does.
    @Test func sessionOfACourseNoLongerTakenCountsThroughout() {
        var t = Self.published()
        var extra = t.sessions.first { $0.course == "policy" }!
        extra.groups = ["g2"]
        extra.id = "extra"
        t.sessions.append(extra)
        var p = SmallProgramme(published: t)
        p.placeValid()
        p.place(p.requirement("g2", "law"), day: 1, start: 0, teacher: "wang")
        #expect(p.state.amount(.sessionsMoved) == 1)
        #expect(Self.measured(p) == 1)
        #expect(p.state.amounts == p.state.amountsFromScratch())
    }

    /// Placing a session left out, the feasibility search prefers its published place among the
    /// places that break nothing; without stability it takes the first (Monday pm1).
    @Test func feasibilitySearchPutsASessionBackWhereItWasPublished() {
        var p = SmallProgramme(published: Self.published())
        p.placeValid()
        let law = p.requirement("g2", "law")
        p.state.unplace(law)
        let out = FeasibilitySearch(budget: 10_000, seed: 1).run(from: p.state)
        #expect(out.state.isValid, "\(out.state.counts)")
        #expect(out.state.amount(.sessionsMoved) == 0)

        var plain = SmallProgramme()
        plain.placeValid()
        plain.state.unplace(law)
        let first = FeasibilitySearch(budget: 10_000, seed: 1).run(from: plain.state).state
        #expect(first.isValid)
        #expect(first.assignmentOf[law] == plain.assignment(law, day: 0, start: 2, teacher: "wang"))
    }

    /// From a valid timetable one session away from the published one, the improvement search
    /// moves it back: a published session moved costs `objective.stability` (1,000).
    @Test func improvementSearchReturnsToThePublishedPlace() {
        var p = SmallProgramme(published: Self.published())
        p.placeValid()
        #expect(p.state.isValid && p.state.amount(.sessionsMoved) == 1)
        let out = ImprovementSearch(budget: 20_000, seed: 1).run(from: p.state)
        #expect(out.state.isValid)
        #expect(out.state.amount(.sessionsMoved) == 0)
        #expect(out.state.soft < p.state.soft - 900)
    }
}
