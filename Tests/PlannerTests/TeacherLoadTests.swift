import Domain
import Testing

@testable import Planner

@Suite struct TeacherLoadTests {
    let family = TeacherLoad()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable()
        let found = family.violations(in: Tiny.facts(broken, Tiny.scenarioWithTeacherLimit()))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("more than max_periods_per_day 2") == true, "\(found)")
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Tiny.validTimetable()
        let h = FamilyHarness(family, scenario: Tiny.scenarioWithTeacherLimit())
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
