/// Everything a planner states about one training programme: who is trained (groups), by whom
/// (teachers), where (venues at sites), when (the calendar) and what (courses), plus the weights
/// of the soft goals. Plain values; loading, variants and validation live in the Scenario target.
public struct TrainingScenario: Sendable, Equatable {
    public var format: String
    public var name: String
    public var calendar: TeachingCalendar
    public var sites: [Site]
    public var travel: [Travel]
    public var venues: [Venue]
    public var teachers: [Teacher]
    public var courses: [Course]
    public var groups: [Group]
    public var objective: Objective
    /// Sessions fixed by the planner: hard, any subset of date, period, venue and teacher.
    public var pins: [Pin] = []
    /// Groups that share trainees, so none of them may meet while another does.
    public var cohorts: [Cohort] = []
    /// Trainees by name (optional roster); see `Cadre`.
    public var cadres: [Cadre] = []
    /// Tutors for mentoring after the programme (导师帮带); see `Mentor`.
    public var mentors: [Mentor] = []
    /// `assessment:` (结业考核): the pass mark; nil when the file says nothing (then 60).
    public var assessment: AssessmentSettings? = nil
    /// Follow-up visiting teams (跟踪回访) and the visit length; see `Team`.
    public var teams: [Team] = []
    public var visits: VisitSettings? = nil
    /// `language:` of the file (`zh` or `en`), the language its outputs are read in unless
    /// `--lang` says otherwise; nil leaves it to the locale. Kept as the file spells it, checked
    /// by the loader, so Domain needs no message catalogue.
    public var language: String?

    public init(
        format: String = "paike/1", name: String, calendar: TeachingCalendar, sites: [Site] = [],
        travel: [Travel] = [], venues: [Venue] = [], teachers: [Teacher] = [], courses: [Course] = [],
        groups: [Group] = [], objective: Objective = Objective()
    ) {
        self.format = format; self.name = name; self.calendar = calendar; self.sites = sites; self.travel = travel
        self.venues = venues; self.teachers = teachers; self.courses = courses; self.groups = groups
        self.objective = objective
    }

    public func site(_ id: Site.ID) -> Site? { sites.first { $0.id == id } }
    public func venue(_ id: Venue.ID) -> Venue? { venues.first { $0.id == id } }
    public func teacher(_ id: Teacher.ID) -> Teacher? { teachers.first { $0.id == id } }
    public func course(_ id: Course.ID) -> Course? { courses.first { $0.id == id } }
    public func group(_ id: Group.ID) -> Group? { groups.first { $0.id == id } }

    /// Travel minutes between two sites: 0 for the same site, the stated figure (symmetric
    /// unless both directions are given), nil when the scenario says nothing.
    public func travelMinutes(from a: Site.ID, to b: Site.ID) -> Int? {
        if a == b { return 0 }
        if let t = travel.first(where: { $0.from == a && $0.to == b }) { return t.minutes }
        if let t = travel.first(where: { $0.from == b && $0.to == a }) { return t.minutes }
        return nil
    }
}

public struct TeachingCalendar: Sendable, Equatable {
    public var start: Day
    public var end: Day
    public var weekdays: [Weekday]
    public var holidays: [Day]
    public var periods: [Period]

    public init(start: Day, end: Day, weekdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri], holidays: [Day] = [], periods: [Period]) {
        self.start = start; self.end = end; self.weekdays = weekdays; self.holidays = holidays; self.periods = periods
    }

    /// The teaching days in order: dates from start to end on an allowed weekday that are no holiday.
    public var teachingDays: [Day] {
        guard start <= end else { return [] }
        let hol = Set(holidays)
        return (start.ordinal...end.ordinal).map(Day.init(ordinal:)).filter { weekdays.contains($0.weekday) && !hol.contains($0) }
    }

    public func periodIndex(_ id: Period.ID) -> Int? { periods.firstIndex { $0.id == id } }
}

/// One teaching period of a day (the same on every day), e.g. `am1` 10:00–11:30.
public struct Period: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Period>
    public var id: ID
    public var name: String?
    public var start: ClockTime
    public var end: ClockTime
    public init(id: ID, name: String? = nil, start: ClockTime, end: ClockTime) { self.id = id; self.name = name; self.start = start; self.end = end }
}

/// A time a group, teacher or venue cannot be used: a whole date, some periods of a date, or a date range.
public enum Unavailability: Sendable, Hashable {
    case date(Day, periods: [Period.ID]?)
    case range(from: Day, to: Day)

