import ITC2007
import MIP
import Testing

/// The first-stage relaxation: every solution is a point of it whose cost is at most the
/// solution's, exactly so for the costs it keeps.
@Suite struct StageOneBoundTests {
    let tiny = try! Tiny.instance()

    func point(_ s: ITCSolution, _ i: ITCInstance) -> (bound: StageOneBound, values: [Double]) {
        let b = StageOneBound(i, unmetCost: 1_000)
        return (b, b.values(of: s, in: i))
    }

    @Test func unavailablePeriodsHaveNoColumn() {
        let b = StageOneBound(tiny, unmetCost: 1_000)
        // b (course 1) is closed on day 1 period 2: slot 5.
        #expect(b.lecture[1][5] == nil)
        #expect(b.lecture[1].compactMap { $0 }.count == 5 && b.lecture[0].compactMap { $0 }.count == 6)
    }

    @Test func minWorkingDaysAndCompactnessAreExact() {
        // Scorer test's case: a on day 0 only (5), b isolated on day 1 (2); every course fits its room.
        let s = Tiny.solution("a big 0 0,a big 0 2,b small 0 1,b small 1 1,c small 1 0")
        let (b, v) = point(s, tiny)
        #expect(b.program.violations(of: v).isEmpty, "\(b.program.violations(of: v))")
        #expect(b.program.objective(of: v) == 7)
        let days = Tiny.solution("a big 0 2,a big 1 2,b small 0 0,b small 1 0,c small 0 1")
        let (b2, v2) = point(days, tiny)
        #expect(b2.program.violations(of: v2).isEmpty)
        #expect(b2.program.objective(of: v2) == 8)
    }

    @Test func roomCapacityCountsOnlyWhatNoRoomAssignmentAvoids() {
        // a (30) sits in small on day 1, but big is free then: the scorer charges 20, the bound 0;
        // stability (1) is left out.
        let s = Tiny.solution("a big 0 0,a small 1 0,b small 0 1,b small 1 1,c small 0 2")
        let (b, v) = point(s, tiny)
        #expect(b.program.violations(of: v).isEmpty)
        #expect(b.program.objective(of: v) == 0)
        #expect(ITCScorer.score(s, for: tiny).softTotal == 21)
    }

    @Test func twoBigCoursesInOnePeriodPayForTheSmallRoom() throws {
        let text = """
            Name: Crowd
            Courses: 2
            Rooms: 2
            Days: 1
            Periods_per_day: 1
            Curricula: 0
            Constraints: 0

            COURSES:
            a ta 1 1 30
            b tb 1 1 25

            ROOMS:
            big 30
            small 10

            CURRICULA:

            UNAVAILABILITY_CONSTRAINTS:

            END.
            """
        let i = try ITCParser.parseInstance(text, file: "crowd.ctt")
        let s = Tiny.solution("a big 0 0,b small 0 0")
        let (b, v) = point(s, i)
        #expect(b.program.violations(of: v).isEmpty)
        // Levels (10, 25] and (25, 30]: two courses ≥ 25 and one room ≥ 25 → 15; one course ≥ 30
        // and one room ≥ 30 → 0. The best assignment (a in big) pays exactly 15.
        #expect(b.program.objective(of: v) == 15)
        #expect(ITCScorer.score(s, for: i).roomCapacity == 15)
    }

    @Test func conflictsAreRowsAndLeftOutLecturesArePriced() {
        // a and b share curriculum q at slot 1: a row of the program is broken.
        let clash = Tiny.solution("a big 0 1,a big 1 0,b small 0 1,b small 1 1,c small 0 2")
        let (b, v) = point(clash, tiny)
        #expect(b.program.violations(of: v).contains { $0.contains("curriculum_q_1") })
        // Nothing held: every lecture left out at 1,000, and a short of its 2 days.
        let (e, none) = point(ITCSolution(assignments: []), tiny)
        #expect(e.program.violations(of: none).isEmpty)
        // 5 lectures left out; a short of 2 days, b and c of 1 each, at 5 a day.
        let expected: Double = 5_000 + 20
        #expect(e.program.objective(of: none) == expected)
    }
}
