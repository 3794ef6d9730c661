/// Spread (SpreadTerm), incrementally: per group-course pair with a `min_days`, sessions per
/// day and days held; a session placed or removed changes one day's count, and the pair's days
/// short only when that day fills or empties. Pairs of electives not taken stay short of all
/// their days, as the term counts them.
extension TimetableState {
    mutating func spread(_ r: Int, day d: Int, by delta: Int) {
        let x = index
        let k = x.requirementCourse[r]
        guard k >= 0, x.courseMinDays[k] > 0 else { return }
        let before = courseDaySessions[k * x.days + d]
        courseDaySessions[k * x.days + d] = before + delta
        let held = courseDays[k]
        let now = held + (before == 0 && delta > 0 ? 1 : 0) - (before + delta == 0 && before > 0 ? 1 : 0)
        guard now != held else { return }
        courseDays[k] = now
        addAmount(.daysShort, max(0, x.courseMinDays[k] - now) - max(0, x.courseMinDays[k] - held))
    }

    func daysShortFromScratch() -> Int {
        let x = index
        var days = [Set<Int>](repeating: [], count: x.courseMinDays.count)
        for r in 0..<x.requirementCount where active[r] && !x.isBlock(r) && assignmentOf[r] >= 0 {
            days[x.requirementCourse[r]].insert(x.placementDay[x.assignmentPlacement[assignmentOf[r]]])
        }
        return x.courseMinDays.indices.reduce(0) { $0 + max(0, x.courseMinDays[$1] - days[$1].count) }
    }
}