    /// Whether this covers period `period` of `day`.
    public func covers(_ day: Day, _ period: Period.ID) -> Bool {
        switch self {
        case let .date(d, periods): d == day && (periods?.contains(period) ?? true)
        case let .range(from, to): from <= day && day <= to
        }
    }
}

extension Array where Element == Unavailability {
    public func covers(_ day: Day, _ period: Period.ID) -> Bool { contains { $0.covers(day, period) } }
    /// Whether any entry touches `day` at all: for those whose work takes the whole day (a
    /// mentor's meeting, a team's tour), a part-day absence rules the day out.
    public func touches(_ day: Day) -> Bool {
        contains {
            switch $0 {
            case let .date(d, _): d == day
            case let .range(from, to): from <= day && day <= to
            }
        }
    }
}

public struct Site: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Site>
    public var id: ID
    public var name: String
    public init(id: ID, name: String) { self.id = id; self.name = name }
}

public struct Travel: Sendable, Equatable {
    public var from: Site.ID
    public var to: Site.ID
    public var minutes: Int
    public init(from: Site.ID, to: Site.ID, minutes: Int) { self.from = from; self.to = to; self.minutes = minutes }
}

public enum VenueKind: String, CaseIterable, Sendable, Codable {
    case partySchool = "party_school", enterprisePark = "enterprise_park", fieldClassroom = "field_classroom"
    case projectClassroom = "project_classroom", online, village, community, enterprise, other
    /// A unit cadres shadow for days (跟班单位), taking `host_capacity` of them at once.
    case hostUnit = "host_unit"

    /// Kinds a shadowing placement may name as a host (跟班单位, 村, 社区, 企业).
    public static let hostKinds: Set<VenueKind> = [.hostUnit, .village, .community, .enterprise]
}

public struct Venue: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Venue>
    public var id: ID
    public var name: String
    public var kind: VenueKind
    /// nil only for online venues.
    public var site: Site.ID?
    /// nil means no limit (online venues).
    public var capacity: Int?
    public var unavailable: [Unavailability]
    /// Cadres a host unit takes at once for a shadowing placement; nil: not a host.
    public var hostCapacity: Int? = nil
    /// What cadres learn shadowing here, 0–5 per need topic (as a course's `topics`).
    public var topics: [TopicScore] = []
    public init(id: ID, name: String, kind: VenueKind, site: Site.ID?, capacity: Int?, unavailable: [Unavailability] = []) {
        self.id = id; self.name = name; self.kind = kind; self.site = site; self.capacity = capacity; self.unavailable = unavailable
    }
    public var isOnline: Bool { kind == .online }
}

public struct Teacher: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Teacher>
    public var id: ID
    public var name: String
    public var teaches: [Course.ID]
    public var site: Site.ID?
    public var maxPeriodsPerDay: Int?
    public var maxPeriods: Int?
    public var unavailable: [Unavailability]
    public init(
        id: ID, name: String, teaches: [Course.ID], site: Site.ID? = nil, maxPeriodsPerDay: Int? = nil,
        maxPeriods: Int? = nil, unavailable: [Unavailability] = []
    ) {
        self.id = id; self.name = name; self.teaches = teaches; self.site = site
        self.maxPeriodsPerDay = maxPeriodsPerDay; self.maxPeriods = maxPeriods; self.unavailable = unavailable
    }
}

public enum CourseForm: String, CaseIterable, Sendable, Codable {
    case lecture, `case`, experiential, interactive, onsite, online, research, seminar
    /// Shadowing placement (跟班学习): the class goes out for `days` whole teaching days to host units.
    case placement
}

/// A shadowing placement's shape: how many consecutive teaching days, and the host units cadres
/// may be placed with (no other host is ever chosen for it).
public struct PlacementRule: Sendable, Equatable {
    public var days: Int
    public var hosts: [Venue.ID]
    public init(days: Int, hosts: [Venue.ID]) { self.days = days; self.hosts = hosts }
}

/// Where a course (or a five-haves segment) may be held: venues of these kinds, or these venues.
/// Both empty means any venue that is not online and not a host unit.
public struct VenueRule: Sendable, Hashable {
    public var kinds: [VenueKind]
    public var venues: [Venue.ID]
    public init(kinds: [VenueKind] = [], venues: [Venue.ID] = []) { self.kinds = kinds; self.venues = venues }
    public func allows(_ v: Venue) -> Bool {
        // A host unit takes cadres shadowing it, not classes: only a rule that names it uses it.
        if kinds.isEmpty && venues.isEmpty { return !v.isOnline && v.kind != .hostUnit }
        return venues.contains(v.id) || kinds.contains(v.kind)
    }
}

