/// The soft terms that move with single sessions, priced incrementally with the same counting
/// as Planner/Objective: TravelTerm (minutes from home to each other site a group visits in a
/// day), CompactnessTerm (breaks inside a group's day, plus a day with one session) and
/// TeacherBalanceTerm (periods above a teacher's fair share). Needs (NeedsCount.swift) depend
/// only on which courses are held; the terms of the ITC-2007 costs (seats, spread, isolated
/// periods, venue changes) and stability are in their own files (SoftAmount).
extension TimetableState {
    /// Weighted travel and compactness of one group-day, from its sessions (first, last period, site).
    func daySoft(_ g: Int, _ items: [(start: Int, end: Int, site: Int)]) -> Double {
        let x = index
        guard !items.isEmpty else { return 0 }
        var z = 0.0
        let home = x.groupHome[g]
        if x.travelWeight > 0 && home >= 0 {
            var sites: [Int] = [], minutes = 0
            for i in items where i.site >= 0 && !sites.contains(i.site) {
                sites.append(i.site)
                minutes += x.travel[home * x.siteCount + i.site]
            }
            z += x.travelWeight * Double(minutes)
        }
        if x.compactnessWeight > 0 {
            var busy = 0 as UInt64
            for i in items { for q in i.start...i.end { busy |= 1 << UInt64(q) } }
            let stretches = (busy & ~(busy << 1)).nonzeroBitCount
            z += x.compactnessWeight * Double(max(0, stretches - 1) + (items.count == 1 ? 1 : 0))
        }
        return z
    }

    /// Weighted periods above the teacher's fair share at a load.
    func balance(_ t: Int, load: Int) -> Double {
        index.balanceWeight * max(0, Double(load) - index.fairShare[t])
    }

    /// The same terms counted from scratch, for the property tests.
    public func softFromScratch() -> Double {
        let x = index
        var z = 0.0
        for g in 0..<x.groupIDs.count {
            for d in 0..<x.days {
                var items: [(start: Int, end: Int, site: Int)] = []
                for r in 0..<x.requirementCount where active[r] && !x.isBlock(r) && x.requirementGroup[r] == g && assignmentOf[r] >= 0 {
                    let p = x.assignmentPlacement[assignmentOf[r]]
                    guard x.placementDay[p] == d else { continue }
                    items.append((x.placementStart[p], x.placementStart[p] + x.placementLength[p] - 1, x.placementSite[p]))
                }
                z += daySoft(g, items)
            }
        }
        var load = [Int](repeating: 0, count: x.teacherIDs.count)
        var open = Set<Int>()
        for r in 0..<x.requirementCount where active[r] && assignmentOf[r] >= 0 { open.insert(x.assignmentPlacement[assignmentOf[r]]) }
        for p in open where x.placementTeacher[p] >= 0 { load[x.placementTeacher[p]] += x.placementLength[p] }
        for t in load.indices { z += balance(t, load: load[t]) }
        let amounts = amountsFromScratch()
        for term in SoftAmount.allCases { z += x.weight(term) * Double(amounts[term.rawValue]) }
        return z + x.electives.needsWeight * needsFromScratch()
    }
}
