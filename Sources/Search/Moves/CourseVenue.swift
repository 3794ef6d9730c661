import Domain

/// Puts every session of a group's course in one venue pool (ITC-2007's room stability; for
/// cadres, one course kept in one hall): each session keeps its day, first period and teacher
/// and takes that pool's placement. The pools tried: those the course uses now, and a few
/// drawn from the session's own placements.
public struct CourseVenue: Move {
    public let name = "course venue"
    /// Pools drawn besides the course's own.
    public var sample: Int
    public init(sample: Int = 3) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard !x.isBlock(r), state.isPlaced(r) else { return [] }
        let k = x.requirementCourse[r]
        let mates = state.placedSessions(ofGroup: x.requirementGroup[r]).filter { x.requirementCourse[$0] == k }
        guard mates.count > 1 else { return [] }
        var targets = state.pools(ofCourse: k)
        for a in state.sampleAssignments(of: r, limit: sample, rng: &rng) {
            let pool = x.placementPool[x.assignmentPlacement[a]]
            if !x.poolOnline[pool] && !targets.contains(pool) { targets.append(pool) }
        }
        var out: [[Change]] = []
        for pool in targets {
            var changes: [Change] = []
            var ok = true
            for o in mates {
                guard let q = state.placement(of: o) else { continue }
                if x.placementPool[q] == pool { continue }
                guard let a = state.assignment(of: o, like: q, pool: pool) else { ok = false; break }
                changes.append(Change(requirement: o, assignment: a))
            }
            if ok && !changes.isEmpty { out.append(changes) }
        }
        return out
    }
}

extension TimetableState {
    /// The requirement's assignment at placement `q`'s day, first period and teacher, in `pool`.
    func assignment(of r: Int, like q: Int, pool: Int) -> Int? {
        let x = index
        return x.assignments(of: r).first { a in
            let p = x.assignmentPlacement[a]
            return x.placementPool[p] == pool && x.placementDay[p] == x.placementDay[q] && x.placementStart[p] == x.placementStart[q]
                && x.placementTeacher[p] == x.placementTeacher[q]
        }
    }
}
