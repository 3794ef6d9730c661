/// Venue changes (VenueChangesTerm), incrementally: per group-course pair, its sessions in each
/// venue pool (a handful of pools), online pools left out; a pool gained or emptied changes the
/// pair's venues beyond the first. Exact when every pool is one venue (as the Planner builds
/// them when the term is on, but for times first).
extension TimetableState {
    mutating func useVenue(_ r: Int, pool: Int, by delta: Int) {
        let x = index
        let k = x.requirementCourse[r]
        guard k >= 0, !x.poolOnline[pool] else { return }
        let before = coursePools[k].count
        if let i = coursePools[k].firstIndex(where: { $0.pool == pool }) {
            coursePools[k][i].sessions += delta
            if coursePools[k][i].sessions == 0 { coursePools[k].remove(at: i) }
        } else {
            precondition(delta > 0, "requirement \(r) leaves a venue pool its course does not use")
            coursePools[k].append((pool, delta))
        }
        addAmount(.extraVenues, max(0, coursePools[k].count - 1) - max(0, before - 1))
    }

    /// The venue pools a group-course pair uses now (online ones left out).
    func pools(ofCourse k: Int) -> [Int] { coursePools[k].map(\.pool) }

    func extraVenuesFromScratch() -> Int {
        let x = index
        var used = [Set<Int>](repeating: [], count: x.courseMinDays.count)
        for r in 0..<x.requirementCount where active[r] && !x.isBlock(r) && assignmentOf[r] >= 0 {
            let pool = x.placementPool[x.assignmentPlacement[assignmentOf[r]]]
            if !x.poolOnline[pool] { used[x.requirementCourse[r]].insert(pool) }
        }
        return used.reduce(0) { $0 + max(0, $1.count - 1) }
    }
}
