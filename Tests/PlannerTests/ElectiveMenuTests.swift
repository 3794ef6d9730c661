import Domain
import Testing

@testable import Planner

@Suite struct ElectiveMenuTests {
    let family = ElectiveMenu()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable()
        let found = family.violations(in: Tiny.facts(broken, Tiny.scenarioWithMenu()))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("takes 0 elective periods but its menu asks for 2") == true, "\(found)")
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Tiny.validTimetable()
        let h = FamilyHarness(family, scenario: Tiny.scenarioWithMenu())
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
