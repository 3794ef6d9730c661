import Domain
import Foundation

/// A small hand-made programme: two groups, two teachers, a joint session, a five-haves unit,
/// Chinese names, and titles with a comma, a quote and a leading "=".
enum Fixture {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func time(_ t: String) -> ClockTime { ClockTime(t)! }

    static let scenario = TrainingScenario(
        name: "温宿县2025年春季乡镇干部培训",
        calendar: TeachingCalendar(
            start: day("2025-03-10"), end: day("2025-03-14"), holidays: [day("2025-03-12")],
            periods: [
                Period(id: "am1", start: time("08:30"), end: time("10:00")),
                Period(id: "am2", start: time("10:15"), end: time("11:45")),
                Period(id: "pm1", start: time("14:30"), end: time("16:00")),
                Period(id: "pm2", start: time("16:15"), end: time("17:45"))
            ]),
        sites: [Site(id: "school", name: "县委党校"), Site(id: "hongqi", name: "红旗村")],
        travel: [Travel(from: "school", to: "hongqi", minutes: 40)],
        venues: [
            Venue(id: "v_hall", name: "党校报告厅", kind: .partySchool, site: "school", capacity: 120),
            Venue(id: "v_room", name: "研讨室, 二楼", kind: .partySchool, site: "school", capacity: 45),
            Venue(
                id: "v_field", name: "红旗村田间课堂", kind: .fieldClassroom, site: "hongqi", capacity: 40,
                unavailable: [.date(day("2025-03-14"), periods: nil)]),
            Venue(id: "v_online", name: "指尖课堂", kind: .online, site: nil, capacity: nil)
        ],
        teachers: [
            Teacher(id: "t_wang", name: "王芳", teaches: ["c_farm", "c_eq"], site: "school", maxPeriodsPerDay: 4),
            Teacher(id: "t_li", name: "李明", teaches: ["c_xi", "c_case", "c_quote"], site: "school", maxPeriodsPerDay: 4, maxPeriods: 20)
        ],
        courses: [
            Course(id: "c_xi", title: "习近平新时代中国特色社会主义思想专题", form: .lecture, periods: 2, first: true, joint: true),
            Course(
                id: "c_case", title: "乡村振兴, 产业发展案例", form: .case, periods: 2,
                topics: [TopicScore(topic: "乡村振兴", score: 4)], sessions: 2),
            Course(
                id: "c_quote", title: "\"枫桥经验\"与基层治理", form: .interactive, periods: 1,
                topics: [TopicScore(topic: "基层治理", score: 5)]),
            Course(id: "c_eq", title: "=1+1 研讨课", form: .seminar, periods: 1, venueRule: VenueRule(kinds: [.online])),
            Course(
                id: "c_farm", title: "田间课堂：现代农业产业园现场教学", form: .onsite, periods: 5,
                topics: [TopicScore(topic: "乡村振兴", score: 5)],
                fiveHaves: FiveHaves(
                    segments: [
                        Segment(kind: .theory, periods: 1, venueRule: VenueRule(kinds: [.partySchool])),
                        Segment(kind: .explanation, periods: 1, venueRule: VenueRule(kinds: [.fieldClassroom])),
                        Segment(kind: .observation, periods: 1, venueRule: VenueRule(kinds: [.fieldClassroom])),
                        Segment(kind: .exchange, periods: 1, venueRule: VenueRule(kinds: [.fieldClassroom])),
                        Segment(kind: .summary, periods: 1, venueRule: VenueRule(kinds: [.partySchool]))
                    ], withinDays: 3))
        ],
        groups: [
            Group(
                id: "g_young", name: "优秀年轻干部班", category: .youngCadre, size: 30, site: "school",
                required: ["c_xi", "c_quote", "c_eq", "c_farm"], needs: [TopicScore(topic: "基层治理", score: 3)]),
            Group(
                id: "g_sec", name: "村（社区）党组织书记班", category: .villageSecretary, size: 40, site: "school",
                required: ["c_xi", "c_case", "c_farm"],
                needs: [TopicScore(topic: "乡村振兴", score: 5), TopicScore(topic: "基层治理", score: 2)])
        ])

