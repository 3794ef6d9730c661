import Testing
import Domain
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
}
