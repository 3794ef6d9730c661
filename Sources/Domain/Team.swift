/// A follow-up visiting team (跟踪回访小组): after the programme it drives out from its base on
/// day tours and visits the trainees' towns, back at the base the same evening.
public struct Team: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<Team>
    public var id: ID
    public var name: String
    /// Where each day tour starts and ends (e.g. the county Party school).
    public var site: Site.ID
    /// Days the team cannot go out (a part-day absence rules the day out: a tour takes the day).
    public var unavailable: [Unavailability]
    /// Towns visited in one day at most.
    public var maxVisitsPerDay: Int
    /// Travel plus time in the towns, per day.
    public var maxMinutesPerDay: Int
    public init(id: ID, name: String, site: Site.ID, unavailable: [Unavailability] = [], maxVisitsPerDay: Int, maxMinutesPerDay: Int) {
        self.id = id; self.name = name; self.site = site; self.unavailable = unavailable
        self.maxVisitsPerDay = maxVisitsPerDay; self.maxMinutesPerDay = maxMinutesPerDay
    }

    public func isAway(on day: Day) -> Bool {
        unavailable.touches(day)
    }
}

/// `visits:` of a scenario: how long a team stays in each town.
public struct VisitSettings: Sendable, Equatable {
    /// The length the example gives when the file says nothing.
    public static let defaultMinutes = 90
    public var minutes: Int
    public init(minutes: Int = VisitSettings.defaultMinutes) { self.minutes = minutes }
}

/// A town to visit: a place where trainees live, with how many of them.
public struct VisitTown: Sendable, Equatable {
    public var site: Site.ID
    /// Cadres living there (a group without a roster counts its size at its site).
    public var cadres: Int
    public init(site: Site.ID, cadres: Int) { self.site = site; self.cadres = cadres }
}

extension TrainingScenario {
    public func team(_ id: Team.ID) -> Team? { teams.first { $0.id == id } }

    /// The towns follow-up visits cover, in first-seen order: each cadre's town for a group with a
    /// roster, the group's site for a group without one (the group's whole size lives there).
    public var visitTowns: [VisitTown] {
        var order: [Site.ID] = []
        var count: [Site.ID: Int] = [:]
        func add(_ site: Site.ID, _ n: Int) {
            if count[site] == nil { order.append(site) }
            count[site, default: 0] += n
        }
        for g in groups {
            let roster = cadres(of: g.id)
            if roster.isEmpty {
                if let site = g.site { add(site, g.size) }
            } else {
                for c in roster { if let town = town(of: c) { add(town, 1) } }
            }
        }
        return order.map { VisitTown(site: $0, cadres: count[$0] ?? 0) }
    }
}

/// One team's day: the towns in the order driven, and the day's minutes.
public struct VisitTour: Sendable, Equatable {
    public var team: Team.ID
    public var day: Day
    public var towns: [Site.ID]
    /// Base → towns in order → base, by the shortest roads the `travel` list gives.
    public var travelMinutes: Int
    /// Minutes driving to each town from the previous stop (the base for the first).
    public var legs: [Int]
    /// Travel plus the visits.
    public var totalMinutes: Int
    public init(team: Team.ID, day: Day, towns: [Site.ID], travelMinutes: Int, legs: [Int], totalMinutes: Int) {
        self.team = team; self.day = day; self.towns = towns; self.travelMinutes = travelMinutes; self.legs = legs; self.totalMinutes = totalMinutes
    }
}

/// Why a town gets no visit.
public enum VisitShortfall: Sendable, Equatable {
    /// No road in `travel` connects it to any team's base.
    case unreachable
    /// Reachable, but the shortest round trip plus the visit exceeds every team's day: the best
    /// team, its round trip and its limit.
    case tooFar(team: Team.ID, roundTrip: Int, visit: Int, limit: Int)
    /// The teams that could reach it are away on every working day of the window.
    case noTeamDay
    /// It could be visited, but the teams' days in the window are all taken by other towns.
    case notEnoughDays(teamDays: Int)
}

public struct VisitProblem: Sendable, Equatable {
    public var town: Site.ID
    public var shortfall: VisitShortfall
    public init(town: Site.ID, shortfall: VisitShortfall) { self.town = town; self.shortfall = shortfall }
}

/// The outcome of `paike visits`: tours by date and team, and the towns left out, with why.
public struct VisitPlan: Sendable, Equatable {
    public var from: Day
    public var weeks: Int
    public var visitMinutes: Int
    public var towns: [VisitTown]
    public var tours: [VisitTour]
    public var problems: [VisitProblem]
    /// Tours enumerated (the integer program's columns) and the team-days in the window.
    public var toursEnumerated: Int
    public var teamDays: Int
    public var seconds: Double? = nil
    /// False when GLPK stopped at its time limit with a plan not proven the best (more towns or less travel may exist).
    public var proven = true
    public init(
        from: Day, weeks: Int, visitMinutes: Int, towns: [VisitTown], tours: [VisitTour] = [], problems: [VisitProblem] = [],
        toursEnumerated: Int = 0, teamDays: Int = 0
    ) {
        self.from = from; self.weeks = weeks; self.visitMinutes = visitMinutes; self.towns = towns; self.tours = tours
        self.problems = problems; self.toursEnumerated = toursEnumerated; self.teamDays = teamDays
    }
    public var isMet: Bool { problems.isEmpty }
    public var travelMinutes: Int { tours.reduce(0) { $0 + $1.travelMinutes } }
}
