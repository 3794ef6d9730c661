import Domain
import MIP

/// Follow-up visits (跟踪回访) as a set-partitioning integer program. Columns are day tours
/// (`DayTours`) of each team; one row per town, covered at most once; one row per team, at most
/// as many tours as the team has working days in the window. A tour is the same on any of its
/// team's days, so choosing tours per team and then giving them the team's free days in order is
/// the same program as one column per (tour, day), with far fewer columns. The objective covers
/// as many towns as possible first (a bonus per town larger than any travel difference), then
/// least total travel, then fewest days out: when every town can be covered it is exactly "each
/// town once, least travel".
/// Lives in Planner (Domain + MIP, no solver) like mentor matching; Engine solves it with GLPK.
public struct VisitPlanning {
    /// More tours than this and the program would be slow for GLPK and the planner is asked to narrow it.
    public static let maxTours = 200_000

    public let from: Day
    public let weeks: Int
    public let visitMinutes: Int
    public let towns: [VisitTown]
    /// Per team (file order): the working days of the window it is free on.
    public let teamDays: [[Day]]
    public let tours: [DayTours.Tour]
    public let program: IntegerProgram
    /// Towns no tour reaches, with why, found before the program.
    public let unreachable: [VisitProblem]
    let scenario: TrainingScenario
    let coverable: Set<Int>

    /// The window's days: `from` and the 7·weeks − 1 days after it.
    public static func window(from: Day, weeks: Int) -> [Day] {
        (0..<(7 * weeks)).map { from.adding(days: $0) }
    }

    /// Visits go out on the calendar's working weekdays (`weekdays`, default Monday–Friday), not on
    /// its `holidays`, and not on a day the team is away.
    public static func isOpen(_ day: Day, calendar: TeachingCalendar, team: Team) -> Bool {
        calendar.weekdays.contains(day.weekday) && !calendar.holidays.contains(day) && !team.isAway(on: day)
    }

    public init(_ s: TrainingScenario, from: Day, weeks: Int, maxTours: Int = VisitPlanning.maxTours) throws(DayTours.TooMany) {
        scenario = s
        self.from = from; self.weeks = weeks
        let visit = s.visits?.minutes ?? VisitSettings.defaultMinutes
        visitMinutes = visit
        towns = s.visitTowns
        let roads = RoadNetwork(s)
        let window = Self.window(from: from, weeks: weeks)
        teamDays = s.teams.map { t in window.filter { Self.isOpen($0, calendar: s.calendar, team: t) } }
        let sites = towns.map(\.site)

        var tours: [DayTours.Tour] = []
        var found = 0
        for (ti, team) in s.teams.enumerated() where !teamDays[ti].isEmpty {
            let candidates = sites.indices.filter { j in
                guard let a = roads.minutes(from: team.site, to: sites[j]), let b = roads.minutes(from: sites[j], to: team.site) else { return false }
                return a + b + visit <= team.maxMinutesPerDay
            }
            tours += try DayTours.enumerate(
                team: team, teamIndex: ti, towns: sites, candidates: candidates, visitMinutes: visit,
                roads: roads, found: &found, limit: maxTours)
        }
        self.tours = tours
        coverable = Set(tours.flatMap(\.towns))

        // Why the others are out of reach: no road, too far for every team's day, or no free day.
        var problems: [VisitProblem] = []
        for (j, site) in sites.enumerated() where !coverable.contains(j) {
            var nearest: (team: Int, roundTrip: Int)? = nil
            var fits = false
            for (ti, team) in s.teams.enumerated() {
                guard let a = roads.minutes(from: team.site, to: site), let b = roads.minutes(from: site, to: team.site) else { continue }
                if nearest.map({ a + b < $0.roundTrip }) ?? true { nearest = (ti, a + b) }
                if a + b + visit <= team.maxMinutesPerDay { fits = true }
            }
            let why: VisitShortfall
            if let nearest {
                let team = s.teams[nearest.team]
                why = fits ? .noTeamDay : .tooFar(team: team.id, roundTrip: nearest.roundTrip, visit: visit, limit: team.maxMinutesPerDay)
            } else {
                why = .unreachable
            }
            problems.append(VisitProblem(town: site, shortfall: why))
        }
        unreachable = problems

        let maxTravel = Double(tours.map(\.travel).max() ?? 0)
        let bonus = 1 + maxTravel * Double(max(1, coverable.count))
        // Among plans of equal travel, fewer days out: the tours' share sums to less than a minute.
        let perTour = 1 / Double(coverable.count + 1)
        var p = IntegerProgram(name: "visits", sense: .minimize)
        var byTown: [Int: [(column: Int, value: Double)]] = [:]
        var byTeam: [Int: [(column: Int, value: Double)]] = [:]
        for (i, t) in tours.enumerated() {
            let col = p.addColumn("x_\(i + 1)", kind: .binary, cost: Double(t.travel) + perTour - bonus * Double(t.towns.count))
            for j in t.towns { byTown[j, default: []].append((col, 1)) }
            byTeam[t.team, default: []].append((col, 1))
        }
        for j in sites.indices { if let terms = byTown[j] { _ = p.addRow("town_\(j + 1)", terms, .atMost(1)) } }
        for ti in s.teams.indices {
            if let terms = byTeam[ti] { _ = p.addRow("days_\(s.teams[ti].id)", terms, .atMost(Double(teamDays[ti].count))) }
        }
        program = p
    }

    /// The plan a solution gives: each team's chosen tours on its free days in order (tours in
    /// the order their first town is listed), and every town left out with why.
    public func plan(values: [Double]) -> VisitPlan {
        var chosen: [Int: [DayTours.Tour]] = [:]
        for (i, t) in tours.enumerated() where i < values.count && values[i] > 0.5 { chosen[t.team, default: []].append(t) }
        var result: [VisitTour] = []
        var covered = Set<Int>()
        for (ti, team) in scenario.teams.enumerated() {
            let mine = (chosen[ti] ?? []).sorted { $0.towns.min()! < $1.towns.min()! }
            for (t, day) in zip(mine, teamDays[ti]) {
                covered.formUnion(t.towns)
                result.append(
                    VisitTour(
                        team: team.id, day: day, towns: t.towns.map { towns[$0].site }, travelMinutes: t.travel,
                        legs: t.legs, totalMinutes: t.total))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: scenario.teams.enumerated().map { ($1.id, $0) })
        result.sort { ($0.day, order[$0.team] ?? 0) < ($1.day, order[$1.team] ?? 0) }
        var problems = unreachable
        for j in coverable.sorted() where !covered.contains(j) {
            let days = scenario.teams.indices.filter { ti in tours.contains { $0.team == ti && $0.towns.contains(j) } }.map { teamDays[$0].count }
            problems.append(VisitProblem(town: towns[j].site, shortfall: .notEnoughDays(teamDays: days.reduce(0, +))))
        }
        let index = Dictionary(uniqueKeysWithValues: towns.enumerated().map { ($1.site, $0) })
        problems.sort { index[$0.town]! < index[$1.town]! }
        return VisitPlan(
            from: from, weeks: weeks, visitMinutes: visitMinutes, towns: towns, tours: result, problems: problems,
            toursEnumerated: tours.count, teamDays: teamDays.reduce(0) { $0 + $1.count })
    }
}
