import Domain

/// Moves a session (a five-haves unit whole) where its group is busy, and moves each session
/// of the group in the way to a period where the group, teacher and a venue are free (an
/// ejection chain of length one): the move that makes room in a class that is nearly full.
public struct Eject: Move {
    public let name = "eject"
    /// Placements tried for the session, and for each session in the way.
    public var sample: Int
    public var rehome: Int
    public init(sample: Int = 8, rehome: Int = 64) { self.sample = sample; self.rehome = rehome }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        let u = x.requirementUnit[r]
        let base: [[Change]] =
            u >= 0
            ? UnitShift(sample: sample).candidates(for: r, in: state, rng: &rng)
            : Relocate(sample: sample).candidates(for: r, in: state, rng: &rng)
        let g = x.requirementGroup[r]
        let classSessions = state.placedSessions(ofGroup: g)
        var out: [[Change]] = []
        for var changes in base {
            let moving = Set(changes.map(\.requirement))
            // Slots the moved sessions will take, and the group's sessions in their way.
            var taken = Set<Int>()
            for c in changes where c.assignment >= 0 {
                let p = x.assignmentPlacement[c.assignment]
                let s = x.firstSlot(ofPlacement: p)
                taken.formUnion(s..<(s + x.placementLength[p]))
            }
            var freed = Set<Int>()
            for m in moving { if let range = state.slotRange(m) { freed.formUnion(range.first...range.last) } }
            let inWay = classSessions.filter { o in
                guard !moving.contains(o), x.requirementUnit[o] < 0, !x.requirementFirst[o], let range = state.slotRange(o) else { return false }
                return (range.first...range.last).contains(where: taken.contains)
            }
            guard !inWay.isEmpty else { continue }
            var ok = true
            for o in inWay.sorted() {
                guard let b = state.freeAssignment(for: o, avoiding: taken, freed: freed, tries: rehome, rng: &rng) else { ok = false; break }
                let p = x.assignmentPlacement[b]
                let s = x.firstSlot(ofPlacement: p)
                taken.formUnion(s..<(s + x.placementLength[p]))
                if let range = state.slotRange(o) { freed.formUnion(range.first...range.last) }
                changes.insert(Change(requirement: o, assignment: -1), at: 0)
                changes.append(Change(requirement: o, assignment: b))
            }
            if ok { out.append(changes) }
        }
        return out
    }
}

extension TimetableState {
    /// An assignment of `r` (of `tries` drawn) that `fits` off the slots `avoiding`, with `freed` free.
    func freeAssignment(for r: Int, avoiding: Set<Int>, freed: Set<Int>, tries: Int, rng: inout SeededRandom) -> Int? {
        sampleAssignments(of: r, limit: tries, rng: &rng).first { fits(r, at: $0, avoiding: avoiding, freed: freed) }
    }
}
