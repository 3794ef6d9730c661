import Domain

/// Brings a session held away from its class's home site to another day its class already
/// spends at that site, so the class makes one trip fewer: to a start there that is free for the
/// class, or in exchange with a session of the class that day of the same length held elsewhere
/// (which takes its day and start). Teacher and venue pool are kept where they can be. Only
/// drawn where travel is priced.
public struct JoinVisit: Move {
    public let name = "join visit"
    /// Candidates per call.
    public var sample: Int
    public init(sample: Int = 6) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard !x.isBlock(r), let p = state.placement(of: r) else { return [] }
        let g = x.requirementGroup[r], site = x.placementSite[p], day = x.placementDay[p], start = x.placementStart[p]
        let length = x.placementLength[p], n = x.periodsPerDay
        guard site >= 0, x.groupHome[g] >= 0, site != x.groupHome[g] else { return [] }
        func siteOf(_ o: Int) -> Int { state.placement(of: o).map { x.placementSite[$0] } ?? -1 }
        var out: [[Change]] = []
        for d in 0..<x.days where d != day {
            let others = state.groupDay[g * x.days + d]
            guard others.contains(where: { siteOf($0) == site }) else { continue }
            // Starts that day free for the class (and its teacher and pool: `fits`).
            for t in 0...max(0, n - length) where t + length <= n {
                if let a = state.assignment(of: r, day: d, start: t, like: p), state.fits(r, at: a) {
                    out.append([Change(requirement: r, assignment: a)])
                }
            }
            // Exchanges with the class's sessions held elsewhere that day.
            for o in others where !x.isBlock(o) && siteOf(o) != site {
                guard let q = state.placement(of: o), x.placementLength[q] == length,
                    let a = state.assignment(of: r, day: d, start: x.placementStart[q], like: p),
                    let b = state.assignment(of: o, day: day, start: start, like: q)
                else { continue }
                out.append([
                    Change(requirement: r, assignment: -1), Change(requirement: o, assignment: -1),
                    Change(requirement: r, assignment: a), Change(requirement: o, assignment: b)
                ])
            }
        }
        if out.count > sample {
            out.shuffle(using: &rng)
            out.removeLast(out.count - sample)
        }
        return out
    }
}
