import Domain
import GLPK
import MIP
import Testing

@testable import Planner

/// Shadowing placements (跟班学习): a week, two periods a day, three hosts, two classes.
enum Shadow {
    static func scenario(office: Int = 12, village: Int = 8, textile: Int = 10, g1: Int = 20, g2: Int = 9, days: Int = 2) -> TrainingScenario {
        let cal = TeachingCalendar(
            start: Day(iso: "2025-03-10")!, end: Day(iso: "2025-03-14")!,
            periods: [
                Period(id: "am1", start: ClockTime("10:00")!, end: ClockTime("11:30")!),
                Period(id: "pm1", start: ClockTime("16:00")!, end: ClockTime("17:30")!)
            ])
        var hostOffice = Venue(id: "office", name: "乡党委", kind: .hostUnit, site: "tuoqiong", capacity: nil)
        hostOffice.hostCapacity = office
        hostOffice.topics = [TopicScore(topic: "governance", score: 5), TopicScore(topic: "rural", score: 3)]
        var hostVillage = Venue(id: "village", name: "核桃村", kind: .village, site: "tuoqiong", capacity: 40)
        hostVillage.hostCapacity = village
        hostVillage.topics = [TopicScore(topic: "rural", score: 5)]
        var hostTextile = Venue(id: "textile", name: "纺织企业", kind: .enterprise, site: "park", capacity: 30)
        hostTextile.hostCapacity = textile
        hostTextile.topics = [TopicScore(topic: "industry", score: 5)]
        var shadow = Course(id: "shadow", title: "跟班学习", form: .placement, periods: 1)
        shadow.placement = PlacementRule(days: days, hosts: ["office", "village", "textile"])
        var s = TrainingScenario(
            name: "shadow", calendar: cal,
            sites: [Site(id: "town", name: "镇"), Site(id: "tuoqiong", name: "乡"), Site(id: "park", name: "园区")],
            travel: [Travel(from: "town", to: "tuoqiong", minutes: 30), Travel(from: "town", to: "park", minutes: 20)],
            venues: [Venue(id: "hall", name: "礼堂", kind: .partySchool, site: "town", capacity: 80), hostOffice, hostVillage, hostTextile],
            teachers: [Teacher(id: "wang", name: "王", teaches: ["xi"])],
            courses: [Course(id: "xi", title: "理论", form: .lecture, periods: 2), shadow],
            groups: [
                Group(
                    id: "g1", name: "书记班", category: .villageSecretary, size: g1, site: "town", required: ["xi", "shadow"],
                    needs: [TopicScore(topic: "rural", score: 4), TopicScore(topic: "governance", score: 3)]),
                Group(
                    id: "g2", name: "青干班", category: .youngCadre, size: g2, site: "town", required: ["xi", "shadow"],
                    needs: [TopicScore(topic: "industry", score: 4)])
            ])
        s.objective = Objective()
        return s
    }

    static func unit(_ g: String, _ count: Int, days: [Int], gaps: [TopicScore] = [], home: Site.ID? = "town") -> PlacementUnit {
        PlacementUnit(group: Group.ID(g), course: "shadow", count: count, home: home, gaps: gaps, days: days, hosts: ["office", "village", "textile"])
    }

    static func solve(_ a: HostAssignment) throws -> [Double]? {
        let r = try GLPK.solve(a.program)
        return r.status == .optimal ? r.values : nil
    }
}

@Suite struct HostAssignmentTests {
    @Test func topicFitIsTheNeedsTermsGainOnAnOpenTopic() {
        // h(0) − h(s) = 1.75 s for s ≤ 5: gap 4 × 1.75 × 5 + gap 3 × 1.75 × 3.
        let fit = HostAssignment.topicFit(
            gaps: [TopicScore(topic: "rural", score: 4), TopicScore(topic: "governance", score: 3)],
            topics: [TopicScore(topic: "governance", score: 3), TopicScore(topic: "rural", score: 5)])
        #expect(abs(fit - (4 * 1.75 * 5 + 3 * 1.75 * 3)) < 1e-9)
        #expect(HostAssignment.topicFit(gaps: [TopicScore(topic: "x", score: 5)], topics: [TopicScore(topic: "y", score: 5)]) == 0)
    }