    static func session(
        _ id: String, _ course: Course.ID, _ groups: [Group.ID], _ teacher: Teacher.ID?, _ venue: Venue.ID,
        _ date: String, _ first: Int, _ count: Int, segment: SegmentKind? = nil, occurrence: Int = 1
    ) -> ScheduledSession {
        ScheduledSession(
            id: id, course: course, segment: segment, occurrence: occurrence, groups: groups, teacher: teacher,
            venue: venue, day: day(date), firstPeriod: first, periodCount: count)
    }

    static let timetable = Timetable(
        sessions: [
            session("s01", "c_xi", ["g_young", "g_sec"], "t_li", "v_hall", "2025-03-10", 0, 2),
            session("s02", "c_case", ["g_sec"], "t_li", "v_room", "2025-03-10", 2, 2),
            session("s03", "c_quote", ["g_young"], "t_li", "v_room", "2025-03-11", 0, 1),
            session("s04", "c_eq", ["g_young"], "t_wang", "v_online", "2025-03-13", 1, 1),
            session("s05", "c_farm", ["g_sec"], "t_wang", "v_hall", "2025-03-11", 0, 1, segment: .theory),
            session("s06", "c_farm", ["g_sec"], "t_wang", "v_field", "2025-03-11", 1, 1, segment: .explanation),
            session("s07", "c_farm", ["g_sec"], nil, "v_field", "2025-03-11", 2, 1, segment: .observation),
            session("s08", "c_farm", ["g_sec"], "t_wang", "v_field", "2025-03-11", 3, 1, segment: .exchange),
            session("s09", "c_farm", ["g_sec"], "t_wang", "v_hall", "2025-03-13", 0, 1, segment: .summary),
            session("s10", "c_case", ["g_sec"], "t_li", "v_room", "2025-03-14", 0, 2, occurrence: 2)
        ],
        unmet: [
            UnmetRequirement(
                group: "g_young", course: "c_farm", segment: .observation, rule: .venueCapacity,
                reason: "红旗村田间课堂 holds 40, but \"g_sec\" and \"g_young\" together are 70")
        ])

    static let summary: SolveSummary = {
        var s = SolveSummary(
            scenarioName: scenario.name, status: .unmet, objective: 177.45, bound: 172.5, gap: 0.0279, optimal: false,
            terms: [
                ObjectiveTerm(name: "needs", unit: "gap points", weight: 10, amount: 8),
                ObjectiveTerm(name: "travel", unit: "minutes", weight: 1, amount: 80),
                ObjectiveTerm(name: "compactness", unit: "idle periods", weight: 5, amount: 3),
                ObjectiveTerm(name: "teacher_balance", unit: "periods", weight: 1, amount: 2.45)
            ],
            timeLimit: 60, seed: 7, nodes: 321, elapsedSeconds: nil, method: "GLPK branch-and-cut (glp_intopt)", violations: [])
        // Needs indicators as the planner hands them over (the exporters only lay them out).
        s.coverage = [
            TopicCoverage(
                group: "g_young", topic: "基层治理", gap: 3, coverage: 2, potential: 4, reason: "'c_law' has no qualified teacher free (TeacherClash)",
                because: [Phrase("need.noTeacher", "c_law", "TeacherClash")]),
            TopicCoverage(group: "g_sec", topic: "乡村振兴", gap: 5, coverage: 5, potential: 5, reason: ""),
            TopicCoverage(
                group: "g_sec", topic: "基层治理", gap: 2, coverage: 0, potential: 0, reason: "no required or menu course covers '基层治理'",
                because: [Phrase("need.noCourse", "基层治理")])
        ]
        s.needShares = [
            NeedShare(
                group: "g_young", met: 0.4, potential: 0.8, heldBackBy: "'c_law' has no qualified teacher free (TeacherClash)",
                heldBackBecause: [Phrase("need.noTeacher", "c_law", "TeacherClash")]),
            NeedShare(group: "g_sec", met: 0.7143, potential: 0.7143, heldBackBy: "")
        ]
        return s
    }()
}
