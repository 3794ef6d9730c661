import Domain
import GLPK
import MIP
import Testing

@testable import Planner

/// The soft terms an ITC-2007 curriculum timetable needs, on a case small enough to price by hand:
/// two courses (each its own group) in one cohort, two rooms, two days of three periods.
enum Curricula {
    static let d1 = Day(iso: "2025-03-10")!
    static let d2 = Day(iso: "2025-03-11")!

    static func scenario() -> TrainingScenario {
        let periods = (0..<3).map { q in Period(id: .init("p\(q)"), start: ClockTime(minutes: 480 + 60 * q)!, end: ClockTime(minutes: 540 + 60 * q)!) }
        var s = TrainingScenario(
            name: "课程表",
            calendar: TeachingCalendar(start: d1, end: d2, periods: periods),
            venues: [
                Venue(id: "big", name: "大教室", kind: .partySchool, site: nil, capacity: 100),
                Venue(id: "small", name: "小教室", kind: .partySchool, site: nil, capacity: 20)
            ],
            teachers: [Teacher(id: "tA", name: "甲", teaches: ["cA"]), Teacher(id: "tB", name: "乙", teaches: ["cB"])],
            courses: [
                Course(id: "cA", title: "甲课", form: .lecture, periods: 1, sessions: 2),
                Course(id: "cB", title: "乙课", form: .lecture, periods: 1, sessions: 2)
            ],
            groups: [
                Group(id: "cA", name: "甲课", category: .other, size: 50, required: ["cA"]),
                Group(id: "cB", name: "乙课", category: .other, size: 10, required: ["cB"])
            ],
            objective: Objective(needs: 0, travel: 0, compactness: 0, teacherBalance: 0, overCapacity: 1, spread: 5, isolated: 2, venueChanges: 1))
        s.courses[0].minDays = 2
        s.cohorts = [Cohort(id: "K", name: "课程组", groups: ["cA", "cB"])]
        return s
    }

    static func lecture(_ course: Course.ID, _ n: Int, _ venue: Venue.ID, _ day: Day, _ period: Int) -> ScheduledSession {
        ScheduledSession(
            id: "\(course)-\(n)", course: course, occurrence: n, groups: [.init(course.rawValue)],
            teacher: course == "cA" ? "tA" : "tB", venue: venue, day: day, firstPeriod: period, periodCount: 1)
    }

    /// cA: day 1 p0 in the small room, day 1 p1 in the big one; cB: day 2 p0 and p2, big room.
    static func handTimetable() -> Timetable {
        Timetable(
            sessions: [
                lecture("cA", 1, "small", d1, 0), lecture("cA", 2, "big", d1, 1),
                lecture("cB", 1, "big", d2, 0), lecture("cB", 2, "big", d2, 2)
            ], unmet: [])
    }

    static func amount(_ term: any SoftTerm, _ t: Timetable = handTimetable()) -> Double {
        term.amount(in: TimetableFacts(context: PlanningContext(scenario()), timetable: t))
    }
}

@Suite struct OverCapacityTermTests {
    @Test func seatsShortAreCountedPerSession() {
        #expect(Curricula.amount(OverCapacityTerm()) == 30)  // 50 people in a room of 20, once
    }
    @Test func softCapacityLetsAGroupIntoASmallRoomAndTheHardRuleStaysQuiet() {
        let plan = Plan(Curricula.scenario())
        let small = plan.model.set.pools.first { $0.venues == ["small"] }!
        #expect(plan.model.set.placements.contains { $0.pool == small.index && plan.model.set.activities[$0.activity].course == "cA" })
        #expect(VenueCapacity().violations(in: TimetableFacts(context: plan.context, timetable: Curricula.handTimetable())) == [])
        var hard = Curricula.scenario()
        hard.objective.overCapacity = nil
        #expect(!OverCapacityTerm().applies(to: hard))
        #expect(VenueCapacity().violations(in: TimetableFacts(context: PlanningContext(hard), timetable: Curricula.handTimetable())).count == 1)
    }
}

@Suite struct SpreadTermTests {
    @Test func daysShortOfMinDays() {
        #expect(Curricula.amount(SpreadTerm()) == 1)  // cA wants 2 days, has 1; cB sets no minimum
        let spread = Curricula.handTimetable().replacing("cA-2") { $0.day = Curricula.d2 }
        #expect(Curricula.amount(SpreadTerm(), spread) == 0)
    }
}

@Suite struct IsolationTermTests {
    @Test func lonePeriodsOfTheCohort() {
        // day 1: p0 and p1 adjacent; day 2: p0 and p2 with p1 free — two lone periods
        #expect(Curricula.amount(IsolationTerm()) == 2)
        let joined = Curricula.handTimetable().replacing("cB-2") { $0.firstPeriod = 1 }
        #expect(Curricula.amount(IsolationTerm(), joined) == 0)
    }
}

@Suite struct VenueChangesTermTests {
    @Test func extraRoomsPerCourse() {
        #expect(Curricula.amount(VenueChangesTerm()) == 1)  // cA uses two rooms, cB one
    }
    @Test func identicalRoomsAreNotPooledWhenRoomsArePriced() {
        var s = Curricula.scenario()
        s.venues.append(Venue(id: "big2", name: "大教室二", kind: .partySchool, site: nil, capacity: 100))
        #expect(Plan(s).model.set.pools.count == 3)
        s.objective.venueChanges = 0
        #expect(Plan(s).model.set.pools.count == 2)
    }
}

/// The model prices what the terms measure: the hand timetable costs 30 + 5 + 4 + 1, and GLPK
/// finds the timetable that costs nothing (each day one lecture of each course, side by side,
/// each course in one room that holds it).
@Test func curriculumTermsModelMatchesTheMeasuredCost() throws {
    let plan = Plan(Curricula.scenario())
    let hand = TimetableFacts(context: plan.context, timetable: Curricula.handTimetable())
    let handCost: Double = hand.objectiveTerms().reduce(0) { $0 + $1.weighted }
    let byHand: Double = 30 + 5 + 4 + 1
    #expect(handCost == byHand)
    #expect(hand.allViolations() == [])
    let r = try GLPK.solve(plan.program, options: MIPOptions(timeLimit: 20))
    #expect(r.status == .optimal)
    let t = plan.timetable(from: try #require(r.values))
    let facts = TimetableFacts(context: plan.context, timetable: t)
    #expect(facts.allViolations() == [] && t.unmet.isEmpty)
    let measured = facts.objectiveTerms().reduce(0) { $0 + $1.weighted }
    #expect(abs(measured - (r.objective ?? .nan)) < 1e-6 && abs(measured) < 1e-6, "\(facts.objectiveTerms())")
}
