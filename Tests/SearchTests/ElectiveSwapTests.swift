import Domain
import Planner
import Testing

@testable import Search

/// The elective swap on a one-class programme of two periods: a required lecture and a menu of
/// one period from three courses, each scoring differently on the class's gaps.
@Suite struct ElectiveSwapTests {
    /// `core` is required; the menu takes one of `econ` (all of the gap in economy),
    /// `party` (none of it) and `mixed` (some). Teacher `t` takes core, party and mixed, `e` takes
    /// econ; with `crowded`, `t` teaches only in the first period and `e` in any other.
    struct Menu1 {
        let plan: Plan
        var state: TimetableState

        /// `twice`: four periods; econ and party have two sessions each (the menu two periods), and
        /// a required `solo` also needs `t` in the first period, so a clash stays whatever the
        /// search does.
        init(crowded: Bool = false, start: Course.ID = "party", twice: Bool = false) {
            let mon = Day(iso: "2025-03-10")!
            let times = [("am1", "10:00", "11:30"), ("am2", "12:00", "13:30"), ("pm1", "16:00", "17:30"), ("pm2", "18:00", "19:30")]
            let periods = times.prefix(twice ? 4 : 2).map { Period(id: .init($0.0), start: ClockTime($0.1)!, end: ClockTime($0.2)!) }
            // crowded: `t` teaches in the first period only, `e` in any but the first
            let am1: [Unavailability] = crowded ? [.date(mon, periods: periods.dropFirst().map(\.id))] : []
            let am2: [Unavailability] = crowded ? [.date(mon, periods: ["am1"])] : []
            var scenario = TrainingScenario(
                name: "menu", calendar: TeachingCalendar(start: mon, end: mon, periods: periods),
                sites: [Site(id: "school", name: "党校")],
                venues: [
                    Venue(id: "hall", name: "礼堂", kind: .partySchool, site: "school", capacity: 100),
                    Venue(id: "room", name: "教室", kind: .partySchool, site: "school", capacity: 60)
                ],
                teachers: [
                    Teacher(id: "t", name: "王老师", teaches: ["core", "party", "mixed"], unavailable: am1),
                    Teacher(id: "e", name: "李老师", teaches: ["econ"], unavailable: am2)
                ],
                courses: [
                    Course(id: "core", title: "习近平新时代中国特色社会主义思想", form: .lecture, periods: 1, topics: [TopicScore(topic: "party", score: 5)]),
                    Course(id: "econ", title: "县域经济", form: .lecture, periods: 1, topics: [TopicScore(topic: "economy", score: 5)]),
                    Course(id: "party", title: "党的建设", form: .lecture, periods: 1, topics: [TopicScore(topic: "party", score: 5)]),
                    Course(
                        id: "mixed", title: "乡村振兴", form: .lecture, periods: 1,
                        topics: [TopicScore(topic: "economy", score: 2), TopicScore(topic: "party", score: 2)])
                ],
                groups: [
                    Group(
                        id: "g", name: "一班", category: .leadership, size: 40, site: "school", required: ["core"],
                        menu: Domain.Menu(from: ["econ", "party", "mixed"], periods: 1),
                        needs: [TopicScore(topic: "economy", score: 5), TopicScore(topic: "party", score: 1)])
                ])
            if twice {
                for c in ["econ", "party"] { scenario.courses[scenario.courses.firstIndex { $0.id.rawValue == c }!].sessions = 2 }
                scenario.courses.append(Course(id: "solo", title: "党史", form: .lecture, periods: 1))
                scenario.teachers[0].teaches.append("solo")
                scenario.groups[0].required.append("solo")
                scenario.groups[0].menu = Domain.Menu(from: ["econ", "party", "mixed"], periods: 2)
            }
            plan = Plan(scenario)
            let m = plan.model
            let active = m.requirements.map { !$0.elective || $0.course == start }
            state = TimetableState(index: StateIndex(plan: plan), active: active, electives: [GroupCourse("g", start)])
        }

        func requirement(_ course: Course.ID, occurrence: Int = 1) -> Int {
            plan.model.requirements.first { $0.course == course && $0.occurrence == occurrence }!.index
        }

        mutating func place(_ course: Course.ID, period: Int, occurrence: Int = 1) {
            let r = requirement(course, occurrence: occurrence)
            let m = plan.model
            state.place(r, at: m.assignmentsOf[r].first { m.placement(m.assignments[$0].placement).start == period }!)
        }

