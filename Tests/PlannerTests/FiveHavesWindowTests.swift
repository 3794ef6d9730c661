import Domain
import Testing

@testable import Planner

@Suite struct FiveHavesWindowTests {
    let family = FiveHavesWindow()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable().replacing("th") {
            $0.day = Tiny.mon; $0.firstPeriod = 2; $0.venue = "room1"
        }.replacing("pol1") {
            $0.day = Tiny.tue; $0.firstPeriod = 0; $0.venue = "hall"; $0.teacher = "t1"
        }
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("spreads over 3 teaching days") == true, "\(found)")
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Tiny.validTimetable().replacing("th") {
            $0.day = Tiny.mon; $0.firstPeriod = 2; $0.venue = "room1"
        }.replacing("pol1") {
            $0.day = Tiny.tue; $0.firstPeriod = 0; $0.venue = "hall"; $0.teacher = "t1"
        }
        let h = FamilyHarness(family, scenario: Tiny.scenario())
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
