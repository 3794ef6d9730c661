import Domain

/// The classic timetabling chain between two times: a session goes from its time to another,
/// the sessions there that share a class, a cohort or a teacher with it come back the other way, those
/// they meet at the first time go over in turn, and so on until the chain closes. Every
/// session of the chain has the moved session's length and starts exactly at one of the two
/// times (else there is no chain); a joint meeting moves with all its classes. Each keeps its
/// teacher, and its venue pool where that is free at the new time (`ChainRooms`).
public struct KempeChain: Move {
    public let name = "kempe chain"
    /// Other times tried per call.
    public var sample: Int
    /// Sessions in one chain at most.
    public var limit: Int
    public init(sample: Int = 4, limit: Int = 16) { self.sample = sample; self.limit = limit }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        guard !x.isBlock(r), let p = state.placement(of: r) else { return [] }
        let from = x.firstSlot(ofPlacement: p), length = x.placementLength[p]
        var tried = Set<Int>()
        var out: [[Change]] = []
        for a in state.sampleAssignments(of: r, limit: sample * 4, rng: &rng) {
            let to = x.firstSlot(ofPlacement: x.assignmentPlacement[a])
            // The two times must not overlap, or the chain would meet itself.
            guard abs(to - from) >= length || x.placementDay[x.assignmentPlacement[a]] != x.placementDay[p], tried.insert(to).inserted else { continue }
            if let c = state.kempeChain(r, from: from, to: to, limit: limit) { out.append(c) }
            if tried.count >= sample { break }
        }
        return out
    }
}

extension TimetableState {
    /// The chain of `r` moving from slot `from` to slot `to` (each its start), as changes: every
    /// session of the chain out, then each in at the other time. Nil when a session in the way
    /// does not start at the other time with the same length, when the chain grows past `limit`,
    /// or when a session has no placement at its new time.
    func kempeChain(_ r: Int, from: Int, to: Int, limit: Int) -> [Change]? {
        let x = index
        let length = x.requirementLength[r]
        // Requirement → whether it goes from `from` to `to` (else back).
        var side: [Int: Bool] = [:]
        var order: [Int] = []
        var queue: [Int] = []
        func add(_ o: Int, forward: Bool) -> Bool {
            if let s = side[o] { return s == forward }
            guard !x.isBlock(o), x.requirementLength[o] == length, let range = slotRange(o),
                range.first == (forward ? from : to)
            else { return false }
            side[o] = forward
            order.append(o)
            queue.append(o)
            return order.count <= limit
        }
        guard add(r, forward: true) else { return nil }
        while let o = queue.popLast() {
            let forward = side[o]!
            let p = x.assignmentPlacement[assignmentOf[o]]
            // A joint meeting moves whole.
            for m in members(ofPlacement: p) where m != o { guard add(m, forward: forward) else { return nil } }
            let target = forward ? to : from
            let day = target / x.periodsPerDay
            let g = x.requirementGroup[o]
            // The class's own sessions there (a block there ends the chain), and its cohort
            // mates' (they share students; a mate out on a block leaves them free).
            for h in x.isBlock(o) ? [g] : x.classesSharingStudents[g] {
                for q in groupDay[h * x.days + day] where q != o && (h == g || !x.isBlock(q)) {
                    guard let range = slotRange(q), range.last >= target, range.first < target + length else { continue }
                    guard add(q, forward: !forward) else { return nil }
                }
            }
            let t = x.placementTeacher[p]
            guard t >= 0 else { continue }
            for q in teacherDay[t * x.days + day] {
                let s = x.firstSlot(ofPlacement: q)
                guard s + x.placementLength[q] - 1 >= target, s < target + length else { continue }
                for m in members(ofPlacement: q) { guard add(m, forward: !forward) else { return nil } }
            }
        }
        var changes = order.map { Change(requirement: $0, assignment: -1) }
        var rooms = ChainRooms(state: self, leaving: order)
        for o in order {
            let target = side[o]! ? to : from
            let p = x.assignmentPlacement[assignmentOf[o]]
            guard let a = assignment(of: o, day: target / x.periodsPerDay, start: target % x.periodsPerDay, like: p) else { return nil }
            changes.append(Change(requirement: o, assignment: x.placementJoint[p] ? a : rooms.take(a, for: o)))
        }
        return changes
    }
}

/// Venue pools for a chain's sessions at their new times: a session keeps its pool where the
/// pool is free then (counting what the chain leaves and has taken so far), else takes the free
/// pool of the same teacher and site (travel stays as it was) whose seats fit its class most
/// closely; the pricing judges the rest.
struct ChainRooms {
    let state: TimetableState
    /// Pool × slots + slot → meetings the chain takes away (leaving) and puts there (taken).
    var leaving: [Int: Int] = [:]
    var taken: [Int: Int] = [:]

    init(state: TimetableState, leaving members: [Int]) {
        self.state = state
        var seen = Set<Int>()
        for o in members {
            guard let p = state.placement(of: o), seen.insert(p).inserted else { continue }
            let x = state.index, first = x.firstSlot(ofPlacement: p)
            for s in first..<(first + x.placementLength[p]) { leaving[x.placementPool[p] * x.slots + s, default: 0] += 1 }
        }
    }

    func free(_ a: Int) -> Bool {
        let x = state.index, q = x.assignmentPlacement[a], first = x.firstSlot(ofPlacement: q)
        return (first..<(first + x.placementLength[q])).allSatisfy { s in
            let i = x.placementPool[q] * x.slots + s
            return state.poolOccupancy[i] - leaving[i, default: 0] + taken[i, default: 0] < x.poolLimit[x.placementPool[q]]
        }
    }

    /// `a`, or an assignment of `r` at the same time and teacher in a free pool; marked taken.
    mutating func take(_ a: Int, for r: Int) -> Int {
        let x = state.index, q = x.assignmentPlacement[a]
        var pick = a
        if !free(a) {
            let size = x.groupSize[x.requirementGroup[r]]
            var fit = Int.max
            for b in x.assignments(of: r) {
                let o = x.assignmentPlacement[b]
                guard x.placementDay[o] == x.placementDay[q], x.placementStart[o] == x.placementStart[q],
                    x.placementTeacher[o] == x.placementTeacher[q], x.placementSite[o] == x.placementSite[q], free(b)
                else { continue }
                // Seats to spare when they suffice, else a large penalty plus the seats short.
                let seats = x.placementSeats[o]
                let score = seats >= size ? seats - size : 1_000_000 + size - seats
                if score < fit { fit = score; pick = b }
            }
        }
        let o = x.assignmentPlacement[pick], first = x.firstSlot(ofPlacement: o)
        for s in first..<(first + x.placementLength[o]) { taken[x.placementPool[o] * x.slots + s, default: 0] += 1 }
        return pick
    }
}
