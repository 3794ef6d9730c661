import Domain

/// Exchanges the times of two sessions of one group of the same length, each keeping its
/// teacher and venue pool where it can.
public struct Swap: Move {
    public let name = "swap"
    public var sample: Int
    public init(sample: Int = 8) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard let p = state.placement(of: r) else { return [] }
        let g = x.requirementGroup[r]
        let mates = state.placedSessions(ofGroup: g).filter { $0 != r && x.requirementLength[$0] == x.requirementLength[r] }
        guard !mates.isEmpty else { return [] }
        var out: [[Change]] = []
        // Every mate when there are few, else a random draw.
        let picks = mates.count <= sample ? mates : (0..<sample).map { _ in mates[Int.random(in: 0..<mates.count, using: &rng)] }
        for o in picks {
            guard let q = state.placement(of: o), x.placementDay[q] != x.placementDay[p] || x.placementStart[q] != x.placementStart[p],
                let a = state.assignment(of: r, day: x.placementDay[q], start: x.placementStart[q], like: p),
                let b = state.assignment(of: o, day: x.placementDay[p], start: x.placementStart[p], like: q)
            else { continue }
            // Both out first, so neither lands on the other in passing.
            out.append([
                Change(requirement: r, assignment: -1), Change(requirement: o, assignment: -1),
                Change(requirement: r, assignment: a), Change(requirement: o, assignment: b)
            ])
        }
        return out
    }
}
