import Domain
import Foundation
import Testing
import Texts

@testable import Engine
@testable import Planner

/// The messages of issue 13's explain cases, as a planner runs them: a scenario and options,
/// the exit status, and lines the output must hold (the cause with its blocking settings and
/// their values, knock-ons grouped under it, the change found).
struct ExplainMessageCase: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var status: Int32
    /// Texts that must appear, in this order, on stdout (or stderr for invalid scenarios).
    var expected: [String]
    var testDescription: String { name }
}

let explainMessageCases: [ExplainMessageCase] = [
    .init(
        name: "field classroom open only on Wednesday",
        arguments: ["explain", "Tests/EngineTests/Fixtures/explain-field-wednesday.yaml", "--time-limit", "20"],
        status: 3,
        expected: [
            "5 requirement(s) cannot be met together with the rest, from 1 cause(s):",
            "1. 乡镇党政班子成员班 [leaders] · 核桃产业现场教学 [walnut_unit] · theory introduction, on-site explanation, observation, exchange, summary:",
            "blocked by:",
            "- field classroom 'walnut_field' (核桃田间课堂) is open only on Wed 2025-03-12",
            "- teacher 'usman' (吾斯曼·司马义) is unavailable on Wed 2025-03-12",
            "- the on-site explanation, observation, exchange of 'walnut_unit' may use only 'walnut_field'",
            "suggested change: open venue 'walnut_field' (核桃田间课堂) on Tue 2025-03-11 (take that day out of its 'unavailable') — re-tested: everything this cause blocks can then be held"
        ]),
    .init(
        name: "first course whose only teacher comes when the class is away",
        arguments: ["explain", "Tests/EngineTests/Fixtures/explain-first-course.yaml", "--time-limit", "10"],
        status: 3,
        expected: [
            "4 requirement(s) cannot be met together with the rest, from 1 cause(s):",
            "1. 村党组织书记班 [secretaries] · 习近平新时代中国特色社会主义思想（首修课） [xi_thought]: no day has the group, a fitting venue and a qualified teacher free together [Availability]",
            "- teacher 'li_jianguo' (李建国) is unavailable on Mon 2025-03-10, Tue 2025-03-11, Wed 2025-03-12, Thu 2025-03-13",
            "- 'xi_thought' is taught only by teacher 'li_jianguo' (李建国)",
            "knock-on: 3 more session(s) of the same class(es) cannot be held without it (FirstCourse): governance, lawful_admin, mediation",
            "suggested change: make teacher 'li_jianguo' (李建国) available on Mon 2025-03-10 (take that day out of their 'unavailable')"
        ]),
    .init(
        name: "the same in Chinese",
        arguments: ["explain", "Tests/EngineTests/Fixtures/explain-first-course.yaml", "--time-limit", "10", "--lang", "zh"],
        status: 3,
        expected: [
            "首修课无法安排：有 4 项要求无法与其余安排同时满足，原因 1 个：",
            "受阻于：",
            "- 教师“li_jianguo”（李建国）在 星期一 2025-03-10、星期二 2025-03-11、星期三 2025-03-12、星期四 2025-03-13 不能上课",
            "连带影响：同班另有 3 节课因此无法安排（FirstCourse）：governance、lawful_admin、mediation",
            "建议修改：让教师“li_jianguo”（李建国）在 星期一 2025-03-10 可以上课（从其 unavailable 中去掉这一天）"
        ]),
    .init(
        name: "an order rule between the research and the seminar",
        arguments: ["explain", "Tests/EngineTests/Fixtures/explain-order.yaml", "--time-limit", "10"],
        status: 3,
        expected: [
            "1 requirement(s) cannot be met together with the rest, from 1 cause(s):",
            "[CourseOrder]",
            "- 'research_seminar' must come after 'field_research' for 村党组织书记班 [secretaries] ('after' of 'research_seminar')",
            "CourseOrder (1): No session of a course may start before every session of the courses it is after has ended"
        ]),
    .init(
        name: "the order rule in Chinese",
        arguments: ["explain", "Tests/EngineTests/Fixtures/explain-order.yaml", "--time-limit", "10", "--lang", "zh"],
        status: 3,
        expected: ["- 村党组织书记班 [secretaries]的“research_seminar”须排在“field_research”结束之后（“research_seminar”的 after）"]),
    // A sole teacher whose daily limit is below the course never reaches the solver now.
    .init(
        name: "sole teacher with a daily limit below the course",
        arguments: ["explain", "Tests/ScenarioTests/Fixtures/broken/impossible-daily-limit.yaml"],
        status: 2,
        expected: [
            "impossible-daily-limit.yaml:13:65: error: teacher 'wang_li' may teach at most 1 period(s) a day but is the only teacher of course 'xi', and its sessions last 2 consecutive periods — raise 'max_periods_per_day' to 2"
        ]),
    .init(
        name: "validate in Chinese",
        arguments: ["validate", "Tests/ScenarioTests/Fixtures/broken/full-width-colon.yaml", "--lang", "zh"],
        status: 2,
        expected: ["full-width-colon.yaml:3:8: error: 键“start”后用了全角冒号「：」 — 请改用半角 ':' [full-width-punctuation]"]),
    .init(
        name: "unknown language", arguments: ["explain", "Tests/EngineTests/Fixtures/explain-first-course.yaml", "--lang", "fr"],
        status: 64, expected: ["unknown language 'fr': use zh or en"])
]

