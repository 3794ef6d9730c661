/// Turns a state that still breaks rules into a valid timetable that leaves some sessions out:
/// sessions in conflict are taken out (a five-haves unit whole) where that removes the most
/// violations per period left out, until no rule is broken; then every session left out is
/// tried again wherever it breaks nothing. What the integer program accepts as a start.
public struct LeaveOutConflicts: Sendable {
    public init() {}

    public func run(_ state: inout TimetableState) {
        let x = state.index
        func outSet(_ r: Int) -> [Int] { x.requirementUnit[r] >= 0 ? x.units[x.requirementUnit[r]] : [r] }
        // Passes: price every conflicted session's removal once, then take them out in that
        // order while a removal still removes something.
        while state.violationCount > 0 {
            var priced: [(key: (Double, Int), set: [Int])] = []
            var seen = Set<Int>()
            for r in state.conflicted() where state.isPlaced(r) {
                let set = outSet(r).filter { state.isPlaced($0) }
                guard seen.insert(set[0]).inserted else { continue }
                let removed = removal(set, &state)
                let periods = set.reduce(0) { $0 + x.requirementLength[$1] }
                if removed > 0 { priced.append(((-Double(removed) / Double(max(1, periods)), set[0]), set)) }
            }
            guard !priced.isEmpty else { break }
            var progress = false
            for (_, set) in priced.sorted(by: { $0.key < $1.key }) where state.violationCount > 0 {
                let still = set.filter { state.isPlaced($0) }
                guard !still.isEmpty, removal(still, &state) > 0 else { continue }
                state.apply(still.map { Change(requirement: $0, assignment: -1) })
                progress = true
            }
            if !progress { break }
        }
        placeLeftOut(&state)
    }

    /// Violations removed by taking `set` out (the state is left as it was).
    private func removal(_ set: [Int], _ state: inout TimetableState) -> Int {
        let before = state.violationCount
        let undo = state.apply(set.map { Change(requirement: $0, assignment: -1) })
        let removed = before - state.violationCount
        state.apply(undo)
        return removed
    }

    /// Each unplaced session (a unit whole, segments in order within its window) at its first
    /// placement that breaks nothing.
    public func placeLeftOut(_ state: inout TimetableState) {
        let x = state.index
        var done = Set<Int>()
        for r in state.unplaced where !done.contains(r) {
            let u = x.requirementUnit[r]
            let set = u >= 0 ? x.units[u] : [r]
            done.formUnion(set)
            _ = place(set, at: 0, after: -1, firstDay: nil, window: u >= 0 ? x.unitWindow[u] : Int.max, in: &state)
        }
    }

    /// Places `set[i...]` in order after slot `after`, backtracking over the first segment only.
    private func place(_ set: [Int], at i: Int, after: Int, firstDay: Int?, window: Int, in state: inout TimetableState) -> Bool {
        guard i < set.count else { return true }
        let x = state.index
        let r = set[i]
        guard !state.isPlaced(r) else { return place(set, at: i + 1, after: after, firstDay: firstDay, window: window, in: &state) }
        for a in x.assignments(of: r) {
            let p = x.assignmentPlacement[a]
            let s = x.firstSlot(ofPlacement: p)
            guard s > after, window == Int.max || firstDay == nil || x.placementDay[p] < firstDay! + window else { continue }
            guard state.fits(r, at: a) else { continue }
            let before = state.violationCount
            state.place(r, at: a)
            // A unit's first segments leave the unit "in part" until the last is placed.
            let partial = i == 0 && set.count > 1 ? 1 : 0
            guard state.violationCount <= before + partial else { state.unplace(r); continue }
            // Later segments take the first placement that fits; only the first segment is tried again.
            if place(set, at: i + 1, after: s + x.placementLength[p] - 1, firstDay: firstDay ?? x.placementDay[p], window: window, in: &state)
                && (i > 0 || state.violationCount == 0)
            {
                return true
            }
            for later in set[(i + 1)...] where state.isPlaced(later) { state.unplace(later) }
            state.unplace(r)
            if i > 0 { return false }
        }
        return false
    }
}
