import Domain
import Testing

@testable import Planner

@Suite struct FirstCourseTests {
    let family = FirstCourse()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable().replacing("pol2") {
            $0.day = Tiny.mon; $0.firstPeriod = 0; $0.venue = "room1"
        }.replacing("xi") {
            $0.firstPeriod = 2; $0.teacher = "t1"; $0.groups = ["g1", "g2"]
        }.replacing("pol1") {
            $0.firstPeriod = 0; $0.day = Tiny.tue; $0.venue = "hall"
        }.replacing("th") {
            $0.firstPeriod = 2; $0.venue = "room1"
        }.replacing("ex") {
            $0.day = Tiny.wed; $0.firstPeriod = 0
        }.replacing("ob") {
            $0.day = Tiny.wed; $0.firstPeriod = 1
        }.replacing("xc") { $0.firstPeriod = 2 }.replacing("su") { $0.firstPeriod = 3 }
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("starts") == true, "\(found)")
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Tiny.validTimetable().replacing("pol2") {
            $0.day = Tiny.mon; $0.firstPeriod = 0; $0.venue = "room1"
        }.replacing("xi") {
            $0.firstPeriod = 2; $0.teacher = "t1"; $0.groups = ["g1", "g2"]
        }.replacing("pol1") {
            $0.firstPeriod = 0; $0.day = Tiny.tue; $0.venue = "hall"
        }.replacing("th") {
            $0.firstPeriod = 2; $0.venue = "room1"
        }.replacing("ex") {
            $0.day = Tiny.wed; $0.firstPeriod = 0
        }.replacing("ob") {
            $0.day = Tiny.wed; $0.firstPeriod = 1
        }.replacing("xc") { $0.firstPeriod = 2 }.replacing("su") { $0.firstPeriod = 3 }
        let h = FamilyHarness(family, scenario: Tiny.scenario())
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
