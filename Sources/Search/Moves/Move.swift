import Domain

/// A kind of change to a timetable: given a requirement the search wants to move, a few
/// candidate changes for the search to price on the state.
public protocol Move: Sendable {
    /// Shown in the method line and the search's statistics.
    var name: String { get }
    func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]]
}

extension TimetableState {
    /// Up to `limit` of a requirement's assignments, drawn at random (all when there are fewer),
    /// its current one left out.
    func sampleAssignments(of r: Int, limit: Int, rng: inout SeededRandom) -> [Int] {
        let all = index.assignments(of: r)
        let current = assignmentOf[r]
        if all.count <= limit { return all.filter { $0 != current } }
        var out: [Int] = []
        out.reserveCapacity(limit)
        for _ in 0..<limit {
            let a = all[Int.random(in: 0..<all.count, using: &rng)]
            if a != current { out.append(a) }
        }
        return out
    }

    /// The requirement's assignment at a day and first period, preferring the same teacher and
    /// venue pool as `like` (a placement), then any.
    func assignment(of r: Int, day: Int, start: Int, like p: Int?) -> Int? {
        let x = index
        var any: Int? = nil
        for a in x.assignments(of: r) {
            let q = x.assignmentPlacement[a]
            guard x.placementDay[q] == day && x.placementStart[q] == start else { continue }
            if let p, x.placementTeacher[q] == x.placementTeacher[p] && x.placementPool[q] == x.placementPool[p] { return a }
            if any == nil { any = a }
        }
        return any
    }
}