/// The venues a rule allows, found through kinds and ids instead of testing every venue: a
/// province asks this for thousands of courses over thousands of venues.
public struct VenueIndex: Sendable {
    let all: [Venue]
    let byKind: [VenueKind: [Int]]
    let byID: [Venue.ID: Int]
    /// What a rule naming neither kinds nor venues allows.
    let unnamed: [Int]

    public init(_ venues: [Venue]) {
        all = venues
        byKind = Dictionary(grouping: venues.indices, by: { venues[$0].kind })
        byID = Dictionary(venues.indices.map { (venues[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        unnamed = venues.indices.filter { VenueRule().allows(venues[$0]) }
    }

    /// The venues `rule` allows, in the scenario's order (the same as filtering with `allows`).
    public func allowed(by rule: VenueRule) -> [Venue] {
        if rule.kinds.isEmpty && rule.venues.isEmpty { return unnamed.map { all[$0] } }
        var at = Set(rule.venues.compactMap { byID[$0] })
        for k in rule.kinds { at.formUnion(byKind[k] ?? []) }
        return at.sorted().map { all[$0] }
    }
}

/// The five parts of an on-site teaching unit, in the order they must run (S7).
public enum SegmentKind: String, CaseIterable, Sendable, Codable, Comparable {
    case theory, explanation, observation, exchange, summary
    public var chinese: String {
        switch self {
        case .theory: "理论导入";
        case .explanation: "现场讲解";
        case .observation: "观摩体验"
        case .exchange: "活动交流";
        case .summary: "总结提炼"
        }
    }
    public var order: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.order < b.order }
}

public struct Segment: Sendable, Equatable {
    public var kind: SegmentKind
    public var periods: Int
    public var venueRule: VenueRule
    public init(kind: SegmentKind, periods: Int, venueRule: VenueRule) { self.kind = kind; self.periods = periods; self.venueRule = venueRule }
}

public struct FiveHaves: Sendable, Equatable {
    /// In the S7 order: theory, explanation, observation, exchange, summary.
    public var segments: [Segment]
    /// All five segments within this many consecutive teaching days.
    public var withinDays: Int
    public init(segments: [Segment], withinDays: Int) { self.segments = segments; self.withinDays = withinDays }
}

/// How much a course covers a need topic, 0–5.
public struct TopicScore: Sendable, Equatable {
    public var topic: String
    public var score: Int
    public init(topic: String, score: Int) { self.topic = topic; self.score = score }
}

public struct Course: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Course>
    public var id: ID
    public var title: String
    public var form: CourseForm
    /// Consecutive periods of one session in one day (for five-haves courses, the segments' own counts apply).
    public var periods: Int
    public var venueRule: VenueRule
    public var topics: [TopicScore]
    public var first: Bool
    public var joint: Bool
    public var sessions: Int
    public var fiveHaves: FiveHaves?
    /// Spread the sessions over at least this many days (soft: `objective.spread` per day short).
    public var minDays: Int? = nil
    /// Courses that must be over first (`after:`): for a group taking both, every session of
    /// this course starts after every session of each of these has ended (research, then the seminar).
    public var after: [Course.ID] = []
    /// For `form: placement`: the days out and the hosts (nil for every other form).
    public var placement: PlacementRule? = nil
    public init(
        id: ID, title: String, form: CourseForm, periods: Int, venueRule: VenueRule = VenueRule(),
        topics: [TopicScore] = [], first: Bool = false, joint: Bool = false, sessions: Int = 1, fiveHaves: FiveHaves? = nil
    ) {
        self.id = id; self.title = title; self.form = form; self.periods = periods; self.venueRule = venueRule
        self.topics = topics; self.first = first; self.joint = joint; self.sessions = sessions; self.fiveHaves = fiveHaves
    }
    /// Periods one group spends on one occurrence of this course.
    public var periodsPerOccurrence: Int { fiveHaves.map { $0.segments.reduce(0) { $0 + $1.periods } } ?? periods }
    /// Periods one group spends on this course in all.
    public var totalPeriods: Int { periodsPerOccurrence * sessions }
}

public enum GroupCategory: String, CaseIterable, Sendable, Codable {
    case leadership, villageSecretary = "village_secretary", youngCadre = "young_cadre", other
    public var chinese: String {
        switch self {
        case .leadership: "乡镇党政班子成员";
        case .villageSecretary: "村（社区）党组织书记"
        case .youngCadre: "优秀年轻干部";
        case .other: "其他"
        }
    }
}

/// Electives a group picks from, filling exactly `periods` periods.
public struct Menu: Sendable, Equatable {
    public var from: [Course.ID]
    public var periods: Int
    public init(from: [Course.ID], periods: Int) { self.from = from; self.periods = periods }
}

public struct Group: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Group>
    public var id: ID
    public var name: String
    public var category: GroupCategory
    public var size: Int
    public var site: Site.ID?
    public var required: [Course.ID]
    public var menu: Menu?
    /// Gap scores 0–5 per topic (S2, S4).
    public var needs: [TopicScore]
    public var unavailable: [Unavailability]
    /// Mentoring after the programme (导师帮带); nil: none.
    public var mentoring: Mentoring? = nil
    public init(
        id: ID, name: String, category: GroupCategory, size: Int, site: Site.ID? = nil, required: [Course.ID] = [],
        menu: Menu? = nil, needs: [TopicScore] = [], unavailable: [Unavailability] = []
    ) {
        self.id = id; self.name = name; self.category = category; self.size = size; self.site = site
        self.required = required; self.menu = menu; self.needs = needs; self.unavailable = unavailable
    }
}

/// Groups whose trainees overlap (a cadre in two programmes, or a curriculum of courses taken
/// together): at most one of them meets at any period. Its sessions are also what
/// `objective.isolated` counts lone periods of.
public struct Cohort: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Cohort>
    public var id: ID
    public var name: String
    public var groups: [Group.ID]
    public init(id: ID, name: String, groups: [Group.ID]) { self.id = id; self.name = name; self.groups = groups }
}

