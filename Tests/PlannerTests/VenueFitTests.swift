import Domain
import Testing

@testable import Planner

@Suite struct VenueFitTests {
    let family = VenueFit()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable().replacing("pol1") { $0.venue = "farm_field" }
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("which its rule does not allow") == true, "\(found)")
    }
    /// The placement generator never offers what this family forbids, so the model has no column for it.
    @Test func modelHasNoColumnForTheViolation() throws {
        let broken: Timetable = Tiny.validTimetable().replacing("pol1") { $0.venue = "farm_field" }
        let h = FamilyHarness(family, scenario: Tiny.scenario())
        #expect(try h.accepts(broken) == nil)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
