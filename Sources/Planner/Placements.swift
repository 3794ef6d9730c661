import Domain

/// Venues that are interchangeable for every rule: same kind, site, capacity, unavailability and
/// named by the same course rules. The model counts how many of a pool are busy; rooms are
/// assigned after the solve (interval colouring per day, exact for identical rooms).
public struct VenuePool: Sendable, Equatable {
    public var index: Int
    public var venues: [Venue.ID]
    public var kind: VenueKind
    public var site: Site.ID?
    public var capacity: Int?
    public var online: Bool
    public var unavailable: [Unavailability]
    /// Each venue's capacity, largest first, when the pool holds venues of different sizes
    /// (times first, with soft seats); empty when all are alike.
    public var capacities: [Int] = []
}

/// What is scheduled as one session: for a joint course, one occurrence (or segment) that
/// several groups may share; otherwise one group's session requirement.
public struct Activity: Sendable, Equatable {
    public var index: Int
    public var course: Course.ID
    public var occurrence: Int
    public var segment: SegmentKind?
    public var length: Int
    public var joint: Bool
    /// Requirements this activity can satisfy (one per group).
    public var requirements: [Int]
}

/// One way to hold an activity: a day, a first period, a venue pool and a teacher.
public struct Placement: Sendable, Equatable {
    public var index: Int
    public var activity: Int
    public var day: Int
    public var start: Int
    public var length: Int
    public var pool: Int
    /// nil for a self-study online course nobody teaches (S10).
    public var teacher: Teacher.ID?
    public var periods: Range<Int> { start..<(start + length) }
}

/// Why a requirement has no placement at all, counted while generating them.
public struct PlacementShortage: Sendable, Equatable {
    public var noTeacher = 0
    public var noVenue = 0
    public var noTime = 0
    public var reason: String = ""
}

/// Why a requirement has no placement at all: the rule that leaves none, in the planner's words.
public struct Shortage: Sendable, Equatable {
    public var rule: RuleName
    public var reason: String
    public init(_ rule: RuleName, _ reason: String) { self.rule = rule; self.reason = reason }
}

public struct PlacementSet: Sendable {
    public var pools: [VenuePool]
    public var activities: [Activity]
    public var placements: [Placement]
    /// For each requirement: the placements that could hold it.
    public var byRequirement: [[Int]]
    /// Reasons for requirements with no placement.
    public var shortages: [Int: Shortage]
}

extension PlanningContext {
    /// The planner's pins that concern a requirement.
    public func pins(of r: SessionRequirement) -> [Pin] {
        scenario.pins.filter { $0.applies(to: r.group, r.course, occurrence: r.occurrence, segment: r.segment) }
    }

    /// Whether every pin (of one requirement) allows this day, first period, venue pool and teacher.
    static func pinsAllow(_ pins: [Pin], day: Day, period: Period.ID, pool: VenuePool, teacher: Teacher.ID?) -> Bool {
        pins.allSatisfy { pin in
            (pin.date == nil || pin.date == day) && (pin.period == nil || pin.period == period)
                && (pin.venue == nil || pool.venues.contains(pin.venue!)) && (pin.teacher == nil || pin.teacher == teacher)
        }
    }

