import Domain
import Planner
import Testing

@testable import Search

/// The Kempe chain between two times on the small programme.
@Suite struct KempeChainTests {
    /// g1's law (Tuesday pm1, Wang) to Monday pm1: g1's unit explanation (same class) and g2's
    /// law (same teacher) are there and come back to Tuesday pm1; nothing more is in the way.
    @Test func kempeChainSwapsTheSessionsInTheWayBetweenTwoTimes() {
        var p = SmallProgramme()
        p.placeValid()
        let x = p.state.index
        let law = p.requirement("g1", "law"), explanation = p.requirement("g1", "farm", .explanation), law2 = p.requirement("g2", "law")
        let tuesdayPm1 = 1 * x.periodsPerDay + 2, mondayPm1 = 2
        guard let chain = p.state.kempeChain(law, from: tuesdayPm1, to: mondayPm1, limit: 16) else { Issue.record("no chain"); return }
        #expect(Set(chain.map(\.requirement)) == [law, explanation, law2])
        p.state.apply(chain)
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: law)!) == mondayPm1)
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: explanation)!) == tuesdayPm1)
        #expect(x.firstSlot(ofPlacement: p.state.placement(of: law2)!) == tuesdayPm1)
        #expect(p.state.count(.groupClash) == 0 && p.state.count(.teacherClash) == 0)
        #expect(p.state.counts == p.state.recountedFromScratch())
        #expect(abs(p.state.soft - p.state.softFromScratch()) < 1e-9)
    }

    @Test func kempeChainLongerThanItsLimitIsNone() {
        var p = SmallProgramme()
        p.placeValid()
        let x = p.state.index
        #expect(p.state.kempeChain(p.requirement("g1", "law"), from: x.periodsPerDay + 2, to: 2, limit: 2) == nil)
        // From Tuesday pm1 to Monday am1: g1's xi is in the way, and it is a joint meeting, so
        // g2's xi comes back with it.
        guard let chain = p.state.kempeChain(p.requirement("g1", "law"), from: x.periodsPerDay + 2, to: 0, limit: 16) else {
            Issue.record("no chain to Monday am1"); return
        }
        #expect(
            Set(chain.map(\.requirement)) == [p.requirement("g1", "law"), p.requirement("g1", "xi"), p.requirement("g2", "xi")],
            "the joint meeting comes back whole")
    }

    @Test func kempeChainCandidatesKeepTheCounts() {
        var p = SmallProgramme()
        p.placeValid()
        var rng = SeededRandom(seed: 4)
        var seen = 0
        for r in 0..<p.state.index.requirementCount {
            for c in KempeChain(sample: 8).candidates(for: r, in: p.state, rng: &rng) {
                seen += 1
                let undo = p.state.apply(c)
                #expect(p.state.count(.unplaced) == 0)
                #expect(p.state.counts == p.state.recountedFromScratch())
                p.state.apply(undo)
            }
        }
        #expect(seen > 0)
    }

    /// On comp01 (curricula are cohorts) a chain is closed under shared students too: every
    /// candidate from a timetable without clashes leaves none of class, cohort or teacher.
    @Test func kempeChainFollowsCohortMates() throws {
        var (_, state) = try CourseVenueTests.comp01()
        #expect(state.count(.cohortClash) == 0 && state.count(.groupClash) == 0 && state.count(.teacherClash) == 0)
        var rng = SeededRandom(seed: 7)
        var seen = 0, withMates = 0
        let x = state.index
        for r in stride(from: 0, to: x.modelRequirementCount, by: 3) {
            for c in KempeChain(sample: 4).candidates(for: r, in: state, rng: &rng) {
                seen += 1
                let moved = Set(c.map(\.requirement))
                if moved.contains(where: { x.requirementGroup[$0] != x.requirementGroup[r] }) { withMates += 1 }
                let undo = state.apply(c)
                #expect(state.count(.cohortClash) == 0 && state.count(.groupClash) == 0 && state.count(.teacherClash) == 0)
                state.apply(undo)
            }
        }
        #expect(seen > 20 && withMates > 0)
    }

    /// A chain's session whose venue is taken at its new time goes to a free one of the same
    /// teacher and site, the one whose seats fit its class most closely; a venue the chain
    /// leaves is free.
    @Test func chainRoomsTakeAFreeVenueWhenTheirOwnIsTaken() throws {
        let (_, state) = try CourseVenueTests.comp01()
        let x = state.index
        // Venues free at a slot for r (its teacher's placements there).
        func free(_ r: Int, at slot: Int) -> Set<Int> {
            let t = x.placementTeacher[state.placement(of: r)!]
            return Set(
                x.assignments(of: r).map { x.assignmentPlacement[$0] }
                    .filter { x.firstSlot(ofPlacement: $0) == slot && x.placementTeacher[$0] == t }
                    .map { x.placementPool[$0] }.filter { state.poolOccupancy[$0 * x.slots + slot] == 0 })
        }
        // A session r, and a time where another session sits in r's venue and two venues are free.
        let placed = (0..<x.modelRequirementCount).filter { state.isPlaced($0) }
        var found: (r: Int, other: Int)? = nil
        search: for r in placed {
            let p = state.placement(of: r)!
            for o in placed where x.placementPool[state.placement(of: o)!] == x.placementPool[p] {
                let slot = x.firstSlot(ofPlacement: state.placement(of: o)!)
                if slot != x.firstSlot(ofPlacement: p) && free(r, at: slot).count >= 2 { found = (r, o); break search }
            }
        }
        guard let (r, other) = found else { Issue.record("no two sessions share a venue"); return }
        let p = state.placement(of: r)!, q = state.placement(of: other)!
        let at = x.firstSlot(ofPlacement: q)
        let same = state.assignment(of: r, day: x.placementDay[q], start: x.placementStart[q], like: p)!
        #expect(x.placementPool[x.assignmentPlacement[same]] == x.placementPool[p])

        var rooms = ChainRooms(state: state, leaving: [r])
        let a = rooms.take(same, for: r)
        let pool = x.placementPool[x.assignmentPlacement[a]]
        #expect(pool != x.placementPool[p], "its own venue is taken then")
        #expect(state.poolOccupancy[pool * x.slots + at] == 0)
        #expect(x.placementTeacher[x.assignmentPlacement[a]] == x.placementTeacher[p])
        // No free venue fits the class more closely.
        let size = x.groupSize[x.requirementGroup[r]]
        func spare(_ b: Int) -> Int { let s = x.placementSeats[x.assignmentPlacement[b]]; return s >= size ? s - size : 1_000_000 + size - s }
        for b in x.assignments(of: r) {
            let o = x.assignmentPlacement[b]
            guard x.firstSlot(ofPlacement: o) == at, x.placementTeacher[o] == x.placementTeacher[p],
                state.poolOccupancy[x.placementPool[o] * x.slots + at] == 0
            else { continue }
            #expect(spare(a) <= spare(b))
        }
        // Taken now: the next session wanting it gets another.
        let again = rooms.take(a, for: r)
        #expect(x.placementPool[x.assignmentPlacement[again]] != pool)

        // The other session leaving with the chain frees r's venue at that time.
        var leaving = ChainRooms(state: state, leaving: [r, other])
        #expect(leaving.take(same, for: r) == same)
    }

    /// Three classes, one lecture each, one teacher per class; two school halls of different
    /// sizes and a room at the farm an hour away (three pools). With both halls taken in the
    /// second period, a session coming there keeps its own hall rather than cross to the farm
    /// (that would change travel); once the chain takes the big hall's session away, it goes there.
    @Test func chainRoomsStayAtTheSessionsSite() {
        let mon = Day(iso: "2025-03-10")!
        let periods = [("am1", "08:30", "10:00"), ("am2", "10:30", "12:00")].map { Period(id: .init($0.0), start: ClockTime($0.1)!, end: ClockTime($0.2)!) }
        let scenario = TrainingScenario(
            name: "sites", calendar: TeachingCalendar(start: mon, end: mon, periods: periods),
            sites: [Site(id: "school", name: "党校"), Site(id: "farm", name: "农场")],
            travel: [Travel(from: "school", to: "farm", minutes: 60)],
            venues: [
                Venue(id: "small", name: "小教室", kind: .partySchool, site: "school", capacity: 50),
                Venue(id: "big", name: "礼堂", kind: .partySchool, site: "school", capacity: 100),
                Venue(id: "farmroom", name: "农场教室", kind: .partySchool, site: "farm", capacity: 60)
            ],
            teachers: ["a", "b", "c"].map { Teacher(id: .init($0), name: $0, teaches: ["law"]) },
            courses: [Course(id: "law", title: "依法行政", form: .lecture, periods: 1)],
            groups: ["g1", "g2", "g3"].map { Group(id: .init($0), name: $0, category: .leadership, size: 40, site: "school", required: ["law"]) })
        let plan = Plan(scenario)
        var state = TimetableState(index: StateIndex(plan: plan), active: plan.model.requirements.map { _ in true })
        let m = plan.model, x = state.index
        func lecture(_ g: String) -> Int { m.requirements.first { $0.group.rawValue == g }!.index }
        func at(_ r: Int, _ start: Int, _ teacher: String, _ venue: String) -> Int {
            m.assignmentsOf[r].first { a in
                let p = m.placement(m.assignments[a].placement)
                return p.start == start && p.teacher?.rawValue == teacher && m.set.pools[p.pool].venues == [Venue.ID(venue)]
            }!
        }
        let (g1, g2, g3) = (lecture("g1"), lecture("g2"), lecture("g3"))
        state.place(g1, at: at(g1, 0, "a", "small"))
        state.place(g2, at: at(g2, 1, "b", "small"))
        state.place(g3, at: at(g3, 1, "c", "big"))
        #expect(state.isValid)
        func venue(_ a: Int) -> [Venue.ID] { m.set.pools[x.placementPool[x.assignmentPlacement[a]]].venues }
        let wanted = at(g1, 1, "a", "small")
        var rooms = ChainRooms(state: state, leaving: [g1])
        #expect(venue(rooms.take(wanted, for: g1)) == ["small"], "the farm room is free, but at another site")
        var leaving = ChainRooms(state: state, leaving: [g1, g3])
        #expect(venue(leaving.take(wanted, for: g1)) == ["big"])
    }
}
