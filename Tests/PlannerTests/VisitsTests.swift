import Domain
import GLPK
import MIP
import Testing

@testable import Planner

/// Follow-up visits (跟踪回访): shortest roads, day tours, the set-packing program solved with GLPK.
struct VisitsTests {
    /// A line of towns east of the base, 30 minutes apart (base–a–b–c–d), plus a town `far` 200
    /// minutes beyond d and an island with no road. One group per town (no roster), 5 cadres each.
    static func scenario(teams: [Team], visit: Int = 60, island: Bool = false, far: Bool = false) -> TrainingScenario {
        var s = TrainingScenario(
            name: "v",
            calendar: TeachingCalendar(
                start: Day(iso: "2025-03-03")!, end: Day(iso: "2025-03-07")!,
                periods: [Period(id: "am", start: ClockTime("10:00")!, end: ClockTime("11:30")!)]))
        var towns = ["a", "b", "c", "d"]
        if far { towns.append("far") }
        if island { towns.append("island") }
        s.sites = ([("base", "县城")] + towns.map { ($0, "乡\($0)") }).map { Site(id: Site.ID($0.0), name: $0.1) }
        s.travel = [
            Travel(from: "base", to: "a", minutes: 30), Travel(from: "a", to: "b", minutes: 30),
            Travel(from: "b", to: "c", minutes: 30), Travel(from: "c", to: "d", minutes: 30)
        ]
        if far { s.travel.append(Travel(from: "d", to: "far", minutes: 200)) }
        s.groups = towns.map { Group(id: Group.ID("g_\($0)"), name: "班\($0)", category: .other, size: 5, site: Site.ID($0)) }
        s.teams = teams
        s.visits = VisitSettings(minutes: visit)
        return s
    }

    static let monday = Day(iso: "2025-03-10")!

