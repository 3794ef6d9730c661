import Domain
import MIP

/// The integer program of a scenario, with what is needed to read a solution back as a timetable.
public struct Plan: Sendable {
    public let model: ModelBuilder
    public var program: IntegerProgram { model.program }
    public var context: PlanningContext { model.context }
    /// The published timetable a re-plan should keep close to (`--keep`), if any.
    public let stability: StabilityTerm?

    /// Venues that differ only in capacity pooled (with soft seats; see `venuePools`): times
    /// and counts of busy venues are planned, rooms assigned afterwards.
    public let timesFirst: Bool

    /// Builds the whole program: placements, every hard-rule family's rows, every soft term.
    /// Without `softTerms`, only the hard rules: the same columns up to the soft terms' own
    /// (they come last), so values carry over by prefix.
    /// With `rows: false`, only the columns of placements, attendance, electives and slacks:
    /// enough for the search and for reading a timetable back, cheap for a whole programme.
    public init(context: PlanningContext, published: Timetable? = nil, softTerms: Bool = true, timesFirst: Bool = false, rows: Bool = true) {
        let reqs = context.sessionRequirements()
        self.timesFirst = timesFirst
        var m = ModelBuilder(context: context, requirements: reqs, placements: context.placements(for: reqs, timesFirst: timesFirst))
        guard rows else {
            stability = nil
            model = m
            return
        }
        for family in allConstraintFamilies { family.addRows(to: &m) }
        if softTerms {
            for term in allSoftTerms { term.add(to: &m, weight: term.weight(context.scenario.objective)) }
        }
        stability = softTerms ? published.map(StabilityTerm.init(published:)) : nil
        stability?.add(to: &m, weight: context.scenario.objective.stability)
        model = m
    }

    public init(_ scenario: TrainingScenario, published: Timetable? = nil) { self.init(context: PlanningContext(scenario), published: published) }

    /// Whether planning times first would pool some venues this program tells apart (checked
    /// on the pools alone, before building that program).
    public var timesFirstPoolsVenues: Bool {
        !timesFirst && context.venuePools(requirements: model.requirements, timesFirst: true).count < model.set.pools.count
    }

    /// Every term measured on a timetable, with the stability term when re-planning.
    public func objectiveTerms(of timetable: Timetable) -> [ObjectiveTerm] {
        let facts = TimetableFacts(context: context, timetable: timetable)
        var terms = facts.objectiveTerms()
        if let s = stability {
            terms.append(ObjectiveTerm(name: s.name, unit: s.unit, weight: context.scenario.objective.stability, amount: s.amount(in: facts)))
        }
        return terms
    }

    /// Rooms for the sessions held, per pool of identical rooms and day: sessions with a room to
    /// keep (a published one, when re-planning) get it first, the rest first-fit by start time
    /// (interval colouring: never more rooms than the pool has, which the clash rows ensure).
    /// If kept rooms leave the rest no fit, plain first-fit by start is used. Pools of mixed
    /// sizes (times first) go to `assignRoomsBySize`.
    func assignRooms(_ open: [Placement], attendees: [Int: [Int]]) -> [Int: Venue.ID] {
        var out: [Int: Venue.ID] = [:]
        for (pool, list) in Dictionary(grouping: open, by: \.pool) where !model.set.pools[pool].capacities.isEmpty {
            out.merge(assignRoomsBySize(list, pool: model.set.pools[pool], attendees: attendees)) { a, _ in a }
        }
        for group in Dictionary(grouping: open.filter { model.set.pools[$0.pool].capacities.isEmpty }, by: { PoolDay(pool: $0.pool, day: $0.day) }).values {
            let pool = model.set.pools[group[0].pool]
            if pool.online || pool.venues.count == 1 { for p in group { out[p.index] = pool.venues[0] }; continue }
            func fits(_ busy: [Venue.ID: [Range<Int>]], _ v: Venue.ID, _ p: Placement) -> Bool {
                !(busy[v] ?? []).contains { $0.overlaps(p.periods) }
            }
            func wanted(_ p: Placement) -> Venue.ID? {
                (attendees[p.index] ?? []).compactMap { stability?.place(of: model.requirements[$0])?.venue }.first(where: pool.venues.contains)
            }
            // reserve: kept rooms first; prefer: each session tries its kept room first, by start
            func firstFit(reserve: Bool, prefer: Bool) -> [Int: Venue.ID]? {
                var busy: [Venue.ID: [Range<Int>]] = [:]
                var chosen: [Int: Venue.ID] = [:]
                let ordered = group.sorted { ($0.start, $0.index) < ($1.start, $1.index) }
                if reserve {
                    for p in ordered {
                        if let v = wanted(p), fits(busy, v, p) { busy[v, default: []].append(p.periods); chosen[p.index] = v }
                    }
                }
                for p in ordered where chosen[p.index] == nil {
                    let order = (prefer ? [wanted(p)].compactMap { $0 } : []) + pool.venues
                    guard let v = order.first(where: { fits(busy, $0, p) }) else { return nil }
                    busy[v, default: []].append(p.periods)
                    chosen[p.index] = v
                }
                return chosen
            }
            let rooms = (stability != nil ? (firstFit(reserve: true, prefer: false) ?? firstFit(reserve: false, prefer: true)) : nil)
                ?? firstFit(reserve: false, prefer: false) ?? [:]
            out.merge(rooms) { a, _ in a }
        }
        return out
    }

