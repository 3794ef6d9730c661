import Domain
import Testing

@testable import Planner

@Suite struct TeacherClashTests {
    let family = TeacherClash()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable().replacing("pol2") { $0.teacher = "t1" }
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("teacher 't1' teaches") == true, "\(found)")
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Tiny.validTimetable().replacing("pol2") { $0.teacher = "t1" }
        let h = FamilyHarness(family, scenario: Tiny.scenario())
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
