import Domain

/// The scenario with everything the model and the checks look up often: teaching days, period
/// times, entities by id, travel minutes. Built once per solve.
public struct PlanningContext: Sendable {
    public let scenario: TrainingScenario
    /// Teaching days in order; a day's position here is its "day index".
    public let days: [Day]
    public let dayIndex: [Day: Int]
    public let periods: [Period]
    public let groups: [Group.ID: Group]
    public let teachers: [Teacher.ID: Teacher]
    public let venues: [Venue.ID: Venue]
    public let courses: [Course.ID: Course]
    private let travelTable: [Site.ID: [Site.ID: Int]]
    /// Indices into `scenario.cohorts` of the cohorts each group belongs to.
    public let cohortsOf: [Group.ID: [Int]]
    /// Every session requirement, in the order `sessionRequirements()` documents.
    let requirements: [SessionRequirement]

    public init(_ scenario: TrainingScenario) {
        self.scenario = scenario
        days = scenario.calendar.teachingDays
        dayIndex = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
        periods = scenario.calendar.periods
        groups = Dictionary(scenario.groups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        teachers = Dictionary(scenario.teachers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        venues = Dictionary(scenario.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        courses = Dictionary(scenario.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var t: [Site.ID: [Site.ID: Int]] = [:]
        // Symmetric unless both directions are given: the explicit direction wins.
        for leg in scenario.travel { t[leg.to, default: [:]][leg.from] = leg.minutes }
        for leg in scenario.travel { t[leg.from, default: [:]][leg.to] = leg.minutes }
        travelTable = t
        var c: [Group.ID: [Int]] = [:]
        for (i, cohort) in scenario.cohorts.enumerated() { for g in Set(cohort.groups) { c[g, default: []].append(i) } }
        cohortsOf = c
        requirements = PlanningContext.buildRequirements(scenario, courses: courses)
    }

    /// Whether capacity is a soft goal for single-group sessions (`objective.over_capacity` set).
    public var capacityIsSoft: Bool { scenario.objective.overCapacity != nil }

    /// Seats short when a group meets alone in a venue, 0 when it fits or the venue has no limit.
    public func seatsShort(group: Group.ID, venueCapacity: Int?) -> Int {
        guard let cap = venueCapacity, let size = groups[group]?.size else { return 0 }
        return max(0, size - cap)
    }

    public var periodsPerDay: Int { periods.count }

    /// Travel minutes between two places; sessions without a site (online) need no travel,
    /// and a pair the scenario does not list counts as 0 (validation warns about it).
    public func travelMinutes(_ a: Site.ID?, _ b: Site.ID?) -> Int {
        guard let a, let b, a != b else { return 0 }
        return travelTable[a]?[b] ?? 0
    }

    /// Minutes between the end of period `first` and the start of period `second` on one day.
    public func minutesBetween(endOf first: Int, startOf second: Int) -> Int {
        periods[second].start.minutes - periods[first].end.minutes
    }

    public func site(of venue: Venue.ID) -> Site.ID? { venues[venue]?.site }

    /// Whether every period of a block is free of the given unavailability.
    public func isFree(_ unavailable: [Unavailability], day: Int, periods range: Range<Int>) -> Bool {
        if unavailable.isEmpty { return true }
        let d = days[day]
        return range.allSatisfy { !unavailable.covers(d, periods[$0].id) }
    }
}
