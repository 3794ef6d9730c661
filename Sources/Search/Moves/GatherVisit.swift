import Domain

/// Gathers the segments a five-haves unit holds at one site away from home, when they are
/// spread over two or more days, into one day there: in their order, back to back, from a
/// start of one of those days. The class's other sessions in the way take, in their order,
/// the periods the segments leave (each a run of its length within one day), so a full class
/// needs no free period. One trip instead of two, which relocations cannot reach: each step between breaks
/// the unit's order. Teacher and venue pool are kept where they are free. Only drawn where
/// travel is priced.
public struct GatherVisit: Move {
    public let name = "gather visit"
    /// Candidates per call.
    public var sample: Int
    public init(sample: Int = 4) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        let u = x.requirementUnit[r]
        guard u >= 0, let p = state.placement(of: r) else { return [] }
        let g = x.requirementGroup[r], site = x.placementSite[p], n = x.periodsPerDay
        guard site >= 0, x.groupHome[g] >= 0, site != x.groupHome[g] else { return [] }
        // The unit's segments at this site, in the unit's order.
        let here = x.units[u].filter { s in state.placement(of: s).map { x.placementSite[$0] == site } ?? false }
        let days = Set(here.map { x.placementDay[state.placement(of: $0)!] }).sorted()
        let length = here.reduce(0) { $0 + x.requirementLength[$1] }
        guard days.count > 1, length <= n else { return [] }
        var out: [[Change]] = []
        for day in days {
            for start in 0...(n - length) {
                if let c = gather(here, day: day, start: start, group: g, in: state) { out.append(c) }
            }
        }
        if out.count > sample {
            out.shuffle(using: &rng)
            out.removeLast(out.count - sample)
        }
        return out
    }

    /// The segments back to back on `day` from `start`, the sessions there put where they leave.
    func gather(_ segments: [Int], day: Int, start: Int, group g: Int, in state: TimetableState) -> [Change]? {
        let x = state.index, n = x.periodsPerDay
        var block = Set<Int>(), old = Set<Int>()
        for s in segments {
            let range = state.slotRange(s)!
            old.formUnion(range.first...range.last)
        }
        block.formUnion((day * n + start)..<(day * n + start + segments.reduce(0) { $0 + x.requirementLength[$1] }))
        // The class's other sessions that day in the way, each needing a run of the slots left.
        let inWay = state.groupDay[g * x.days + day].filter { o in
            guard !segments.contains(o), let range = state.slotRange(o) else { return false }
            return (range.first...range.last).contains { block.contains($0) }
        }
        if inWay.contains(where: { x.isBlock($0) }) { return nil }
        var left = old.subtracting(block).sorted()
        let freed = old.union(block)
        let vacated = state.vacated(by: segments + inWay)
        var changes = (segments + inWay).map { Change(requirement: $0, assignment: -1) }
        // Teacher and pool kept where they are free then.
        func pick(_ r: Int, slot: Int) -> Int? {
            state.assignment(of: r, day: slot / n, start: slot % n, like: state.placement(of: r)) {
                state.fits(r, at: $0, freed: freed, vacated: vacated)
            }
        }
        var at = day * n + start
        for s in segments {
            guard let a = pick(s, slot: at) else { return nil }
            changes.append(Change(requirement: s, assignment: a))
            at += x.requirementLength[s]
        }
        for o in inWay.sorted(by: { state.slotRange($0)!.first < state.slotRange($1)!.first }) {
            let l = x.requirementLength[o]
            // The earliest run of `l` slots left, inside one day.
            guard
                let i = left.indices.first(where: { i in
                    i + l <= left.count && left[i + l - 1] == left[i] + l - 1 && left[i] / n == (left[i] + l - 1) / n
                }),
                let a = pick(o, slot: left[i])
            else { return nil }
            left.removeSubrange(i..<(i + l))
            changes.append(Change(requirement: o, assignment: a))
        }
        return changes
    }
}
