import Testing
import Domain
@testable import Planner

@Suite struct VenueCapacityTests {
    let family = VenueCapacity()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable().replacing("xi") { $0.venue = "room1" }
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("seats 70 people") == true, "\(found)")
    }
}