    /// The program's optimum equals the best of every split of two small classes over three hosts.
    @Test func optimumMatchesEnumeration() throws {
        let s = Shadow.scenario(office: 3, village: 2, textile: 4)
        let ctx = PlanningContext(s)
        let gaps1 = s.groups[0].needs, gaps2 = s.groups[1].needs
        let units = [Shadow.unit("g1", 4, days: [3, 4], gaps: gaps1), Shadow.unit("g2", 3, days: [4], gaps: gaps2)]
        let a = HostAssignment(context: ctx, units: units)
        let values = try #require(try Shadow.solve(a))
        let hosts = s.venues.filter { $0.hostCapacity != nil }
        func value(_ gaps: [TopicScore], _ v: Venue) -> Double {
            10 * HostAssignment.topicFit(gaps: gaps, topics: v.topics) - Double(ctx.travelMinutes("town", v.site))
        }
        var best = -Double.infinity
        // Units share day 4, so each host holds both units' cadres there.
        for a0 in 0...4 {
            for a1 in 0...(4 - a0) {
                let a2 = 4 - a0 - a1
                for b0 in 0...3 {
                    for b1 in 0...(3 - b0) {
                        let b2 = 3 - b0 - b1
                        guard a0 + b0 <= 3, a1 + b1 <= 2, a2 + b2 <= 4 else { continue }
                        let z =
                            Double(a0) * value(gaps1, hosts[0]) + Double(a1) * value(gaps1, hosts[1]) + Double(a2) * value(gaps1, hosts[2])
                            + Double(b0) * value(gaps2, hosts[0]) + Double(b1) * value(gaps2, hosts[1]) + Double(b2) * value(gaps2, hosts[2])
                        best = max(best, z)
                    }
                }
            }
        }
        #expect(abs(a.program.objective(of: values) - best) < 1e-6)
        let shares = a.shares(from: values)
        #expect(shares.map { $0.reduce(0) { $0 + $1.count } } == [4, 3])
    }

    @Test func hostCapacityHoldsEveryDayAcrossClasses() throws {
        let s = Shadow.scenario()
        let ctx = PlanningContext(s)
        // Overlapping blocks: 20 + 9 = 29 of 30 places on day 4.
        let fits = HostAssignment(context: ctx, units: [Shadow.unit("g1", 20, days: [3, 4]), Shadow.unit("g2", 9, days: [4])])
        #expect(try Shadow.solve(fits) != nil)
        let tooMany = HostAssignment(context: ctx, units: [Shadow.unit("g1", 20, days: [3, 4]), Shadow.unit("g2", 11, days: [4])])
        #expect(try Shadow.solve(tooMany) == nil)
        // Apart, each class has all 30 places to itself.
        let apart = HostAssignment(context: ctx, units: [Shadow.unit("g1", 20, days: [3, 4]), Shadow.unit("g2", 11, days: [1, 2])])
        #expect(try Shadow.solve(apart) != nil)
    }

    @Test func anUnavailableHostIsNoColumn() {
        var s = Shadow.scenario()
        s.venues[1].unavailable = [.date(Day(iso: "2025-03-14")!, periods: ["pm1"])]
        let a = HostAssignment(context: PlanningContext(s), units: [Shadow.unit("g1", 5, days: [3, 4])])
        #expect(!a.columns.contains { $0.host == "office" })
        #expect(a.columns.count == 2)
    }
}

@Suite struct PlacementBlocksTests {
    @Test func windowsAreConsecutiveFreeDaysLatestFirst() {
        var s = Shadow.scenario()
        s.groups[0].unavailable = [.date(Day(iso: "2025-03-13")!, periods: ["am1"])]
        let ctx = PlanningContext(s)
        #expect(PlacementBlocks.windows(ctx, group: s.groups[0], days: 2) == [[0, 1], [1, 2]].reversed())
        #expect(PlacementBlocks.windows(ctx, group: s.groups[1], days: 2, taken: [4]) == [[2, 3], [1, 2], [0, 1]])
        #expect(PlacementBlocks.windows(ctx, group: s.groups[1], days: 6).isEmpty)
    }

    @Test func blocksTakeTheLatestStretchTheHostsCanHold() throws {
        // 20 + 20 > 30 places: the second class goes out on the two days before the first.
        let s = Shadow.scenario(g2: 20)
        let ctx = PlanningContext(s)
        let chosen = PlacementBlocks(context: ctx) { units in (try? Shadow.solve(HostAssignment(context: ctx, units: units))) ?? nil != nil }
        #expect(chosen.blocks.map(\.days) == [[ctx.days[3], ctx.days[4]], [ctx.days[1], ctx.days[2]]])
        #expect(chosen.unmet.isEmpty)
        let around = chosen.scenarioAround(s)
        #expect(around.groups[0].required == ["xi"])
        #expect(around.groups[0].unavailable.covers(ctx.days[3], "am1") && !around.groups[0].unavailable.covers(ctx.days[2], "am1"))
    }

