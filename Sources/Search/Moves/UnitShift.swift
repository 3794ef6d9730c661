import Domain

/// Moves a whole five-haves unit: its first segment to another placement, each later segment
/// to the earliest placement after the one before, inside the unit's window, that clashes with
/// nothing of the group (its teacher and venue as before where possible).
public struct UnitShift: Move {
    public let name = "unit shift"
    public var sample: Int
    public init(sample: Int = 6) { self.sample = sample }

    public func candidates(for r: Int, in state: TimetableState, rng: inout SeededRandom) -> [[Change]] {
        let x = state.index
        let u = x.requirementUnit[r]
        guard u >= 0 else { return [] }
        let unit = x.units[u]
        let window = x.unitWindow[u]
        var out: [[Change]] = []
        for a0 in state.sampleAssignments(of: unit[0], limit: sample, rng: &rng) {
            var changes = unit.map { Change(requirement: $0, assignment: -1) }
            let p0 = x.assignmentPlacement[a0]
            changes.append(Change(requirement: unit[0], assignment: a0))
            var end = x.firstSlot(ofPlacement: p0) + x.placementLength[p0] - 1
            let firstDay = x.placementDay[p0]
            var ok = true
            for seg in unit.dropFirst() {
                let like = state.placement(of: seg)
                var best: (key: (Int, Int, Int), a: Int)? = nil
                for a in x.assignments(of: seg) {
                    let q = x.assignmentPlacement[a]
                    let s = x.firstSlot(ofPlacement: q)
                    guard s > end, window == Int.max || x.placementDay[q] < firstDay + window else { continue }
                    let busy = state.groupBusy(x.requirementGroup[seg], from: s, count: x.placementLength[q], ignoring: unit)
                    let same = like.map { x.placementTeacher[$0] == x.placementTeacher[q] && x.placementPool[$0] == x.placementPool[q] } ?? false
                    let key = (busy, s, same ? 0 : 1)
                    if best == nil || key < best!.key { best = (key, a) }
                }
                guard let b = best else { ok = false; break }
                changes.append(Change(requirement: seg, assignment: b.a))
                let q = x.assignmentPlacement[b.a]
                end = x.firstSlot(ofPlacement: q) + x.placementLength[q] - 1
            }
            if ok { out.append(changes) }
        }
        return out
    }
}

extension TimetableState {
    /// Periods of `count` slots from `first` where the group already has a session (not counting `ignoring`).
    func groupBusy(_ g: Int, from first: Int, count: Int, ignoring: [Int]) -> Int {
        let x = index
        var n = 0
        for s in first..<(first + count) { n += groupOccupancy[g * x.slots + s] }
        // Discount the unit's own segments sitting there now.
        for r in ignoring {
            guard let range = slotRange(r) else { continue }
            n -= max(0, min(range.last, first + count - 1) - max(range.first, first) + 1)
        }
        return n
    }
}