    /// With `timesFirst` and soft seats, venues that differ only in capacity share a pool: the
    /// program decides times and how many of the pool's venues are busy, not which one.
    func venuePools(requirements: [SessionRequirement], timesFirst: Bool = false) -> [VenuePool] {
        let pooledBySeats = timesFirst && capacityIsSoft
        // Which rules name each venue explicitly: venues named differently are not interchangeable.
        var namedBy: [Venue.ID: [String]] = [:]
        for c in scenario.courses {
            for v in c.venueRule.venues { namedBy[v, default: []].append(c.id.rawValue) }
            for seg in c.fiveHaves?.segments ?? [] {
                for v in seg.venueRule.venues { namedBy[v, default: []].append("\(c.id).\(seg.kind.rawValue)") }
            }
        }
        // A pinned venue is kept apart too, so the room the pin names is the room the group gets.
        for pin in scenario.pins { if let v = pin.venue { namedBy[v, default: []].append("pin") } }
        // Venues alike in all of these are interchangeable (a typed key: a province builds pools 81 times).
        struct PoolKey: Hashable {
            var kind: VenueKind, site: Site.ID?, capacity: Int?, unavailable: [Unavailability], namedBy: [String], venue: Venue.ID?
        }
        var pools: [VenuePool] = []
        var keyIndex: [PoolKey: Int] = [:]
        for v in scenario.venues {
            let key = PoolKey(
                kind: v.kind, site: v.site, capacity: pooledBySeats ? nil : (v.capacity ?? -1), unavailable: v.unavailable,
                namedBy: namedBy[v.id, default: []].sorted(),
                // Room stability needs each room seen by the solver (not when times come first).
                venue: scenario.objective.venueChanges > 0 && !timesFirst ? v.id : nil)
            // Online venues are never short of room: one pool per venue keeps names stable.
            if !v.isOnline, let i = keyIndex[key] {
                pools[i].venues.append(v.id)
            } else {
                keyIndex[key] = pools.count
                pools.append(
                    VenuePool(
                        index: pools.count, venues: [v.id], kind: v.kind, site: v.site, capacity: v.isOnline ? nil : v.capacity,
                        online: v.isOnline, unavailable: v.unavailable))
            }
        }
        guard pooledBySeats else { return pools }
        // Largest venue first, so rooms assigned after the solve go to the largest sessions first.
        for k in pools.indices where !pools[k].online {
            let sized = pools[k].venues.map { ($0, venues[$0]?.capacity ?? Int.max) }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            pools[k].venues = sized.map(\.0)
            pools[k].capacity = sized.first?.1 == Int.max ? nil : sized.first?.1
            if Set(sized.map(\.1)).count > 1 { pools[k].capacities = sized.map(\.1) }
        }
        return pools
    }