    @Test func aPinnedDateIsInsideTheBlock() {
        var s = Shadow.scenario()
        s.pins = [Pin(group: "g1", course: "shadow", date: Day(iso: "2025-03-11")!)]
        let ctx = PlanningContext(s)
        let chosen = PlacementBlocks(context: ctx) { units in (try? Shadow.solve(HostAssignment(context: ctx, units: units))) ?? nil != nil }
        // The latest stretch holding Tuesday: Tuesday–Wednesday.
        #expect(chosen.blocks.first?.days == [ctx.days[1], ctx.days[2]])
        var t = Timetable()
        t.placements = [PlacementBlock(group: "g1", course: "shadow", days: [ctx.days[3], ctx.days[4]])]
        t.unmet = [UnmetRequirement(group: "g2", course: "shadow", rule: nil, reason: "")]
        let found = PlacementBlockRule().violations(in: TimetableFacts(context: ctx, timetable: t))
        #expect(found.count == 1 && found[0].message.contains("does not include 2025-03-11, the date of its pin"), "\(found)")
    }

    @Test func aClassNoStretchCanHoldIsUnmet() {
        let s = Shadow.scenario(g2: 20, days: 3)
        let ctx = PlanningContext(s)
        let chosen = PlacementBlocks(context: ctx) { units in (try? Shadow.solve(HostAssignment(context: ctx, units: units))) ?? nil != nil }
        #expect(chosen.blocks.count == 1)
        #expect(chosen.unmet.map(\.rule) == [.hostCapacity])
        #expect(chosen.unmet.first?.periods == 6)
    }
}

@Suite struct PlacementRuleTests {
    static let ctx = PlanningContext(Shadow.scenario())
    static func day(_ i: Int) -> Day { ctx.days[i] }
    static func clean() -> Timetable {
        var t = Timetable(sessions: [
            ScheduledSession(id: "xi-1-g1", course: "xi", groups: ["g1"], teacher: "wang", venue: "hall", day: day(0), firstPeriod: 0, periodCount: 2),
            ScheduledSession(id: "xi-1-g2", course: "xi", groups: ["g2"], teacher: "wang", venue: "hall", day: day(1), firstPeriod: 0, periodCount: 2)
        ])
        t.placements = [
            PlacementBlock(
                group: "g1", course: "shadow", days: [day(3), day(4)],
                hosts: [
                    HostShare(host: "office", count: 12, topicFit: 0, travelMinutes: 30), HostShare(host: "village", count: 8, topicFit: 0, travelMinutes: 30)
                ]),
            PlacementBlock(group: "g2", course: "shadow", days: [day(3), day(4)], hosts: [HostShare(host: "textile", count: 9, topicFit: 0, travelMinutes: 20)])
        ]
        return t
    }
    static func facts(_ t: Timetable) -> TimetableFacts { TimetableFacts(context: ctx, timetable: t) }

    @Test func cleanTimetableBreaksNeither() {
        #expect(PlacementBlockRule().violations(in: Self.facts(Self.clean())) == [])
        #expect(HostCapacity().violations(in: Self.facts(Self.clean())) == [])
        #expect(Self.facts(Self.clean()).allViolations() == [])
    }

    @Test func sessionOnABlockDayAndBrokenBlocks() {
        var t = Self.clean()
        t.sessions[0].day = Self.day(4)
        var found = PlacementBlockRule().violations(in: Self.facts(t))
        #expect(found.count == 1 && found[0].message.contains("is out on placement"), "\(found)")
        t = Self.clean()
        t.placements[1].days = [Self.day(2), Self.day(4)]
        found = PlacementBlockRule().violations(in: Self.facts(t))
        #expect(found.count == 1 && found[0].message.contains("consecutive teaching days"), "\(found)")
        t = Self.clean()
        t.placements.removeLast()
        found = PlacementBlockRule().violations(in: Self.facts(t))
        #expect(found.count == 1 && found[0].message.contains("neither holds it nor lists it unmet"), "\(found)")
        t.unmet = [UnmetRequirement(group: "g2", course: "shadow", rule: .hostCapacity, reason: "")]
        #expect(PlacementBlockRule().violations(in: Self.facts(t)) == [])
    }

