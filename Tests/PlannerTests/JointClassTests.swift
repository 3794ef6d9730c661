import Domain
import Testing

@testable import Planner

@Suite struct JointClassTests {
    let family = JointClass()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Tiny.validTimetable().replacing("pol1") { $0.groups = ["g1", "g2"] }
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("is not joint") == true, "\(found)")
    }
    /// The placement generator never offers what this family forbids, so the model has no column for it.
    @Test func modelHasNoColumnForTheViolation() throws {
        let broken: Timetable = Tiny.validTimetable().replacing("pol1") { $0.groups = ["g1", "g2"] }
        let h = FamilyHarness(family, scenario: Tiny.scenario())
        #expect(try h.accepts(broken) == nil)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
