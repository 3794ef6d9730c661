import ITC2007
import Testing

/// Each case's costs are worked out by hand in its comment; slot = day × 3 + period.
@Suite struct ScorerTests {
    let tiny = try! Tiny.instance()

    @Test func cleanSolutionCostsNothing() {
        // a: slots 0, 3 in big (30 ≥ 30); b: 1, 4 in small (10 ≥ 10); c: 2 in small.
        // q = {a, b}: day 0 slots 0–1 and day 1 slots 3–4 are pairs, nothing isolated.
        let s = Tiny.solution("a big 0 0,a big 1 0,b small 0 1,b small 1 1,c small 0 2")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore())
    }

    @Test func missingLecture() {
        // a has 1 of 2 lectures → Lectures 1; a on day 0 only → MinWorkingDays 5 × (2 − 1) = 5;
        // q on day 1: b at slot 4 alone → isolated, 2.
        let s = Tiny.solution("a big 0 0,b small 0 1,b small 1 1,c small 0 2")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(lectures: 1, minWorkingDays: 5, curriculumCompactness: 2))
    }

    @Test func excessLecture() {
        // c has 2 of 1 lectures → Lectures 1; c uses small and big → RoomStability 1.
        let s = Tiny.solution("a big 0 0,a big 1 0,b small 0 1,b small 1 1,c small 0 2,c big 1 2")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(lectures: 1, roomStability: 1))
    }

    @Test func twoLecturesOfOneCourseInOnePeriodCountAsOneMissing() {
        // The validator keeps one lecture per course and period: a's second line at slot 0 is
        // skipped, so a has 1 of 2 → Lectures 1 (not a conflict), MinWorkingDays 5, and b at
        // slot 4 is isolated → 2. The skipped line is a warning in the report.
        let s = Tiny.solution("a big 0 0,a small 0 0,b small 0 1,b small 1 1,c small 0 2")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(lectures: 1, minWorkingDays: 5, curriculumCompactness: 2))
        #expect(ITCScorer.report(s, for: tiny).contains("WARNING: Repeated entry: a small 0 0 (entry skipped)"))
    }

    @Test func repeatedIdenticalLineIsSkipped() {
        // The clean solution with one line written twice: skipped, nothing else changes.
        let s = Tiny.solution("a big 0 0,a big 0 0,a big 1 0,b small 0 1,b small 1 1,c small 0 2")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore())
    }

    @Test func curriculumConflict() {
        // b moves to slot 0 beside a (different rooms): Conflicts 1. q then has 2 lectures at
        // slot 0 and none at slot 1 → both isolated, 2 × 2 = 4. Day 1 is still a pair.
        let s = Tiny.solution("a big 0 0,a big 1 0,b small 0 0,b small 1 1,c small 0 2")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(conflicts: 1, curriculumCompactness: 4))
    }

    @Test func teacherConflict() {
        // c (teacher t1, like a) moves to slot 0, in small: Conflicts 1. c is in no curriculum.
        let s = Tiny.solution("a big 0 0,a big 1 0,b small 0 1,b small 1 1,c small 0 0")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(conflicts: 1))
    }

    @Test func pairSharingTeacherAndTwoCurriculaCountsOncePerPeriod() throws {
        // Wide: x, y, z all at slot 0. Pairs x–y (teacher t, k1, k2), x–z (k2), y–z (k2):
        // Conflicts 3. Room r1 holds x and y → RoomOccupancy 1. x: 3 lectures on day 0 only
        // → MinWorkingDays 5 × (3 − 1) = 10; x in r1, r2, r3 → RoomStability 2. k1 and k2 have
        // lectures at slots 0, 1, 2: none isolated.
        let wide = try Tiny.wide()
        let s = Tiny.solution("x r1 0 0,x r2 0 1,x r3 0 2,y r1 0 0,z r2 0 0")
        #expect(ITCScorer.score(s, for: wide) == ITCScore(conflicts: 3, roomOccupancy: 1, minWorkingDays: 10, roomStability: 2))
    }

    @Test func availability() {
        // b's day-1 lecture moves to period 2 (slot 5), where b is unavailable: Availability 1.
        // q on day 1: a at 3 and b at 5 are both isolated → 4.
        let s = Tiny.solution("a big 0 0,a big 1 0,b small 0 1,b small 1 2,c small 0 2")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(availability: 1, curriculumCompactness: 4))
    }

    @Test func roomOccupancy() {
        // c moves to small at slot 1, where b is: RoomOccupancy 1 (different teachers, no curriculum).
        let s = Tiny.solution("a big 0 0,a big 1 0,b small 0 1,b small 1 1,c small 0 1")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(roomOccupancy: 1))
    }

    @Test func threeLecturesInOneRoomCountTwo() throws {
        // Wide: x, y, z all in r1 at slot 0: RoomOccupancy 3 − 1 = 2, Conflicts 3 (as above),
        // x short 2 days → 10, x in r1, r2, r3 → 2.
        let wide = try Tiny.wide()
        let s = Tiny.solution("x r1 0 0,x r2 0 1,x r3 0 2,y r1 0 0,z r1 0 0")
        #expect(ITCScorer.score(s, for: wide) == ITCScore(conflicts: 3, roomOccupancy: 2, minWorkingDays: 10, roomStability: 2))
        #expect(ITCScorer.report(s, for: wide).contains("[H] 3 lectures in room r1 the period 0 (day 0, timeslot 0) [2 violations]\n"))
    }

    @Test func roomCapacityAndStability() {
        // a's day-1 lecture in small: 30 − 10 = 20 students over → RoomCapacity 20;
        // a uses big and small → RoomStability 1.
        let s = Tiny.solution("a big 0 0,a small 1 0,b small 0 1,b small 1 1,c small 0 2")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(roomCapacity: 20, roomStability: 1))
    }

    @Test func minWorkingDays() {
        // a at slots 0 and 2 (day 0 only, wants 2 days) → 5 × 1 = 5. q day 0: 0 a, 1 b, 2 a
        // are consecutive; day 1: b at slot 4 with c (not in q) at 3 → isolated, 2.
        let s = Tiny.solution("a big 0 0,a big 0 2,b small 0 1,b small 1 1,c small 1 0")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(minWorkingDays: 5, curriculumCompactness: 2))
    }

    @Test func compactnessDoesNotJoinDays() {
        // q: b at 0, a at 2 (day 0) and b at 3, a at 5 (day 1): four isolated lectures, 4 × 2 = 8.
        // Slots 2 and 3 are consecutive numbers but on different days, so they do not pair.
        let s = Tiny.solution("a big 0 2,a big 1 2,b small 0 0,b small 1 0,c small 0 1")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore(curriculumCompactness: 8))
    }

    @Test func combined() {
        // a, b, c all in small at slot 1; a's other lecture in big at slot 3.
        // Conflicts: a–b (q) and a–c (t1) at slot 1 → 2. RoomOccupancy: small holds 3 → 2.
        // RoomCapacity: a in small, 30 − 10 = 20. RoomStability: a uses small and big → 1.
        // MinWorkingDays: a on days 0, 1; b on 0, 1; c on 0 → 0.
        // Compactness q: slot 1 has a and b with slots 0, 2 empty → 2 × 2 = 4; day 1: a at 3,
        // b at 4 → pair. Lectures: all 5 present → 0.
        let s = Tiny.solution("a small 0 1,a big 1 0,b small 0 1,b small 1 1,c small 0 1")
        let score = ITCScorer.score(s, for: tiny)
        #expect(score == ITCScore(conflicts: 2, roomOccupancy: 2, roomCapacity: 20, curriculumCompactness: 4, roomStability: 1))
        #expect(score.hardTotal == 4)
        #expect(score.softTotal == 25)
    }

    @Test func reportListsEachViolationThenTheTotals() {
        // The minWorkingDays case: 5 + 2 = 7, no hard violation.
        let s = Tiny.solution("a big 0 0,a big 0 2,b small 0 1,b small 1 1,c small 1 0")
        #expect(
            ITCScorer.report(s, for: tiny) == """
                [S(5)] The course a has only 1 days of lecture
                [S(2)] Curriculum q has an isolated lecture at period 4 (day 1, timeslot 1)

                Violations of Lectures (hard) : 0
                Violations of Conflicts (hard) : 0
                Violations of Availability (hard) : 0
                Violations of RoomOccupation (hard) : 0
                Cost of RoomCapacity (soft) : 0
                Cost of MinWorkingDays (soft) : 5
                Cost of CurriculumCompactness (soft) : 2
                Cost of RoomStability (soft) : 0

                Summary: Total Cost = 7

                """)
    }

    @Test func reportNamesHardViolations() {
        // The combined case: every hard line, in the validator's order, and the hard total.
        let s = Tiny.solution("a small 0 1,a big 1 0,b small 0 1,b small 1 1,c small 0 1")
        let lines = ITCScorer.report(s, for: tiny).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            Array(lines.prefix(6)) == [
                "[H] Courses a and b have both a lecture at period 1 (day 0, timeslot 1)",
                "[H] Courses a and c have both a lecture at period 1 (day 0, timeslot 1)",
                "[H] 3 lectures in room small the period 1 (day 0, timeslot 1) [2 violations]",
                "[S(20)] Room small too small for course a the period 1 (day 0, timeslot 1)",
                "[S(4)] Curriculum q has an isolated lecture at period 1 (day 0, timeslot 1)",
                "[S(1)] Course a uses 2 different rooms"
            ])
        #expect(lines.last(where: { !$0.isEmpty }) == "Summary: Violations = 4, Total Cost = 25")
    }

    @Test func assignmentsOutsideTheInstanceAreSkippedWithWarnings() {
        // Built in code, not parsed: unknown ids and out-of-range times are skipped like the
        // validator's warnings, so only the clean lines count.
        let s = Tiny.solution("a big 0 0,a big 1 0,b small 0 1,b small 1 1,c small 0 2,zz big 0 0,a hall 0 0,a big 9 0,a big 0 7")
        #expect(ITCScorer.score(s, for: tiny) == ITCScore())
        let report = ITCScorer.report(s, for: tiny)
        #expect(report.contains("WARNING: Nonexisting course zz (entry skipped)"))
        #expect(report.contains("WARNING: Nonexisting room hall (entry skipped)"))
        #expect(report.contains("There are 4 warnings!"))
    }
}
