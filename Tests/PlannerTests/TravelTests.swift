import Domain
import Testing

@testable import Planner

@Suite struct TravelTests {
    let family = Travel()

    @Test func cleanTimetableHasNoViolation() {
        #expect(family.violations(in: Tiny.facts(Tiny.validTimetable())) == [])
    }

    @Test func tooShortTripIsReportedForGroupAndTeacher() {
        let broken: Timetable = Tiny.validTimetable().replacing("ex") { $0.firstPeriod = 1 }.replacing("ob") { $0.firstPeriod = 2 }.replacing("xc") {
            $0.day = Tiny.tue; $0.firstPeriod = 3
        }
        let found = family.violations(in: Tiny.facts(broken))
        // the group and its teacher both make the trip too fast
        #expect(found.map { String($0.message.prefix(11)) } == ["group 'g1' ", "teacher 't2"], "\(found)")
        #expect(found.allSatisfy { $0.message.contains("30 minutes") && $0.message.contains("takes 60") })
    }
    @Test func rowsRejectTheViolationAndAcceptTheCleanCase() throws {
        let broken: Timetable = Tiny.validTimetable().replacing("ex") { $0.firstPeriod = 1 }.replacing("ob") { $0.firstPeriod = 2 }.replacing("xc") {
            $0.day = Tiny.tue; $0.firstPeriod = 3
        }
        let h = FamilyHarness(family, scenario: Tiny.scenario())
        #expect(try h.accepts(broken) == false)
        #expect(try FamilyHarness(family).accepts(Tiny.validTimetable()) == true)
    }
}
