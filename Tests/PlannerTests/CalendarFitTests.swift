import Testing
import Domain
@testable import Planner

@Suite struct CalendarFitTests {
    let family = CalendarFit()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable().replacing("pol1") { $0.day = Day(iso: "2025-03-15")! }
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("is not on a teaching day") == true, "\(found)")
    }
}