    /// Rooms in a pool of mixed sizes (times first). First each course in turn, the largest
    /// first, takes one room for all its sessions: of the rooms free at all of them, the one
    /// leaving fewest seats short, the smallest on a tie (larger rooms stay free for larger
    /// courses), unless it leaves more seats short than a venue change costs. Sessions still without a room (no room free at all of them) then take, in time
    /// order and largest first, the free room that costs least: seats short, plus a venue change
    /// when it is not one their course already has. The whole program's venue step improves on it.
    func assignRoomsBySize(_ open: [Placement], pool: VenuePool, attendees: [Int: [Int]]) -> [Int: Venue.ID] {
        let o = context.scenario.objective
        let capacity = Dictionary(uniqueKeysWithValues: zip(pool.venues, pool.venues.map { context.venues[$0]?.capacity ?? .max }))
        // People and "group|course" of each session, worked out once (the sorts below read them often).
        var people: [Int: Int] = [:], courseOf: [Int: String] = [:]
        for p in open {
            let reqs = (attendees[p.index] ?? []).map { model.requirements[$0] }
            people[p.index] = reqs.reduce(0) { $0 + (context.groups[$1.group]?.size ?? 0) }
            courseOf[p.index] = reqs.map { "\($0.group)|\($0.course)" }.sorted().joined(separator: ",")
        }
        func size(_ p: Placement) -> Int { people[p.index]! }
        func course(_ p: Placement) -> String { courseOf[p.index]! }
        func short(_ p: Placement, _ v: Venue.ID) -> Double { (o.overCapacity ?? 0) * Double(max(0, size(p) - capacity[v]!)) }
        var busy: [Venue.ID: [(day: Int, periods: Range<Int>)]] = [:]
        func isFree(_ v: Venue.ID, _ p: Placement) -> Bool { !(busy[v] ?? []).contains { $0.day == p.day && $0.periods.overlaps(p.periods) } }
        var rooms: [String: Set<Venue.ID>] = [:]
        var out: [Int: Venue.ID] = [:]
        func take(_ p: Placement, _ v: Venue.ID) {
            busy[v, default: []].append((p.day, p.periods))
            rooms[course(p), default: []].insert(v)
            out[p.index] = v
        }
        let courses = Dictionary(grouping: open, by: course(_:)).sorted { a, b in
            (-size(a.value[0]), -a.value.count, a.key) < (-size(b.value[0]), -b.value.count, b.key)
        }
        for (_, sessions) in courses {
            func cost(_ v: Venue.ID) -> Double { sessions.reduce(0) { $0 + short($1, v) } }
            let home = pool.venues.filter { v in sessions.allSatisfy { isFree(v, $0) } }
                .min { (cost($0), capacity[$0]!, $0) < (cost($1), capacity[$1]!, $1) }
            // Not when it leaves more seats short than a second room would cost.
            let ideal = sessions.reduce(0) { n, p in n + (pool.venues.map { short(p, $0) }.min() ?? 0) }
            if let home, cost(home) - ideal <= o.venueChanges { for p in sessions { take(p, home) } }
        }
        for p in open.sorted(by: { ($0.day, $0.start, -size($0), $0.index) < ($1.day, $1.start, -size($1), $1.index) }) where out[p.index] == nil {
            let mine = rooms[course(p)] ?? []
            func cost(_ v: Venue.ID) -> Double { short(p, v) + (mine.isEmpty || mine.contains(v) ? 0 : o.venueChanges) }
            guard let v = pool.venues.filter({ isFree($0, p) }).min(by: { (cost($0), capacity[$0]!, $0) < (cost($1), capacity[$1]!, $1) }) else { continue }
            take(p, v)
        }
        return out
    }

