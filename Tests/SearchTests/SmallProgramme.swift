import Domain
import Planner

@testable import Search

/// A two-day programme for one or two classes, small enough to place every session by hand:
/// a joint first course, two lectures, a five-haves unit at a farm an hour away.
struct SmallProgramme {
    let plan: Plan
    var state: TimetableState

    /// `after`: order rules (follower, predecessor) added to the courses.
    /// `published`: a timetable to keep close to (`--keep`), priced by the state's stability.
    init(teacherDailyLimit: Int? = nil, days: Int = 2, after: [(Course.ID, Course.ID)] = [], published: Timetable? = nil) {
        let mon = Day(iso: "2025-03-10")!
        let periods = [("am1", "10:00", "11:30"), ("am2", "12:00", "13:30"), ("pm1", "16:00", "17:30"), ("pm2", "18:00", "19:30")]
            .map { Period(id: .init($0.0), start: ClockTime($0.1)!, end: ClockTime($0.2)!) }
        let school = VenueRule(kinds: [.partySchool])
        let farm = VenueRule(venues: ["field"])
        var scenario = TrainingScenario(
            name: "small", calendar: TeachingCalendar(start: mon, end: mon.adding(days: days - 1), periods: periods),
            sites: [Site(id: "school", name: "党校"), Site(id: "farm", name: "农场")],
            travel: [Travel(from: "school", to: "farm", minutes: 60)],
            venues: [
                Venue(id: "hall", name: "礼堂", kind: .partySchool, site: "school", capacity: 100),
                Venue(id: "field", name: "田间课堂", kind: .fieldClassroom, site: "farm", capacity: 60)
            ],
            teachers: [
                Teacher(id: "wang", name: "王老师", teaches: ["xi", "law", "policy"], maxPeriodsPerDay: teacherDailyLimit),
                Teacher(id: "li", name: "李老师", teaches: ["law", "policy", "farm"])
            ],
            courses: [
                Course(id: "xi", title: "习近平新时代中国特色社会主义思想", form: .lecture, periods: 1, venueRule: school, first: true, joint: true),
                Course(id: "law", title: "依法行政", form: .lecture, periods: 1, venueRule: school),
                Course(id: "policy", title: "乡村振兴政策", form: .lecture, periods: 1, venueRule: school),
                Course(
                    id: "farm", title: "核桃产业现场教学", form: .onsite, periods: 3,
                    fiveHaves: FiveHaves(
                        segments: [
                            Segment(kind: .theory, periods: 1, venueRule: school), Segment(kind: .explanation, periods: 1, venueRule: farm),
                            Segment(kind: .observation, periods: 1, venueRule: farm), Segment(kind: .exchange, periods: 1, venueRule: farm),
                            Segment(kind: .summary, periods: 1, venueRule: farm)
                        ], withinDays: 2))
            ],
            groups: [
                Group(id: "g1", name: "一班", category: .leadership, size: 40, site: "school", required: ["xi", "law", "policy", "farm"]),
                Group(id: "g2", name: "二班", category: .youngCadre, size: 30, site: "school", required: ["xi", "law"])
            ])
        for (follower, predecessor) in after { scenario.courses[scenario.courses.firstIndex { $0.id == follower }!].after.append(predecessor) }
        plan = Plan(scenario, published: published)
        state = TimetableState(index: StateIndex(plan: plan), active: plan.model.requirements.map { _ in true })
    }

    /// The requirement of a group for a course (and segment).
    func requirement(_ group: String, _ course: String, _ segment: SegmentKind? = nil) -> Int {
        plan.model.requirements.first { $0.group.rawValue == group && $0.course.rawValue == course && $0.segment == segment }!.index
    }

    /// The assignment of a requirement on day `day`, first period `start`, with a teacher and venue pool of its own if given.
    func assignment(_ r: Int, day: Int, start: Int, teacher: String? = nil, venue: String? = nil) -> Int {
        let m = plan.model
        return m.assignmentsOf[r].first { a in
            let p = m.placement(m.assignments[a].placement)
            return p.day == day && p.start == start && (teacher == nil || p.teacher?.rawValue == teacher)
                && (venue == nil || m.set.pools[p.pool].venues.contains { $0.rawValue == venue })
        }!
    }

    mutating func place(_ r: Int, day: Int, start: Int, teacher: String? = nil, venue: String? = nil) {
        if state.isPlaced(r) { state.unplace(r) }
        state.place(r, at: assignment(r, day: day, start: start, teacher: teacher, venue: venue))
    }

    /// Everything valid: xi first on Monday am1, g1's lectures Monday am2/pm…, the unit Monday pm to Tuesday.
    mutating func placeValid() {
        place(requirement("g1", "xi"), day: 0, start: 0)
        place(requirement("g2", "xi"), day: 0, start: 0)
        place(requirement("g1", "law"), day: 1, start: 2, teacher: "wang")
        place(requirement("g1", "policy"), day: 1, start: 3, teacher: "wang")
        place(requirement("g2", "law"), day: 0, start: 2, teacher: "wang")
        place(requirement("g1", "farm", .theory), day: 0, start: 1, teacher: "li")
        place(requirement("g1", "farm", .explanation), day: 0, start: 2, teacher: "li")
        place(requirement("g1", "farm", .observation), day: 0, start: 3, teacher: "li")
        place(requirement("g1", "farm", .exchange), day: 1, start: 0, teacher: "li")
        place(requirement("g1", "farm", .summary), day: 1, start: 1, teacher: "li")
    }

    /// The state's timetable.
    func timetable() -> Timetable { plan.timetable(from: plan.integerValues(chosen: state.chosen, electives: [])) }

    /// The families' own violations of the state's timetable, by family name.
    func familyViolations() -> [String: Int] {
        let t = timetable()
        var out: [String: Int] = [:]
        for v in TimetableFacts(context: plan.context, timetable: t).allViolations() { out[v.family.rawValue, default: 0] += 1 }
        return out
    }
}
