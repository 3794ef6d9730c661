import Domain
import Testing

@testable import Planner

@Suite struct PinsTests {
    let family = Pins()

    static func pinned(_ pins: [Pin]) -> TrainingScenario {
        var s = Tiny.scenario()
        s.pins = pins
        return s
    }

    @Test func cleanTimetableHasNoViolation() {
        let s = Self.pinned([
            Pin(group: "g1", course: "xi", date: Tiny.mon, period: "am1", venue: "hall", teacher: "t1"),
            Pin(group: "g1", course: "farm_unit", segment: .summary, date: Tiny.wed)
        ])
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable(), s)) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let s = Self.pinned([Pin(group: "g2", course: "policy", teacher: "t1")])
        let found = family.violations(in: Tiny.facts(Tiny.validTimetable(), s))
        #expect(found.count == 1)
        #expect(found.first?.message.contains("(teacher)") == true, "\(found)")
    }

    /// The placement generator never offers what a pin forbids.
    @Test func modelHasNoColumnForTheViolation() throws {
        let s = Self.pinned([Pin(group: "g2", course: "policy", teacher: "t1")])
        #expect(try FamilyHarness(family, scenario: s).accepts(Tiny.validTimetable()) == nil)
        let ok = Self.pinned([Pin(group: "g2", course: "policy", teacher: "t2")])
        #expect(try FamilyHarness(family, scenario: ok).accepts(Tiny.validTimetable()) == true)
    }

    @Test func pinsAreHonouredBySolving() throws {
        let s = Self.pinned([Pin(group: "g2", course: "policy", date: Tiny.tue, period: "pm1", teacher: "t1")])
        let (t, _, plan) = try solve(s)
        #expect(t.unmet.isEmpty)
        let pol = try #require(t.sessions.first { $0.course == "policy" && $0.groups == ["g2"] })
        #expect(pol.day == Tiny.tue && pol.firstPeriod == 2 && pol.teacher == "t1")
        #expect(TimetableFacts(context: plan.context, timetable: t).allViolations() == [])
    }

    @Test func contradictoryPinsAreNamedAsTheCause() throws {
        // both classes' policy lecture pinned to t1 on Tuesday morning: t1 cannot teach both
        let s = Self.pinned([
            Pin(group: "g1", course: "policy", date: Tiny.tue, period: "am1", teacher: "t1"),
            Pin(group: "g2", course: "policy", date: Tiny.tue, period: "am1", teacher: "t1")
        ])
        let (t, _, _) = try solve(s)
        #expect(t.unmet.count == 1)
        let u = try #require(t.unmet.first)
        #expect(u.course == "policy" && u.rule == .pins, "\(u)")
        #expect(u.reason.contains("pin of 'policy'") && u.reason.contains("TeacherClash"), "\(u.reason)")
    }

    @Test func aPinNoPlacementCanMeetIsNamedAsTheCause() throws {
        // the farm is not a Party-school room: the policy lecture cannot be held there
        let s = Self.pinned([Pin(group: "g2", course: "policy", venue: "farm_field")])
        let (t, _, _) = try solve(s)
        let u = try #require(t.unmet.first { $0.course == "policy" })
        #expect(u.rule == .pins && u.reason.contains("leaves no placement"), "\(u)")
    }
}