    /// Every allowed placement of every activity: only combinations that meet the calendar,
    /// unavailability, qualification, venue-fit and capacity rules are generated.
    public func placements(for requirements: [SessionRequirement], timesFirst: Bool = false) -> PlacementSet {
        let pools = venuePools(requirements: requirements, timesFirst: timesFirst)
        var activities: [Activity] = []
        // A joint meeting is one activity for all its classes; any other session is its own.
        enum ActivityKey: Hashable { case joint(Course.ID, Int, SegmentKind?), own(Int) }
        var activityOf: [ActivityKey: Int] = [:]
        for r in requirements {
            let key: ActivityKey = r.joint ? .joint(r.course, r.occurrence, r.segment) : .own(r.index)
            if let a = activityOf[key] {
                activities[a].requirements.append(r.index)
            } else {
                activityOf[key] = activities.count
                activities.append(
                    Activity(
                        index: activities.count, course: r.course, occurrence: r.occurrence, segment: r.segment,
                        length: r.length, joint: r.joint, requirements: [r.index]))
            }
        }
        let teachersOf: [Course.ID: [Teacher]] = Dictionary(grouping: scenario.teachers.flatMap { t in t.teaches.map { ($0, t) } }, by: \.0)
            .mapValues { $0.map(\.1).sorted { $0.id < $1.id } }

        var placements: [Placement] = []
        var byRequirement = [[Int]](repeating: [], count: requirements.count)
        var shortages: [Int: Shortage] = [:]
        // Many activities share a venue rule: the pools it allows are found once per rule.
        var poolsAllowedBy: [VenueRule: [VenuePool]] = [:]
        for a in activities {
            let reqs = a.requirements.map { requirements[$0] }
            let rule = reqs[0].venueRule
            let allowedPools =
                poolsAllowedBy[rule]
                ?? {
                    let found = pools.filter { p in p.venues.allSatisfy { venues[$0].map(rule.allows) ?? false } }
                    poolsAllowedBy[rule] = found
                    return found
                }()
            // Looked up once per activity, not in the loops over days, pools and teachers below.
            let size = reqs.map { groups[$0.group]?.size ?? 0 }
            let unavailable = reqs.map { groups[$0.group]?.unavailable }
            let pinsOf = reqs.map { pins(of: $0) }
            let minSize = reqs.compactMap { groups[$0.group]?.size }.min() ?? 0
            // Soft capacity: a single group may sit in a venue too small, at a cost (joint meetings still must fit).
            let softSeats = capacityIsSoft && !a.joint
            func seats(_ p: VenuePool, _ size: Int) -> Bool { softSeats || p.capacity == nil || p.capacity! >= size }
            let fittingPools = allowedPools.filter { seats($0, minSize) }
            let qualified = (teachersOf[a.course] ?? []).filter { ($0.maxPeriodsPerDay ?? .max) >= a.length && ($0.maxPeriods ?? .max) >= a.length }
            let selfStudy = teachersOf[a.course] == nil && courses[a.course]?.form == .online
            let teacherChoices: [Teacher?] = selfStudy ? [nil] : qualified
            var any = false
            var groupFree = false
            for d in days.indices {
                guard periodsPerDay >= a.length else { break }
                for q in 0...(periodsPerDay - a.length) {
                    let block = q..<(q + a.length)
                    let attending = reqs.indices.filter { i in
                        guard let u = unavailable[i] else { return false }
                        return isFree(u, day: d, periods: block)
                    }
                    if attending.isEmpty { continue }
                    groupFree = true
                    for p in fittingPools where isFree(p.unavailable, day: d, periods: block) {
                        let holdsOne = attending.contains { seats(p, size[$0]) }
                        guard holdsOne else { continue }
                        for t in teacherChoices where t.map({ isFree($0.unavailable, day: d, periods: block) }) ?? true {
                            let holders = attending.filter { i in
                                seats(p, size[i]) && Self.pinsAllow(pinsOf[i], day: days[d], period: periods[q].id, pool: p, teacher: t?.id)
                            }
                            guard !holders.isEmpty else { continue }
                            let pl = Placement(
                                index: placements.count, activity: a.index, day: d, start: q, length: a.length,
                                pool: p.index, teacher: t?.id)
                            placements.append(pl)
                            any = true
                            for i in holders { byRequirement[reqs[i].index].append(pl.index) }
                        }
                    }
                }
            }
            if !any || reqs.contains(where: { byRequirement[$0.index].isEmpty }) {
                for r in reqs where byRequirement[r.index].isEmpty {
                    let size = groups[r.group]?.size ?? 0
                    let shortage: Shortage
                    if let pin = pins(of: r).first {
                        shortage = Shortage(.pins, "its \(pin.words) leaves no placement that the calendar, availability, venue and teacher rules allow")
                    } else if teacherChoices.isEmpty {
                        shortage = Shortage(.teacherQualification, "no teacher is qualified for \(a.length) consecutive periods of '\(a.course)'")
                    } else if allowedPools.isEmpty {
                        shortage = Shortage(.venueFit, "no venue is allowed for '\(a.course)'\(a.segment.map { " (\($0.rawValue))" } ?? "")")
                    } else if !allowedPools.contains(where: { $0.capacity == nil || $0.capacity! >= size }) {
                        shortage = Shortage(.venueFit, "no allowed venue holds \(size) people")
                    } else if !groupFree {
                        shortage = Shortage(.availability, "the group has no free block of \(a.length) periods on any teaching day")
                    } else {
                        shortage = Shortage(.availability, "no day has the group, a fitting venue and a qualified teacher free together")
                    }
                    shortages[r.index] = shortage
                }
            }
        }
        return PlacementSet(pools: pools, activities: activities, placements: placements, byRequirement: byRequirement, shortages: shortages)
    }
}
