import Domain
import ITC2007
import Planner

/// ITC-2007 track 3 in Paike's own terms, solved by the same planner: each course is a group of
/// its students taking one course of one-period sessions, each curriculum a cohort (its courses
/// share students), rooms are venues, days × periods the calendar, course unavailability the
/// group's. The competition's soft costs are objective terms the planner has for cadres too:
/// RoomCapacity → over capacity (1 a seat), MinWorkingDays → spread (5 a day),
/// CurriculumCompactness → isolated periods (2 each), RoomStability → venue changes (1 each).
public enum ITC2007Job {
    /// A Monday, so the days read as a week in the timetable files.
    static let firstDay = Day(year: 2007, month: 1, day: 1)!

    public static func scenario(_ i: ITCInstance) -> TrainingScenario {
        let periods = (0..<i.periodsPerDay).map { q in
            Period(id: .init("p\(q)"), start: ClockTime(minutes: 8 * 60 + 60 * q)!, end: ClockTime(minutes: 8 * 60 + 60 * q + 60)!)
        }
        let calendar = TeachingCalendar(
            start: firstDay, end: firstDay.adding(days: max(0, i.days - 1)),
            weekdays: Weekday.allCases, periods: periods)
        var teaches: [String: [Course.ID]] = [:]
        var teacherOrder: [String] = []
        for c in i.courses {
            if teaches[c.teacher] == nil { teacherOrder.append(c.teacher) }
            teaches[c.teacher, default: []].append(.init(c.id))
        }
        var unavailable: [String: [Unavailability]] = [:]
        for u in i.unavailable {
            unavailable[u.course, default: []].append(.date(firstDay.adding(days: u.day), periods: [periods[u.period].id]))
        }
        var s = TrainingScenario(
            name: i.name, calendar: calendar,
            venues: i.rooms.map { Venue(id: .init($0.id), name: $0.id, kind: .partySchool, site: nil, capacity: $0.capacity) },
            teachers: teacherOrder.map { Teacher(id: .init($0), name: $0, teaches: teaches[$0]!) },
            courses: i.courses.map { Course(id: .init($0.id), title: $0.id, form: .lecture, periods: 1, sessions: $0.lectures) },
            groups: i.courses.map {
                Group(
                    id: .init($0.id), name: $0.id, category: .other, size: $0.students, required: [.init($0.id)],
                    unavailable: unavailable[$0.id] ?? [])
            },
            objective: Objective(
                needs: 0, travel: 0, compactness: 0, teacherBalance: 0, stability: 0,
                overCapacity: 1, spread: 5, isolated: 2, venueChanges: 1))
        for (k, c) in i.courses.enumerated() { s.courses[k].minDays = c.minWorkingDays }
        s.cohorts = i.curricula.map { Cohort(id: .init($0.id), name: $0.id, groups: $0.courses.map { .init($0) }) }
        return s
    }

    /// One line per lecture held; lectures left out are simply missing (the scorer counts them).
    public static func solution(_ t: Timetable, scenario s: TrainingScenario) -> ITCSolution {
        let days = s.calendar.teachingDays
        let index = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
        return ITCSolution(
            assignments: t.sessions.sorted { ($0.course, $0.day, $0.firstPeriod) < ($1.course, $1.day, $1.firstPeriod) }.map {
                ITCAssignment(course: $0.course.rawValue, room: $0.venue.rawValue, day: index[$0.day] ?? -1, period: $0.firstPeriod)
            })
    }

    public struct Result: Sendable {
        public var solution: ITCSolution
        public var score: ITCScore
        public var outcome: SolveOutcome
        /// The best lower bound proven on the instance's cost (the first stage, `StageOneBound`),
        /// rounded up since every cost is whole; nil when none came in time.
        public var bound: Int?
        /// The literature's best known cost and lower bound, for the bundled instances.
        public var published: ITCPublished?
    }

    public static func solve(
        _ i: ITCInstance, options: SolveOptions = SolveOptions(),
        progress: (@Sendable (SolveProgress) -> Void)? = nil
    ) throws -> Result {
        let s = scenario(i)
        var options = options
        // Passes go on while they improve: the competition's costs reward long searches.
        options.passes = max(options.passes, 50)
        options.nodeBudget = options.nodeBudget ?? Int.max
        options.neighbourhoodSizes = [1, 2, 3]
        // Most of the time on one slow anneal of the whole programme: GLPK's rounds then polish.
        options.annealShare = options.annealShare ?? 0.8
        options.effort = Int.max / 2
        options.relaxation = options.relaxation ?? (StageOneBound(i, unmetCost: unmetPenaltyPerPeriod).program, "ITC-2007 first stage")
        let outcome = try SolveJob.run(s, options: options, progress: progress)
        let sol = solution(outcome.timetable, scenario: s)
        // The summary's bound is never above the timetable's cost; whole costs round it up.
        let bound = outcome.summary.bound.map { Int(($0 - 1e-6).rounded(.up)) }
        return Result(solution: sol, score: ITCScorer.score(sol, for: i), outcome: outcome, bound: bound, published: ITCPublished.byInstanceName[i.name])
    }
}
