import Domain

/// Two classes out on shadowing placements (跟班学习) exchange their windows: each block goes
/// to the other's start day, when that window is one of its own. Shifting one block is a
/// relocate of its requirement (its assignments are its windows).
public struct BlockSwap: Move {
    public let name = "block swap"
    public var sample: Int
    public init(sample: Int = 8) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard x.isBlock(r), let p = state.placement(of: r) else { return [] }
        let mine = x.block(of: r)
        let others = x.blocks.indices.filter { b in
            b != mine && state.active[x.requirement(ofBlock: b)] && state.isPlaced(x.requirement(ofBlock: b))
        }
        guard !others.isEmpty else { return [] }
        let picks = others.count <= sample ? others : (0..<sample).map { _ in others[Int.random(in: 0..<others.count, using: &rng)] }
        var out: [[Change]] = []
        for b in picks {
            let o = x.requirement(ofBlock: b)
            guard let q = state.placement(of: o), x.day(ofPlacement: q) != x.day(ofPlacement: p),
                let a = x.blockAssignment(mine, startDay: x.day(ofPlacement: q)),
                let c = x.blockAssignment(b, startDay: x.day(ofPlacement: p))
            else { continue }
            // Both out first, so neither lands on the other in passing.
            out.append([
                Change(requirement: r, assignment: -1), Change(requirement: o, assignment: -1),
                Change(requirement: r, assignment: a), Change(requirement: o, assignment: c)
            ])
        }
        return out
    }
}