    @Test func hostOverItsCapacityOrNotNamed() {
        var t = Self.clean()
        t.placements[0].hosts = [
            HostShare(host: "office", count: 13, topicFit: 0, travelMinutes: 30), HostShare(host: "village", count: 7, topicFit: 0, travelMinutes: 30)
        ]
        var found = HostCapacity().violations(in: Self.facts(t))
        #expect(found.count == 2 && found.allSatisfy { $0.message.contains("host 'office' takes 13 cadres") }, "\(found)")
        t = Self.clean()
        t.placements[1].hosts = [HostShare(host: "hall", count: 9, topicFit: 0, travelMinutes: 0)]
        found = HostCapacity().violations(in: Self.facts(t))
        #expect(found.contains { $0.message.contains("does not name") }, "\(found)")
        t = Self.clean()
        t.placements[1].hosts = [HostShare(host: "textile", count: 8, topicFit: 0, travelMinutes: 20)]
        found = HostCapacity().violations(in: Self.facts(t))
        #expect(found.count == 1 && found[0].message.contains("places 8 cadres but the group has 9"), "\(found)")
    }
}

/// With a roster (干部名册) each cadre is placed on its own, from its town, for its own needs.
@Suite struct PlacementRosterTests {
    static func scenario() -> TrainingScenario {
        var s = Shadow.scenario(g2: 3)
        s.cadres = [
            Cadre(id: "c1", name: "甲", group: "g2", town: "tuoqiong", needs: [TopicScore(topic: "rural", score: 5)]),
            Cadre(id: "c2", name: "乙", group: "g2"),
            Cadre(id: "c3", name: "丙", group: "g2", needs: [TopicScore(topic: "governance", score: 5)])
        ]
        return s
    }

    @Test func eachCadreIsAUnitWithItsOwnTownAndNeeds() {
        let s = Self.scenario()
        let units = PlacementBlocks.units(PlanningContext(s), group: s.groups[1], course: "shadow", days: [3, 4], hosts: ["office", "village", "textile"])
        #expect(units.map(\.cadre) == ["c1", "c2", "c3"])
        #expect(units.allSatisfy { $0.count == 1 })
        #expect(units[0].home == "tuoqiong" && units[1].home == "town")
        #expect(units[1].gaps == s.groups[1].needs)
        // Without a roster the class is one unit.
        let whole = PlacementBlocks.units(PlanningContext(s), group: s.groups[0], course: "shadow", days: [3, 4], hosts: ["village"])
        #expect(whole.count == 1 && whole[0].count == 20 && whole[0].cadre == nil)
    }

    @Test func eachCadreGoesWhereItsNeedsAreBestMet() throws {
        let s = Self.scenario()
        let ctx = PlanningContext(s)
        let units = PlacementBlocks.units(ctx, group: s.groups[1], course: "shadow", days: [3, 4], hosts: ["office", "village", "textile"])
        let a = HostAssignment(context: ctx, units: units)
        let shares = a.shares(from: try #require(try Shadow.solve(a)))
        // c1 (rural 5, living at the village's site) to the village; c2 (the class's industry need) to the enterprise; c3 (governance) to the office.
        #expect(shares.map { $0.map(\.host) } == [["village"], ["textile"], ["office"]])
        #expect(shares.map { $0.first?.cadre } == ["c1", "c2", "c3"])
    }

    @Test func eachCadreOnceIsChecked() {
        let s = Self.scenario()
        let ctx = PlanningContext(s)
        func facts(_ hosts: [HostShare]) -> TimetableFacts {
            var t = Timetable()
            t.placements = [PlacementBlock(group: "g2", course: "shadow", days: [ctx.days[3], ctx.days[4]], hosts: hosts)]
            return TimetableFacts(context: ctx, timetable: t)
        }
        let clean = ["c1", "c2", "c3"].map { HostShare(host: "village", cadre: Cadre.ID($0), count: 1, topicFit: 0, travelMinutes: 0) }
        #expect(HostCapacity().violations(in: facts(clean)) == [])
        let twice = [clean[0], clean[0], clean[2]]
        let found = HostCapacity().violations(in: facts(twice))
        #expect(found.count == 1 && found[0].message.contains("each cadre of the roster once (missing: 'c2')"), "\(found)")
    }
}