@Test(arguments: explainMessageCases)
func explainNamesTheCauseAndTheFix(_ c: ExplainMessageCase) throws {
    let r = try CLI.run(c.arguments)
    #expect(r.status == c.status, "\(r.stdout)\n\(r.stderr)")
    let text = r.status == 3 ? r.stdout : r.stderr
    var rest = text[...]
    for line in c.expected {
        guard let found = rest.range(of: line) else {
            Issue.record("missing, or out of order: \(line)\n--- output:\n\(text)")
            return
        }
        rest = rest[found.upperBound...]
    }
}

@Test func explainProgressNamesEachPhase() throws {
    let r = try CLI.run(["explain", "Tests/EngineTests/Fixtures/explain-first-course.yaml", "--time-limit", "10", "--progress"])
    #expect(r.status == 3, "\(r.stderr)")
    for phase in ["solving: greedy start", "sessions unmet in", "cause 1 of", "done:"] {
        #expect(r.stderr.contains(phase), "\(r.stderr)")
    }
    // Without the flag (and no terminal) stderr holds no progress.
    #expect(!(try CLI.run(["explain", "Tests/EngineTests/Fixtures/explain-first-course.yaml", "--time-limit", "10"]).stderr.contains("cause 1 of")))
}

@Suite struct RelaxationTests {
    /// An order rule blocking a session is relaxed by taking the predecessor out of the follower's `after`.
    @Test func anOrderIsDroppedFromTheFollowersAfter() {
        var s = TrainingScenario(name: "t", calendar: TeachingCalendar(start: Day(iso: "2025-03-10")!, end: Day(iso: "2025-03-14")!, periods: []))
        s.courses = [
            Course(id: "research", title: "调研", form: .research, periods: 2),
            Course(id: "seminar", title: "研讨", form: .seminar, periods: 2)
        ]
        s.courses[1].after = ["research", "other"]
        let r = SessionRequirement(
            index: 0, group: "g", course: "seminar", occurrence: 1, segment: nil, length: 2,
            venueRule: VenueRule(), elective: false, joint: false, first: false)
        let found = Relaxation.candidates(for: .order("g", "seminar", after: "research"), requirement: r, size: 30, in: s, load: [:])
        #expect(found == [Relaxation.dropOrder("seminar", after: "research")])
        #expect(found[0].apply(to: s).courses[1].after == ["other"])
        #expect(found[0].words(Wording.english, in: s) == "let 'seminar' be held before 'research' ends: remove 'research' from the 'after' of 'seminar'")
    }

    @Test func openingADayInsideARangeSplitsIt() {
        let from = Day(iso: "2025-03-10")!, to = Day(iso: "2025-03-14")!, wed = Day(iso: "2025-03-12")!
        let opened = Relaxation.opening(wed, in: [.range(from: from, to: to), .date(wed, periods: nil)])
        #expect(opened == [.range(from: from, to: Day(iso: "2025-03-11")!), .range(from: Day(iso: "2025-03-13")!, to: to)])
        #expect(Relaxation.opening(from, in: [.range(from: from, to: from)]).isEmpty)
    }

    @Test func smallestChangeComesFirst() {
        let t = Teacher.ID("t")
        let changes: [Relaxation] = [
            .raiseDailyLimit(t, from: 1, to: 3), .addTeacher(t, Course.ID("c")),
            .openVenue(Venue.ID("v"), Day(iso: "2025-03-12")!), .raiseDailyLimit(t, from: 1, to: 2)
        ]
        let sorted = changes.sorted { ($0.change, $0.rank) < ($1.change, $1.rank) }
        #expect(sorted.map(\.change) == [1, 1, 1, 2])
        #expect(sorted.first == .openVenue(Venue.ID("v"), Day(iso: "2025-03-12")!))
        #expect(sorted[1] == .raiseDailyLimit(t, from: 1, to: 2))
    }
}
