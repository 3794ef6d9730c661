import Domain
import Testing

@testable import Planner

@Suite struct VenueCapacityTests {
    let family = VenueCapacity()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable()
        let found = family.violations(in: Tiny.facts(broken, Tiny.scenario(hallCapacity: 60)))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("seats 70 people") == true, "\(found)")
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Tiny.validTimetable()
        let h = FamilyHarness(family, scenario: Tiny.scenario(hallCapacity: 60))
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
