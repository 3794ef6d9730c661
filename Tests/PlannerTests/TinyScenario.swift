import Domain

@testable import Planner

/// A three-day programme small enough to reason about by hand: two groups, a joint first course in
/// the hall, a policy lecture, a five-haves unit at a farm an hour away.
enum Tiny {
    static let mon = Day(iso: "2025-03-10")!
    static let tue = Day(iso: "2025-03-11")!
    static let wed = Day(iso: "2025-03-12")!

    static func scenario(groupSizes: (Int, Int) = (40, 30), hallCapacity: Int = 200) -> TrainingScenario {
        let periods = [("am1", "10:00", "11:30"), ("am2", "12:00", "13:30"), ("pm1", "16:00", "17:30"), ("pm2", "18:00", "19:30")]
            .map { Period(id: .init($0.0), start: ClockTime($0.1)!, end: ClockTime($0.2)!) }
        let ps = VenueRule(kinds: [.partySchool])
        let farm = VenueRule(venues: ["farm_field"])
        return TrainingScenario(
            name: "小测试",
            calendar: TeachingCalendar(start: mon, end: wed, periods: periods),
            sites: [Site(id: "school", name: "县委党校"), Site(id: "farm", name: "核桃园")],
            travel: [Travel(from: "school", to: "farm", minutes: 60)],
            venues: [
                Venue(id: "hall", name: "礼堂", kind: .partySchool, site: "school", capacity: hallCapacity),
                Venue(id: "room1", name: "一教室", kind: .partySchool, site: "school", capacity: 50),
                Venue(id: "farm_field", name: "核桃田间课堂", kind: .fieldClassroom, site: "farm", capacity: 60)
            ],
            teachers: [
                Teacher(id: "t1", name: "王老师", teaches: ["xi", "policy"]),
                Teacher(id: "t2", name: "艾力·买买提", teaches: ["policy", "farm_unit"])
            ],
            courses: [
                Course(
                    id: "xi", title: "习近平新时代中国特色社会主义思想", form: .lecture, periods: 2, venueRule: VenueRule(venues: ["hall"]),
                    topics: [TopicScore(topic: "party", score: 5)], first: true, joint: true),
                Course(
                    id: "policy", title: "乡村振兴政策", form: .lecture, periods: 2, venueRule: ps,
                    topics: [TopicScore(topic: "rural", score: 4)]),
                Course(
                    id: "farm_unit", title: "核桃产业现场教学", form: .onsite, periods: 5, topics: [TopicScore(topic: "rural", score: 3)],
                    fiveHaves: FiveHaves(
                        segments: [
                            Segment(kind: .theory, periods: 1, venueRule: ps), Segment(kind: .explanation, periods: 1, venueRule: farm),
                            Segment(kind: .observation, periods: 1, venueRule: farm), Segment(kind: .exchange, periods: 1, venueRule: farm),
                            Segment(kind: .summary, periods: 1, venueRule: farm)
                        ], withinDays: 2))
            ],
            groups: [
                Group(
                    id: "g1", name: "乡镇班子一班", category: .leadership, size: groupSizes.0, site: "school",
                    required: ["xi", "policy", "farm_unit"], needs: [TopicScore(topic: "rural", score: 4)]),
                Group(
                    id: "g2", name: "村书记一班", category: .villageSecretary, size: groupSizes.1, site: "school",
                    required: ["xi", "policy"], needs: [TopicScore(topic: "party", score: 2)])
            ])
    }

    static func session(
        _ id: String, _ course: Course.ID, _ groups: [Group.ID], _ teacher: Teacher.ID, _ venue: Venue.ID,
        _ day: Day, _ first: Int, _ count: Int, segment: SegmentKind? = nil
    ) -> ScheduledSession {
        ScheduledSession(
            id: id, course: course, segment: segment, groups: groups, teacher: teacher, venue: venue, day: day,
            firstPeriod: first, periodCount: count)
    }

    /// A timetable meeting every hard rule, worked out by hand.
    static func validTimetable() -> Timetable {
        Timetable(
            sessions: [
                session("xi", "xi", ["g1", "g2"], "t1", "hall", mon, 0, 2),
                session("pol1", "policy", ["g1"], "t1", "room1", mon, 2, 2),
                session("pol2", "policy", ["g2"], "t2", "hall", mon, 2, 2),
                session("th", "farm_unit", ["g1"], "t2", "room1", tue, 0, 1, segment: .theory),
                // 11:30 → 16:00 leaves time for the hour to the farm
                session("ex", "farm_unit", ["g1"], "t2", "farm_field", tue, 2, 1, segment: .explanation),
                session("ob", "farm_unit", ["g1"], "t2", "farm_field", tue, 3, 1, segment: .observation),
                session("xc", "farm_unit", ["g1"], "t2", "farm_field", wed, 0, 1, segment: .exchange),
                session("su", "farm_unit", ["g1"], "t2", "farm_field", wed, 1, 1, segment: .summary)
            ], unmet: [])
    }

    static func facts(_ t: Timetable, _ s: TrainingScenario = scenario()) -> TimetableFacts {
        TimetableFacts(context: PlanningContext(s), timetable: t)
    }
}

extension Tiny {
    static func scenarioWithTeacherLimit() -> TrainingScenario {
        var s = scenario()
        s.teachers[1].maxPeriodsPerDay = 2  // t2 teaches theory, explanation and observation on Tuesday
        return s
    }
    static func scenarioWithUnavailableGroup() -> TrainingScenario {
        var s = scenario()
        s.groups[1].unavailable = [.date(mon, periods: ["pm2"])]
        return s
    }
    static func scenarioWithMenu() -> TrainingScenario {
        var s = scenario()
        s.courses.append(Course(id: "law", title: "依法行政", form: .lecture, periods: 2, venueRule: VenueRule(kinds: [.partySchool])))
        s.teachers[0].teaches.append("law")
        s.groups[1].menu = Menu(from: ["law"], periods: 2)
        return s
    }
}
