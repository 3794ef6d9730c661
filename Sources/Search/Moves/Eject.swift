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
        let base: [[Change]] = u >= 0
            ? UnitShift(sample: sample).candidates(for: r, in: state, rng: &rng)
            : Relocate(sample: sample).candidates(for: r, in: state, rng: &rng)
        let g = x.requirementGroup[r]
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
            let inWay = (0..<x.days).flatMap { state.groupDay[g * x.days + $0] }.filter { o in
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
    /// An assignment of `r` off the slots `avoiding`, where its group (apart from slots being
    /// `freed`), its cohorts, and for a meeting not yet held its teacher and a venue are free.
    func freeAssignment(for r: Int, avoiding: Set<Int>, freed: Set<Int>, tries: Int, rng: inout SeededRandom) -> Int? {
        let x = index
        let g = x.requirementGroup[r]
        let own = slotRange(r)
        for a in sampleAssignments(of: r, limit: tries, rng: &rng) {
            let p = x.assignmentPlacement[a]
            let first = x.firstSlot(ofPlacement: p)
            let held = attendees[p] > 0
            var fits = true
            for s in first..<(first + x.placementLength[p]) {
                let mine = own.map { s >= $0.first && s <= $0.last } ?? false
                if avoiding.contains(s) || (groupOccupancy[g * x.slots + s] > (mine ? 1 : 0) && !freed.contains(s)) { fits = false; break }
                for c in x.cohortsOfGroup[g] where cohortOccupancy[c * x.slots + s] > (mine ? 1 : 0) { fits = false }
                if !held {
                    let t = x.placementTeacher[p], pool = x.placementPool[p]
                    if t >= 0 && teacherOccupancy[t * x.slots + s] > 0 { fits = false }
                    if poolOccupancy[pool * x.slots + s] >= x.poolLimit[pool] { fits = false }
                }
                if !fits { break }
            }
            if fits { return a }
        }
        return nil
    }
}
