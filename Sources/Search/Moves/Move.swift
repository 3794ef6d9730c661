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
    /// venue pool as `like` (a placement), then any. Given `fitting`, one that fits comes first:
    /// the same teacher and pool fitting, then any fitting, then the same, then any (the state
    /// prices what does not fit).
    func assignment(of r: Int, day: Int, start: Int, like p: Int?, fitting: ((Int) -> Bool)? = nil) -> Int? {
        let x = index
        var free: Int? = nil, same: Int? = nil, any: Int? = nil
        for a in x.assignments(of: r) {
            let q = x.assignmentPlacement[a]
            guard x.placementDay[q] == day && x.placementStart[q] == start else { continue }
            let alike = p.map { x.placementTeacher[q] == x.placementTeacher[$0] && x.placementPool[q] == x.placementPool[$0] } ?? false
            // Without a test every assignment fits: the first alike, else the first.
            let fits = fitting?(a) ?? true
            if alike && fits { return a }
            if fits && free == nil { free = a }
            if alike && same == nil { same = a }
            if any == nil { any = a }
        }
        return free ?? same ?? any
    }

    /// The quick test before pricing a placement: none of its slots is in `avoiding`; the group
    /// (apart from `r` itself and slots being `freed`) and its cohorts are free then; and, for a
    /// meeting not yet held, so are its teacher and a venue of its pool (but for the meetings
    /// `vacated`, which the change leaves).
    func fits(_ r: Int, at a: Int, avoiding: Set<Int> = [], freed: Set<Int> = [], vacated: Vacated = Vacated()) -> Bool {
        let x = index
        let p = x.assignmentPlacement[a]
        let g = x.requirementGroup[r], t = x.placementTeacher[p], pool = x.placementPool[p]
        let own = slotRange(r)
        let first = x.firstSlot(ofPlacement: p)
        let held = attendees[p] > 0
        for s in first..<(first + x.placementLength[p]) {
            if avoiding.contains(s) { return false }
            let mine = own.map { s >= $0.first && s <= $0.last } ?? false ? 1 : 0
            if groupOccupancy[g * x.slots + s] > mine && !freed.contains(s) { return false }
            for c in x.isBlock(r) ? [] : x.cohortsOfGroup[g] where cohortOccupancy[c * x.slots + s] > mine { return false }
            if !held {
                if t >= 0 && teacherOccupancy[t * x.slots + s] > vacated.teacher(t * x.slots + s) { return false }
                if poolOccupancy[pool * x.slots + s] - vacated.pool(pool * x.slots + s) >= x.poolLimit[pool] { return false }
            }
        }
        return true
    }

    /// A group's placed sessions (requirements), day by day.
    func placedSessions(ofGroup g: Int) -> [Int] {
        (0..<index.days).flatMap { groupDay[g * index.days + $0] }
    }
}

extension TimetableState {
    /// The requirements a placement holds now: a joint meeting's classes, else its one session
    /// (none for a block's window or a placement not held).
    func members(ofPlacement p: Int) -> [Int] {
        let x = index
        guard p < x.modelPlacementCount, attendees[p] > 0 else { return [] }
        let set = x.plan.model.set
        return set.activities[set.placements[p].activity].requirements.filter {
            active[$0] && assignmentOf[$0] >= 0 && x.assignmentPlacement[assignmentOf[$0]] == p
        }
    }

    /// The requirement's assignment at a placement, if it has one there.
    func assignment(of r: Int, atPlacement q: Int) -> Int? {
        index.assignments(of: r).first { index.assignmentPlacement[$0] == q }
    }
}

/// Teacher and pool periods a change frees by taking whole meetings away (their only class
/// leaving), for `fits` to count as free: owner × slots + slot → meetings left.
struct Vacated {
    var teachers: [Int: Int] = [:]
    var pools: [Int: Int] = [:]
    func teacher(_ i: Int) -> Int { teachers.isEmpty ? 0 : teachers[i, default: 0] }
    func pool(_ i: Int) -> Int { pools.isEmpty ? 0 : pools[i, default: 0] }
}

extension TimetableState {
    /// What taking these requirements out frees: the meetings they alone attend.
    func vacated(by leaving: [Int]) -> Vacated {
        let x = index
        var out = Vacated()
        for r in leaving {
            guard let p = placement(of: r), attendees[p] == 1 else { continue }
            let first = x.firstSlot(ofPlacement: p)
            for s in first..<(first + x.placementLength[p]) {
                if x.placementTeacher[p] >= 0 { out.teachers[x.placementTeacher[p] * x.slots + s, default: 0] += 1 }
                out.pools[x.placementPool[p] * x.slots + s, default: 0] += 1
            }
        }
        return out
    }
}
