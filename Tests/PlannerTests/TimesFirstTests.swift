import Domain
import GLPK
import MIP
import Testing

@testable import Planner

/// Times first: with soft seats, venues that differ only in size share a pool, and the seats short
/// in a pool of mixed sizes are bounded by the capacity surface.
@Suite struct TimesFirstTests {
    /// Two lectures that must meet in the same period (no cohort, one slot each day is open), two
    /// rooms of 50 and 30 for groups of 60 and 40: the best rooms leave 10 + 10 seats short.
    static func samePeriod() -> TrainingScenario {
        var s = Curricula.scenario()
        s.cohorts = []
        s.courses[0].minDays = nil
        s.venues = [
            Venue(id: "big", name: "大教室", kind: .partySchool, site: nil, capacity: 50),
            Venue(id: "small", name: "小教室", kind: .partySchool, site: nil, capacity: 30)
        ]
        s.groups[0].size = 60
        s.groups[1].size = 40
        s.objective = Objective(needs: 0, travel: 0, compactness: 0, teacherBalance: 0, overCapacity: 1)
        return s
    }

    /// Both lectures of both courses at the same periods: p0 on each day.
    static func together(_ bigFor: Course.ID) -> Timetable {
        let other: Course.ID = bigFor == "cA" ? "cB" : "cA"
        return Timetable(
            sessions: [Curricula.d1, Curricula.d2].enumerated().flatMap { k, d in
                [Curricula.lecture(bigFor, k + 1, "big", d, 0), Curricula.lecture(other, k + 1, "small", d, 0)]
            })
    }

    /// The least objective with the timetable's placements fixed (the soft measures free).
    static func price(_ plan: Plan, _ t: Timetable) throws -> Double? {
        guard let v = plan.placementValues(of: t) else { return nil }
        var fixed = plan.program
        let free = plan.columnsBesidesPlacements
        for (j, c) in fixed.columns.enumerated() where c.kind != .continuous && !free.contains(j) { fixed.setBounds(j, .equal(v[j])) }
        return try GLPK.solveLP(fixed).objective
    }

    @Test func venuesOfDifferentSizesSharePoolOnlyWhenTimesComeFirstWithSoftSeats() {
        let rooms = Plan(Self.samePeriod())
        #expect(rooms.model.set.pools.count == 2)
        let times = Plan(context: PlanningContext(Self.samePeriod()), timesFirst: true)
        #expect(times.model.set.pools.map(\.venues) == [["big", "small"]])
        #expect(times.model.set.pools[0].capacities == [50, 30] && times.model.set.pools[0].capacity == 50)
        var hard = Self.samePeriod()
        hard.objective.overCapacity = nil
        #expect(Plan(context: PlanningContext(hard), timesFirst: true).model.set.pools.count == 2)
    }

    @Test func roomStabilityWaitsForTheRooms() {
        var s = Self.samePeriod()
        s.objective.venueChanges = 1
        let rooms = Plan(s), times = Plan(context: PlanningContext(s), timesFirst: true)
        #expect(rooms.program.columns.contains { $0.name.hasPrefix("venueused_") })
        #expect(!times.program.columns.contains { $0.name.hasPrefix("venueused_") })
    }

    /// Per day: 60 in 50 and 40 in 30 (20 short) is the best there is, and the surface says so
    /// exactly, whichever room the timetable named; rooms as named cost 20 or 30 a day (60 in 30, 40 in 50).
    @Test func capacitySurfaceMeetsTheBestRoomsForSessionsMeetingTogether() throws {
        let times = Plan(context: PlanningContext(Self.samePeriod()), timesFirst: true)
        #expect(try Self.price(times, Self.together("cA")) == 40)
        #expect(try Self.price(times, Self.together("cB")) == 40)
        let rooms = Plan(Self.samePeriod())
        #expect(try Self.price(rooms, Self.together("cA")) == 40)
        #expect(try Self.price(rooms, Self.together("cB")) == 60)
    }

    /// A timetable read back from one plan's values gives the same values again.
    @Test func placementValuesRoundTripThroughTheTimetable() throws {
        let plan = Plan(Curricula.scenario())
        let t = Curricula.handTimetable()
        let v = try #require(plan.placementValues(of: t))
        #expect(plan.timetable(from: v).sessions.map(\.id).sorted() == t.sessions.map { "\($0.course)-\($0.occurrence)-\($0.course)" }.sorted())
        #expect(plan.timetable(from: v).sessions.map(\.venue).sorted() == t.sessions.map(\.venue).sorted())
        var elsewhere = t
        elsewhere.sessions[0].teacher = "tB"
        #expect(plan.placementValues(of: elsewhere) == nil)
    }

    /// Rooms after times: the larger course gets the larger room, whichever the timetable named,
    /// and each course keeps one room for both its lectures.
    @Test func roomsAfterTimesGoLargestFirstAndStay() throws {
        var s = Self.samePeriod()
        s.objective.venueChanges = 1
        let times = Plan(context: PlanningContext(s), timesFirst: true)
        let t = times.timetable(from: try #require(times.placementValues(of: Self.together("cB"))))
        #expect(t.sessions.filter { $0.course == "cA" }.map(\.venue) == ["big", "big"])
        #expect(t.sessions.filter { $0.course == "cB" }.map(\.venue) == ["small", "small"])
    }

    /// Two venues' sessions may trade venues, keeping their times: each held session's column in
    /// the other venue is free, and the groups' venue-change columns with them.
    @Test func venuePairsFreeEachSessionInTheOtherVenue() throws {
        let plan = Plan(Curricula.scenario())
        let m = plan.model
        let values = try #require(plan.placementValues(of: Curricula.handTimetable()))
        let pairs = plan.venuePairColumns(around: values)
        #expect(pairs.count == 1)
        let free = try #require(pairs.first?.free)
        for r in m.requirements {
            let held = m.assignmentsOf[r.index].map { m.assignments[$0] }.first { values[$0.column] > 0.5 }!
            let p = m.placement(held.placement)
            let same = m.assignmentsOf[r.index].map { m.assignments[$0] }.filter {
                let q = m.placement($0.placement)
                return q.day == p.day && q.start == p.start
            }
            #expect(same.count == 2 && same.allSatisfy { free.contains($0.column) })
        }
        #expect(Set(m.derivedColumns.values.flatMap { $0 }).isSubset(of: free))
        #expect(free.count == 8 + m.derivedColumns.values.flatMap { $0 }.count)
    }
}
