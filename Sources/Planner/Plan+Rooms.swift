import Domain

/// Rooms after times: which venue of a pool each held session gets.
extension Plan {
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
            let rooms =
                (stability != nil ? (firstFit(reserve: true, prefer: false) ?? firstFit(reserve: false, prefer: true)) : nil)
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
}

/// A venue pool on one teaching day: sessions whose rooms are chosen together.
struct PoolDay: Hashable { var pool: Int; var day: Int }