/// A planner's fix for a group's session (S1 aside, e.g. "the Kekeya visit is on Wednesday"):
/// every field given must hold; the fields left out are the solver's to choose.
public struct Pin: Sendable, Equatable {
    public var group: Group.ID
    public var course: Course.ID
    /// 1-based occurrence of the course; nil pins every occurrence.
    public var occurrence: Int?
    /// For a five-haves unit: one segment; nil pins every segment of the unit.
    public var segment: SegmentKind?
    public var date: Day?
    /// The session's first period.
    public var period: Period.ID?
    public var venue: Venue.ID?
    public var teacher: Teacher.ID?
    public init(
        group: Group.ID, course: Course.ID, occurrence: Int? = nil, segment: SegmentKind? = nil, date: Day? = nil,
        period: Period.ID? = nil, venue: Venue.ID? = nil, teacher: Teacher.ID? = nil
    ) {
        self.group = group; self.course = course; self.occurrence = occurrence; self.segment = segment
        self.date = date; self.period = period; self.venue = venue; self.teacher = teacher
    }

    /// Whether this pin concerns a group's occurrence (and segment) of a course.
    public func applies(to group: Group.ID, _ course: Course.ID, occurrence: Int, segment: SegmentKind?) -> Bool {
        self.group == group && self.course == course && (self.occurrence == nil || self.occurrence == occurrence)
            && (self.segment == nil || self.segment == segment)
    }

    public var words: String {
        var parts: [String] = []
        if let date { parts.append("date \(date.iso)") }
        if let period { parts.append("period \(period)") }
        if let venue { parts.append("venue '\(venue)'") }
        if let teacher { parts.append("teacher '\(teacher)'") }
        return "pin of '\(course)'" + (segment.map { " (\($0.rawValue))" } ?? "") + " for '\(group)' to "
            + (parts.isEmpty ? "nothing" : parts.joined(separator: ", "))
    }
}

/// Non-negative weights of the soft goals. Hard rules are never traded against these.
public struct Objective: Sendable, Equatable {
    public var needs: Double
    public var travel: Double
    public var compactness: Double
    public var teacherBalance: Double
    /// Per session moved against a published timetable (`paike solve --keep`).
    public var stability: Double
    /// nil: a venue's capacity is a hard rule. A weight: each seat short, per session, costs this
    /// (a hall with extra chairs), and sessions may be put in venues too small for them.
    public var overCapacity: Double?
    /// Per day a course's sessions fall short of the course's `min_days`.
    public var spread: Double
    /// Per lone period of a cohort: a period in use with both neighbours on that day free.
    public var isolated: Double
    /// Per venue beyond the first that a group's course uses. Above 0, identical venues are no
    /// longer pooled: the solver must see each room to keep a course in one.
    public var venueChanges: Double
    public init(
        needs: Double = 10, travel: Double = 1, compactness: Double = 5, teacherBalance: Double = 1, stability: Double = 1000,
        overCapacity: Double? = nil, spread: Double = 5, isolated: Double = 2, venueChanges: Double = 0
    ) {
        self.needs = needs; self.travel = travel; self.compactness = compactness; self.teacherBalance = teacherBalance
        self.stability = stability; self.overCapacity = overCapacity; self.spread = spread; self.isolated = isolated
        self.venueChanges = venueChanges
    }
}
