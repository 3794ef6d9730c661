/// Isolated periods (IsolationTerm), incrementally from the cohort occupancy: a period where a
/// cohort is in session, both neighbours that day free, counts its sessions. A session taking
/// periods first...last of a day changes only those and the period on either side, which are
/// recounted before and after.
extension TimetableState {
    /// Lone sessions of cohort `c` at slots first−1...last+1, within the day of `first`.
    func lonePeriods(_ c: Int, around first: Int, _ last: Int) -> Int {
        let x = index
        let dayStart = first - first % x.periodsPerDay, dayEnd = dayStart + x.periodsPerDay - 1
        let base = c * x.slots
        var n = 0
        for s in max(dayStart, first - 1)...min(dayEnd, last + 1) {
            let here = cohortOccupancy[base + s]
            guard here > 0 else { continue }
            if s > dayStart && cohortOccupancy[base + s - 1] > 0 { continue }
            if s < dayEnd && cohortOccupancy[base + s + 1] > 0 { continue }
            n += here
        }
        return n
    }

    mutating func addLonePeriods(_ delta: Int) { addAmount(.lonePeriods, delta) }

    func lonePeriodsFromScratch() -> Int {
        let x = index
        var busy = [Int](repeating: 0, count: x.cohortCount * x.slots)
        for r in 0..<x.requirementCount where active[r] && !x.isBlock(r) && assignmentOf[r] >= 0 {
            let p = x.assignmentPlacement[assignmentOf[r]]
            let first = x.firstSlot(ofPlacement: p)
            for c in x.cohortsOfGroup[x.requirementGroup[r]] {
                for s in first..<(first + x.placementLength[p]) { busy[c * x.slots + s] += 1 }
            }
        }
        var n = 0
        for c in 0..<x.cohortCount {
            for s in 0..<x.slots where busy[c * x.slots + s] > 0 {
                let q = s % x.periodsPerDay
                if q > 0 && busy[c * x.slots + s - 1] > 0 { continue }
                if q < x.periodsPerDay - 1 && busy[c * x.slots + s + 1] > 0 { continue }
                n += busy[c * x.slots + s]
            }
        }
        return n
    }
}
