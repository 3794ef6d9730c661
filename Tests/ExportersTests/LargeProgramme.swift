import Domain
import Foundation

/// The fullest class sheet a county programme prints: ten teaching days × six periods, every
/// period a different course with a long Chinese title at a venue with a long name and site, so
/// the page fit is tested at its hardest; two teachers share the sixty sessions (thirty each,
/// far more than Wensu's busiest) so a long teaching notice is tested too.
enum LargeProgramme {
    static let dates = [
        "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14",
        "2025-03-17", "2025-03-18", "2025-03-19", "2025-03-20", "2025-03-21"
    ]

    static let scenario: TrainingScenario = {
        let periods = [
            ("am1", "上午第一节", "08:30", "10:00"), ("am2", "上午第二节", "10:15", "11:45"), ("am3", "上午第三节", "12:00", "12:45"),
            ("pm1", "下午第一节", "14:30", "16:00"), ("pm2", "下午第二节", "16:15", "17:45"), ("ev1", "晚上第一节", "19:30", "21:00")
        ]
        let courses = (0..<60).map { n in
            Course(id: Course.ID("c\(n)"), title: "新时代基层治理能力现代化建设专题研讨第\(n + 1)讲：乡村振兴与产业发展", form: .lecture, periods: 1)
        }
        return TrainingScenario(
            name: "阿克苏地区2025年春季乡镇党政正职及村党组织书记示范培训班",
            calendar: TeachingCalendar(
                start: Fixture.day("2025-03-10"), end: Fixture.day("2025-03-21"), holidays: [],
                periods: periods.map { Period(id: Period.ID($0.0), name: $0.1, start: Fixture.time($0.2), end: Fixture.time($0.3)) }),
            sites: [Site(id: "park", name: "温宿县现代农业产业园区核心示范区")],
            travel: [],
            venues: [Venue(id: "v_park", name: "现代农业产业园区党群服务中心第一多功能教室", kind: .enterprisePark, site: "park", capacity: 80)],
            teachers: [
                Teacher(id: "t_a", name: "买买提江·热依木", teaches: courses.map(\.id)),
                Teacher(id: "t_b", name: "古丽娜尔·吐尔逊", teaches: courses.map(\.id))
            ],
            courses: courses,
            groups: [
                Group(
                    id: "g_full", name: "乡镇党政正职暨村（社区）党组织书记示范培训一班", category: .leadership, size: 60,
                    site: "park", required: courses.map(\.id))
            ])
    }()

    static let timetable = Timetable(
        sessions: (0..<60).map { n in
            Fixture.session("s\(n)", Course.ID("c\(n)"), ["g_full"], n % 2 == 0 ? "t_a" : "t_b", "v_park", dates[n / 6], n % 6, 1)
        })

    static let summary = SolveSummary(
        scenarioName: scenario.name, status: .valid, objective: 12, bound: 12, gap: 0, optimal: true,
        timeLimit: 60, seed: 1, method: "GLPK branch-and-cut (glp_intopt)")
}
