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
        ("g1", "policy", nil, 1, 2, "li", .groupClash),  // on top of g1's law
        ("g1", "policy", nil, 0, 2, "wang", .teacherClash),  // wang teaches g2's law then
        ("g2", "law", nil, 0, 1, "li", .venueClash),  // the hall holds g1's theory then
        ("g2", "law", nil, 0, 0, "li", .firstCourse),  // before (and beside) the first course
        ("g1", "farm", .summary, 0, 3, nil, .fiveHavesOrder),  // summary before the exchange
        ("g1", "policy", nil, 0, 3, "wang", .travel)  // school right after the farm's explanation
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

    /// g1's policy after its law lecture (Tuesday pm1 then pm2): in order, then swapped.
    @Test func courseOrder() {
        var p = SmallProgramme(after: [("policy", "law")])
        p.placeValid()
        #expect(p.state.isValid, "\(p.state.counts)")
        #expect(p.familyViolations() == [:])
        let policy = p.requirement("g1", "policy"), law = p.requirement("g1", "law")
        p.place(policy, day: 1, start: 2, teacher: "wang")  // on top of law: a clash and out of order
        p.place(law, day: 1, start: 3, teacher: "wang")  // swapped: out of order only
        #expect(p.state.count(.courseOrder) == 1, "\(p.state.counts)")
        #expect(p.state.violationCount == 1, "\(p.state.counts)")
        #expect(p.familyViolations() == ["CourseOrder": 1])
        #expect(p.state.counts == p.state.recountedFromScratch())
        #expect(Set(p.state.conflicted()) == [policy, law], "only the pair out of order is in conflict")
        // the predecessor taken out: nothing binds the follower
        p.state.unplace(law)
        #expect(p.state.count(.courseOrder) == 0)
        #expect(p.state.counts == p.state.recountedFromScratch())
        // g2 takes law but not policy: its law anywhere breaks no order
        var q = SmallProgramme(after: [("policy", "law")])
        q.placeValid()
        q.place(q.requirement("g2", "law"), day: 1, start: 3, teacher: "li")
        #expect(q.state.count(.courseOrder) == 0)
    }

    /// A five-haves unit after a lecture: each segment that starts too early is one pair.
    @Test func unitAfterALecture() {
        var p = SmallProgramme(after: [("farm", "policy")])
        p.placeValid()  // the unit starts Monday, policy is on Tuesday: five segments out of order
        #expect(p.state.count(.courseOrder) == 5, "\(p.state.counts)")
        #expect(p.familyViolations()["CourseOrder"] == 5)
        #expect(p.state.counts == p.state.recountedFromScratch())
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