    /// Reads column values (from the solver or a heuristic) back as a timetable. Rooms within a
    /// pool of identical venues are assigned here, per day in start order.
    /// Without `diagnose`, unmet requirements carry no rule or reason (quicker, for the search's own checks).
    public func timetable(from values: [Double], diagnose wanted: Bool = true) -> Timetable {
        let m = model
        var attendees: [Int: [Int]] = [:]  // placement -> requirements
        for a in m.assignments where values[a.column] > 0.5 { attendees[a.placement, default: []].append(a.requirement) }
        var sessions: [ScheduledSession] = []
        let open = m.set.placements.filter { values[m.placementColumn[$0.index]] > 0.5 && !(attendees[$0.index] ?? []).isEmpty }
            .sorted { ($0.day, $0.start, $0.pool, $0.index) < ($1.day, $1.start, $1.pool, $1.index) }
        let rooms = assignRooms(open, attendees: attendees)
        for p in open {
            let a = m.set.activities[p.activity]
            let groups = (attendees[p.index] ?? []).map { m.requirements[$0].group }.sorted()
            let venue = rooms[p.index] ?? m.set.pools[p.pool].venues[0]  // a clash here would show in the check
            var id = "\(a.course)-\(a.occurrence)"
            if let s = a.segment { id += "-\(s.rawValue)" }
            id += "-\(groups[0])"
            sessions.append(ScheduledSession(id: id, course: a.course, segment: a.segment, occurrence: a.occurrence, groups: groups,
                                             teacher: p.teacher, venue: venue, day: context.days[p.day], firstPeriod: p.start, periodCount: p.length))
        }
        var unmet: [UnmetRequirement] = []
        var held = Set<Int>()
        for (_, rs) in attendees { held.formUnion(rs) }
        for r in m.requirements where !held.contains(r.index) {
            let taken = m.takenColumn(r).map { values[$0] > 0.5 } ?? true
            if taken {
                unmet.append(UnmetRequirement(group: r.group, course: r.course, occurrence: r.occurrence, segment: r.segment,
                                              rule: nil, reason: "", periods: r.length))
            }
        }
        for g in context.scenario.groups {
            if let col = m.menuShortfallColumn[g.id], values[col] > 0.5 {
                unmet.append(UnmetRequirement(group: g.id, course: menuShortfallCourse, rule: ElectiveMenu().name,
                                              reason: "no combination of menu courses fills exactly \(g.menu?.periods ?? 0) periods with the teachers, venues and periods left",
                                              periods: Int(values[col].rounded())))
            }
        }
        var t = Timetable(sessions: sessions, unmet: unmet)
        if wanted { t.unmet = diagnose(t) }
        return t
    }
}

extension Plan {
    /// A timetable's placement and attendance columns set to 1 (the rest 0): the integer part of
    /// this program's values for it, for another plan's timetable to start this one (times first,
    /// then rooms). Nil when a session has no placement here (another pool, teacher or time).
    public func placementValues(of timetable: Timetable) -> [Double]? {
        let m = model
        var values = [Double](repeating: 0, count: program.columns.count)
        var requirementOf: [SessionKey: Int] = [:]
        for r in m.requirements { requirementOf[SessionKey(r.group, r.course, r.occurrence, r.segment)] = r.index }
        for s in timetable.sessions {
            guard let day = context.dayIndex[s.day] else { return nil }
            for g in s.groups {
                guard let r = requirementOf[SessionKey(g, s.course, s.occurrence, s.segment)],
                      let a = m.assignmentsOf[r].map({ m.assignments[$0] }).first(where: {
                          let p = m.placement($0.placement)
                          return p.day == day && p.start == s.firstPeriod && p.length == s.periodCount && p.teacher == s.teacher
                              && m.set.pools[p.pool].venues.contains(s.venue)
                      })
                else { return nil }
                values[m.placementColumn[a.placement]] = 1
                values[a.column] = 1
                if let taken = m.takenColumn(m.requirements[r]) { values[taken] = 1 }
            }
        }
        for u in timetable.unmet {
            guard let r = requirementOf[SessionKey(u.group, u.course, u.occurrence, u.segment)] else { continue }
            if let taken = m.takenColumn(m.requirements[r]) { values[taken] = 1 }
        }
        return values
    }

    /// Values for every integer column a timetable chosen by assignment sets: placements,
    /// attendance, electives and five-haves windows; continuous columns are left at 0 for the
    /// caller to complete by linear programming. `chosen`: requirement → assignment index.
    public func integerValues(chosen: [Int: Int], electives: Set<GroupCourse>) -> [Double] {
        let m = model
        var values = [Double](repeating: 0, count: m.program.columns.count)
        for (_, a) in chosen {
            values[m.assignments[a].column] = 1
            values[m.placementColumn[m.assignments[a].placement]] = 1
        }
        for key in electives { if let c = m.electiveColumn[key] { values[c] = 1 } }
        let unitOf = Dictionary(m.fiveHavesUnits().map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
        for (first, cols) in m.windowColumns {
            let unit = unitOf[first] ?? []
            let days = unit.compactMap { chosen[$0] }.map { m.placement(m.assignments[$0].placement).day }
            if let d = days.min() { values[cols[min(d, cols.count - 1)]] = 1 }
        }
        return values
    }

    /// Integer columns a placement does not set by itself (five-haves windows, menu choices
    /// and soft terms' derived columns): left to the solver when completing placement values.
    public var columnsBesidesPlacements: Set<Int> {
        var out = Set(model.derivedColumns.values.flatMap { $0 })
        out.formUnion(model.windowColumns.values.flatMap { $0 })
        out.formUnion(model.electiveColumn.values)
        return out
    }
}

/// A venue pool on one teaching day: sessions whose rooms are chosen together.
struct PoolDay: Hashable { var pool: Int; var day: Int }
