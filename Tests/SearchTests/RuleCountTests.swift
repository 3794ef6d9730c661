import Domain
import Planner
import Testing
@testable import Search

/// Each rule the state counts, on a hand-placed timetable: clean, then broken once, with the
/// constraint family agreeing on both.
@Suite struct RuleCountTests {
    @Test func handPlacedTimetableIsValid() {
        var p = SmallProgramme()
        p.placeValid()
        #expect(p.state.isValid, "\(p.state.counts)")
        #expect(p.familyViolations() == [:])
        #expect(p.state.counts == p.state.recountedFromScratch())
    }

    /// (what is moved, where, the rule the state counts, the family that reports it)
    static let breaks: [(String, String, SegmentKind?, Int, Int, String?, Rule)] = [
        ("g1", "policy", nil, 1, 2, "li", .groupClash),          // on top of g1's law
        ("g1", "policy", nil, 0, 2, "wang", .teacherClash),      // wang teaches g2's law then
        ("g2", "law", nil, 0, 1, "li", .venueClash),             // the hall holds g1's theory then
        ("g2", "law", nil, 0, 0, "li", .firstCourse),            // before (and beside) the first course
        ("g1", "farm", .summary, 0, 3, nil, .fiveHavesOrder),    // summary before the exchange
        ("g1", "policy", nil, 0, 3, "wang", .travel),            // school right after the farm's explanation
    ]

    @Test(arguments: 0..<breaks.count) func brokenOnce(_ k: Int) {
        let (group, course, segment, day, start, teacher, rule) = Self.breaks[k]
        var p = SmallProgramme()
        p.placeValid()
        let r = p.requirement(group, course, segment)
        p.place(r, day: day, start: start, teacher: teacher)
        #expect(p.state.count(rule) > 0, "\(p.state.counts)")
        #expect(p.familyViolations()[rule.description, default: 0] > 0, "\(p.familyViolations())")
        #expect(p.state.counts == p.state.recountedFromScratch())
    }

    @Test func teacherDailyLimit() {
        var p = SmallProgramme(teacherDailyLimit: 1)
        p.placeValid()  // wang teaches two periods on Monday and two on Tuesday: one too many each day
        #expect(p.state.count(.teacherLoad) == 2)
        #expect(p.familyViolations()["TeacherLoad"] == 2)
    }

    @Test func unitWindowAndPart() {
        var p = SmallProgramme(days: 3)
        p.placeValid()
        p.place(p.requirement("g1", "farm", .summary), day: 2, start: 0, teacher: "li")
        #expect(p.state.count(.fiveHavesWindow) == 1)
        #expect(p.familyViolations()["FiveHavesWindow"] == 1)
        p.state.unplace(p.requirement("g1", "farm", .summary))
        #expect(p.state.count(.fiveHavesOrder) == 1, "a unit held in part")
        #expect(p.state.count(.unplaced) == 1)
    }
}
