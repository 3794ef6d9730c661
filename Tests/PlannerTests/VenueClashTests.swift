import Domain
import Testing

@testable import Planner

@Suite struct VenueClashTests {
    let family = VenueClash()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable().replacing("pol2") { $0.venue = "room1" }
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("venue 'room1' holds") == true, "\(found)")
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Tiny.validTimetable().replacing("pol2") { $0.venue = "room1" }
        let h = FamilyHarness(family, scenario: Tiny.scenario())
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