        /// The Planner's needs term measured on the state's timetable.
        func measuredNeeds() -> Double {
            let electives = state.electivesTaken
            let t = plan.timetable(from: plan.integerValues(chosen: state.chosen, electives: electives), diagnose: false)
            return plan.objectiveTerms(of: t).first { $0.name == NeedsTerm().name }!.amount
        }
    }

    @Test func aSwapTakesOneMenuCourseOutAndAnotherInAndIsUndoneExactly() {
        var p = Menu1()
        p.place("core", period: 0)
        p.place("party", period: 1)
        #expect(p.state.isValid)
        #expect(abs(p.state.needs - p.measuredNeeds()) < 1e-9)
        var rng = SeededRandom(seed: 1)
        let candidates = ElectiveSwap(sample: 5).candidates(for: p.requirement("party"), in: p.state, rng: &rng)
        #expect(candidates.count == 2, "econ and mixed")
        for c in candidates {
            let before = (p.state.counts, p.state.needs, p.state.soft, p.state.active)
            let undo = p.state.apply(c)
            #expect(!p.state.active[p.requirement("party")])
            #expect(p.state.isValid, "the course coming in takes the period freed: \(p.state.counts)")
            #expect(p.state.counts == p.state.recountedFromScratch())
            #expect(abs(p.state.needs - p.state.needsFromScratch()) < 1e-9)
            #expect(abs(p.state.needs - p.measuredNeeds()) < 1e-9)
            #expect(abs(p.state.soft - p.state.softFromScratch()) < 1e-9)
            p.state.apply(undo)
            #expect(p.state.counts == before.0 && p.state.active == before.3)
            #expect(abs(p.state.needs - before.1) < 1e-9 && abs(p.state.soft - before.2) < 1e-9)
        }
        // A required course is never swapped.
        #expect(ElectiveSwap().candidates(for: p.requirement("core"), in: p.state, rng: &rng).isEmpty)
    }

    /// Taking `party` where the gap is in economy: the improvement search swaps `econ` in.
    @Test func theImprovementSearchSwapsInTheCourseThatCoversTheGap() {
        var p = Menu1()
        p.place("core", period: 0)
        p.place("party", period: 1)
        let out = ImprovementSearch(budget: 5_000, seed: 1).run(from: p.state)
        #expect(out.state.isValid)
        #expect(out.state.electivesTaken == [GroupCourse("g", "econ")])
        #expect(out.state.needs < p.state.needs - 10)
    }

    /// `party` and `core` both need `t`, who teaches in the first period only: no timetable holds
    /// both, and moving sessions cannot help. Swapping `econ` in (its teacher free in the second) can.
    @Test func theFeasibilitySearchSwapsAnElectiveThatCannotBePlaced() {
        var p = Menu1(crowded: true)
        p.place("core", period: 0)
        p.place("party", period: 0)
        #expect(p.state.count(.groupClash) > 0)
        let out = FeasibilitySearch(budget: 10_000, seed: 1).run(from: p.state)
        #expect(out.state.isValid, "\(out.state.counts)")
        #expect(out.state.electivesTaken == [GroupCourse("g", "econ")])

        var without = FeasibilitySearch(budget: 10_000, seed: 1)
        without.moves.removeAll { $0 is ElectiveSwap }
        #expect(!without.run(from: p.state).state.isValid)
    }

    /// A clash no move can mend (core and solo both need `t`, free in the first period only)
    /// keeps the search going after it swaps `party` out; the second session of `party` is still
    /// in its list of conflicts then, and is skipped, not placed.
    @Test func aSessionSwappedOutIsNotPlacedAgain() {
        var p = Menu1(crowded: true, twice: true)
        p.place("core", period: 0)
        p.place("solo", period: 0)
        p.place("party", period: 0)
        p.place("party", period: 0, occurrence: 2)
        for seed in 1...4 {
            let out = FeasibilitySearch(budget: 3_000, seed: seed).run(from: p.state)
            #expect(out.state.counts == out.state.recountedFromScratch())
            #expect(out.state.electivesTaken == [GroupCourse("g", "econ")], "seed \(seed)")
            #expect(out.state.count(.groupClash) + out.state.count(.teacherClash) + out.state.count(.unplaced) > 0, "core and solo cannot both be held")
        }
    }
}