    func solve(_ s: TrainingScenario, weeks: Int = 1) throws -> VisitPlan {
        let p = try VisitPlanning(s, from: Self.monday, weeks: weeks)
        guard !p.tours.isEmpty else { return p.plan(values: []) }
        let r = try GLPK.solve(p.program)
        return p.plan(values: try #require(r.values))
    }

    @Test func travelGoesThroughListedRoads() {
        var s = Self.scenario(teams: [], island: true)
        #expect(RoadNetwork(s).minutes(from: "base", to: "c") == 90)
        s.travel.append(Travel(from: "d", to: "a", minutes: 20))
        let roads = RoadNetwork(s)
        // d–a is listed one way only, so it holds both ways: base → a → d is 50, and c is now nearer through d.
        #expect(roads.minutes(from: "base", to: "c") == 80)
        #expect(roads.minutes(from: "base", to: "d") == 50 && roads.minutes(from: "d", to: "base") == 50)
        #expect(roads.minutes(from: "base", to: "island") == nil)
        #expect(roads.minutes(from: "island", to: "island") == 0)
    }

    @Test func aRoadGivenBothWaysKeepsEachDirection() {
        var s = Self.scenario(teams: [])
        s.travel = [Travel(from: "base", to: "a", minutes: 30), Travel(from: "a", to: "base", minutes: 50)]
        let roads = RoadNetwork(s)
        #expect(roads.minutes(from: "base", to: "a") == 30 && roads.minutes(from: "a", to: "base") == 50)
    }

    @Test func theBestOrderIsTheShortestRoundTrip() throws {
        let s = Self.scenario(teams: [])
        let best = try #require(DayTours.bestOrder(base: "base", towns: ["c", "a", "b"], roads: RoadNetwork(s)))
        // Out along the line and back: 30 + 30 + 30 + 90.
        #expect(best.travel == 180)
        #expect(best.order.map { ["c", "a", "b"][$0] } == ["a", "b", "c"] || best.order.map { ["c", "a", "b"][$0] } == ["c", "b", "a"])
        #expect(best.legs.reduce(0, +) + 90 == 180)
    }

    @Test func everyTourFitsTheDayAndTheTownsPerDay() throws {
        let team = Team(id: "t", name: "组", site: "base", maxVisitsPerDay: 2, maxMinutesPerDay: 300)
        let p = try VisitPlanning(Self.scenario(teams: [team]), from: Self.monday, weeks: 1)
        #expect(!p.tours.isEmpty)
        #expect(p.tours.allSatisfy { $0.total <= 300 && $0.towns.count <= 2 && $0.total == $0.travel + 60 * $0.towns.count })
        // d alone: 240 + 60 = 300 fits; c and d together: 240 + 120 does not.
        let sets = Set(p.tours.map { Set($0.towns.map { p.towns[$0].site }) })
        #expect(sets.contains(["d"]) && !sets.contains(["c", "d"]) && sets.contains(["a", "b"]))
        // Every subset that fits is there: {a},{b},{c},{d},{a,b},{a,c},{b,c}: a,c = 180 + 120.
        #expect(sets.count == 7)
    }

    @Test func everyTownIsVisitedExactlyOnceWithLeastTravel() throws {
        let team = Team(id: "t", name: "组", site: "base", maxVisitsPerDay: 2, maxMinutesPerDay: 480)
        let plan = try solve(Self.scenario(teams: [team]))
        #expect(plan.isMet)
        let visited = plan.tours.flatMap(\.towns)
        #expect(visited.sorted() == ["a", "b", "c", "d"])
        // {c,d} 240 + {a,b} 120 = 360 beats {a,d}+{b,c} (240 + 180) and the rest.
        #expect(plan.travelMinutes == 360)
        #expect(plan.tours.allSatisfy { $0.totalMinutes <= 480 })
        #expect(Set(plan.tours.map(\.day)).count == plan.tours.count)
    }

    @Test func aTownWithoutARoadIsReportedUnreachable() throws {
        let team = Team(id: "t", name: "组", site: "base", maxVisitsPerDay: 3, maxMinutesPerDay: 480)
        let plan = try solve(Self.scenario(teams: [team], island: true))
        #expect(plan.problems == [VisitProblem(town: "island", shortfall: .unreachable)])
        #expect(plan.tours.flatMap(\.towns).sorted() == ["a", "b", "c", "d"])
    }

    @Test func aTownBeyondEveryTeamsDayIsTooFar() throws {
        let team = Team(id: "t", name: "组", site: "base", maxVisitsPerDay: 3, maxMinutesPerDay: 480)
        let plan = try solve(Self.scenario(teams: [team], far: true))
        // far: 320 each way.
        #expect(plan.problems == [VisitProblem(town: "far", shortfall: .tooFar(team: "t", roundTrip: 640, visit: 60, limit: 480))])
    }

    @Test func teamsGoOutOnlyOnTheirFreeWorkingDays() throws {
        // Away Monday to Wednesday: Thursday and Friday are its only days in the week.
        let team = Team(
            id: "t", name: "组", site: "base", unavailable: [.range(from: Self.monday, to: Self.monday.adding(days: 2))],
            maxVisitsPerDay: 2, maxMinutesPerDay: 480)
        let plan = try solve(Self.scenario(teams: [team]))
        #expect(plan.isMet)
        #expect(plan.tours.map(\.day) == [Self.monday.adding(days: 3), Self.monday.adding(days: 4)])
        #expect(plan.teamDays == 2)
    }

    @Test func aTeamAwayAllWindowLeavesItsTownsWithoutADay() throws {
        let team = Team(
            id: "t", name: "组", site: "base", unavailable: [.range(from: Self.monday, to: Self.monday.adding(days: 6))],
            maxVisitsPerDay: 2, maxMinutesPerDay: 480)
        let plan = try solve(Self.scenario(teams: [team]))
        #expect(plan.tours.isEmpty)
        #expect(plan.problems.map(\.shortfall) == Array(repeating: .noTeamDay, count: 4))
    }

    @Test func tooFewTeamDaysLeaveTownsOutButVisitAsManyAsPossible() throws {
        // One town a day, and only three free days: three towns, the nearest (least travel), one left.
        let team = Team(
            id: "t", name: "组", site: "base", unavailable: [.range(from: Self.monday, to: Self.monday.adding(days: 1))],
            maxVisitsPerDay: 1, maxMinutesPerDay: 480)
        let plan = try solve(Self.scenario(teams: [team]))
        #expect(plan.tours.count == 3)
        #expect(plan.tours.flatMap(\.towns).sorted() == ["a", "b", "c"])
        #expect(plan.problems == [VisitProblem(town: "d", shortfall: .notEnoughDays(teamDays: 3))])
    }

    @Test func theNearerTeamTakesTheFarTowns() throws {
        var s = Self.scenario(teams: [])
        s.teams = [
            Team(id: "west", name: "西组", site: "base", maxVisitsPerDay: 2, maxMinutesPerDay: 480),
            Team(id: "east", name: "东组", site: "d", maxVisitsPerDay: 2, maxMinutesPerDay: 480)
        ]
        let plan = try solve(s)
        #expect(plan.isMet)
        // West takes {a,b} (120), east {c,d} (60 + d at its base): 180 in all.
        #expect(plan.travelMinutes == 180)
        #expect(plan.tours.first { $0.team == "east" }?.towns.sorted() == ["c", "d"])
    }

    @Test func enumerationStopsAtTheCap() {
        let team = Team(id: "t", name: "组", site: "base", maxVisitsPerDay: 4, maxMinutesPerDay: 1440)
        #expect(throws: DayTours.TooMany(limit: 5)) { try VisitPlanning(Self.scenario(teams: [team]), from: Self.monday, weeks: 1, maxTours: 5) }
    }
}
