import Domain

/// The day tours one team can drive: every set of up to `maxVisitsPerDay` towns that it can
/// visit from its base and be back within `maxMinutesPerDay` (travel plus a visit per town),
/// each in its shortest order. Because travel is by shortest roads, dropping a town from a tour
/// never makes it longer, so a set that does not fit is never extended (the search stops there).
public enum DayTours {
    /// A tour as the program sees it: the towns (indices into the town list) in driving order.
    public struct Tour: Sendable, Equatable {
        public var team: Int
        public var towns: [Int]
        public var travel: Int
        public var legs: [Int]
        /// Travel plus the visits.
        public var total: Int
    }

    public struct TooMany: Error, Equatable {
        public var limit: Int
    }

    /// The best order of `towns` from `base` and back, by dynamic programming over subsets
    /// (Held–Karp; at most 8 towns a day, so 2⁸·8² steps); nil when some leg has no road.
    public static func bestOrder(base: Site.ID, towns: [Site.ID], roads: RoadNetwork) -> (order: [Int], travel: Int, legs: [Int])? {
        let n = towns.count
        if n == 0 { return ([], 0, []) }
        var out: [Int] = [], back: [Int] = []
        for t in towns {
            guard let a = roads.minutes(from: base, to: t), let b = roads.minutes(from: t, to: base) else { return nil }
            out.append(a); back.append(b)
        }
        var d = Array(repeating: Array(repeating: Int?.none, count: n), count: n)
        for i in 0..<n { for j in 0..<n where i != j { d[i][j] = roads.minutes(from: towns[i], to: towns[j]) } }
        let full = (1 << n) - 1
        let inf = Int.max / 4
        // cost[mask][j]: base → the towns of mask, ending at j; from[] keeps the previous town.
        var cost = Array(repeating: Array(repeating: inf, count: n), count: 1 << n)
        var prev = Array(repeating: Array(repeating: -1, count: n), count: 1 << n)
        for j in 0..<n { cost[1 << j][j] = out[j] }
        for mask in 1...full {
            for j in 0..<n where mask & (1 << j) != 0 && cost[mask][j] < inf {
                for k in 0..<n where mask & (1 << k) == 0 {
                    guard let step = d[j][k] else { continue }
                    let next = mask | (1 << k), c = cost[mask][j] + step
                    if c < cost[next][k] { cost[next][k] = c; prev[next][k] = j }
                }
            }
        }
        var end = -1, best = inf
        for j in 0..<n where cost[full][j] < inf && cost[full][j] + back[j] < best { best = cost[full][j] + back[j]; end = j }
        guard end >= 0 else { return nil }
        var order: [Int] = []
        var mask = full, j = end
        while j >= 0 { order.append(j); let p = prev[mask][j]; mask &= ~(1 << j); j = p }
        order.reverse()
        var legs: [Int] = []
        for (i, t) in order.enumerated() { legs.append(i == 0 ? out[t] : d[order[i - 1]][t]!) }
        return (order, best, legs)
    }

    /// Every tour of `team` (index `teamIndex`) over `candidates` (indices into `towns`), in a
    /// fixed order. Throws `TooMany` once more than `limit` tours have been found in all (`found` counts across teams).
    public static func enumerate(
        team: Team, teamIndex: Int, towns: [Site.ID], candidates: [Int], visitMinutes: Int,
        roads: RoadNetwork, found: inout Int, limit: Int
    ) throws(TooMany) -> [Tour] {
        var tours: [Tour] = []
        var chosen: [Int] = []
        func extend(from start: Int) throws(TooMany) {
            guard chosen.count < team.maxVisitsPerDay else { return }
            for c in start..<candidates.count {
                chosen.append(candidates[c])
                defer { chosen.removeLast() }
                guard let best = bestOrder(base: team.site, towns: chosen.map { towns[$0] }, roads: roads) else { continue }
                let total = best.travel + visitMinutes * chosen.count
                // Longer with every town added: nothing beyond this set fits either.
                guard total <= team.maxMinutesPerDay else { continue }
                found += 1
                if found > limit { throw TooMany(limit: limit) }
                tours.append(Tour(team: teamIndex, towns: best.order.map { chosen[$0] }, travel: best.travel, legs: best.legs, total: total))
                try extend(from: c + 1)
            }
        }
        try extend(from: 0)
        return tours
    }
}
