import Domain
import Testing

@testable import Planner

@Suite struct AvailabilityTests {
    let family = Availability()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable()
        let found = family.violations(in: Tiny.facts(broken, Tiny.scenarioWithUnavailableGroup()))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("group 'g2' is unavailable") == true, "\(found)")
    }
    /// The placement generator never offers what this family forbids, so the model has no column for it.
    @Test func modelHasNoColumnForTheViolation() throws {
        let broken: Timetable = Tiny.validTimetable()
        let h = FamilyHarness(family, scenario: Tiny.scenarioWithUnavailableGroup())
        #expect(try h.accepts(broken) == nil)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
