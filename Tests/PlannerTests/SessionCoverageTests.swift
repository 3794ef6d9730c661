import Domain
import Testing

@testable import Planner

@Suite struct SessionCoverageTests {
    let family = SessionCoverage()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func violatingTimetableIsReportedOnce() {
        let broken: Timetable = Timetable(sessions: Tiny.validTimetable().sessions.filter { $0.id != "pol2" })
        let found = family.violations(in: Tiny.facts(broken))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.message.contains("misses '乡村振兴政策'") == true, "\(found)")
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Timetable(sessions: Tiny.validTimetable().sessions.filter { $0.id != "pol2" })
        let h = FamilyHarness(family, scenario: Tiny.scenario())
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
