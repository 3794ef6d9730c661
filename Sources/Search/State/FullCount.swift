/// Every rule counted from scratch from the assignments alone, without the incremental
/// counters: what the property tests hold the incremental counts to.
extension TimetableState {
    public func recountedFromScratch() -> [Int] {
        let x = index
        var out = [Int](repeating: 0, count: Rule.allCases.count)
        func add(_ rule: Rule, _ n: Int) { out[rule.rawValue] += n }
        struct Held { var r: Int; var p: Int; var g: Int; var day: Int; var start: Int; var end: Int }
        var held: [Held] = []
        for r in 0..<x.requirementCount where active[r] {
            guard assignmentOf[r] >= 0 else { add(.unplaced, x.requirementLength[r]); continue }
            let p = x.assignmentPlacement[assignmentOf[r]]
            held.append(
                Held(
                    r: r, p: p, g: x.requirementGroup[r], day: x.placementDay[p], start: x.placementStart[p],
                    end: x.placementStart[p] + x.placementLength[p] - 1))
        }
        func excess(_ tally: [Int: Int], limit: (Int) -> Int) -> Int { tally.reduce(0) { $0 + max(0, $1.value - limit($1.key)) } }
        // Group and cohort periods.
        var group: [Int: Int] = [:], cohort: [Int: Int] = [:]
        for h in held {
            for q in h.start...h.end {
                let s = h.day * x.periodsPerDay + q
                group[h.g * x.slots + s, default: 0] += 1
                if x.isBlock(h.r) { continue }
                for c in x.cohortsOfGroup[h.g] { cohort[c * x.slots + s, default: 0] += 1 }
            }
        }
        // Shadowing placements: cadres out per course and day against the hosts' capacity.
        var cadresOut: [Int: Int] = [:]
        for h in held where x.isBlock(h.r) {
            let spec = x.blocks[x.block(of: h.r)]
            guard spec.course >= 0, (spec.course + 1) * x.days <= x.hostCapacity.count else { continue }
            for d in h.day..<(h.day + spec.days) { cadresOut[spec.course * x.days + d, default: 0] += spec.cadres }
        }
        add(.hostCapacity, excess(cadresOut) { x.hostCapacity[$0] })
        // Blocks are no sessions of a day: the rest counts sessions only (but the first course).
        held.removeAll { x.isBlock($0.r) }
        add(.groupClash, excess(group) { _ in 1 })
        add(.cohortClash, excess(cohort) { _ in 1 })
        // Meetings: teachers, pools, loads, seats.
        let meetings = Dictionary(grouping: held, by: \.p).sorted { $0.key < $1.key }
        var teacher: [Int: Int] = [:], pool: [Int: Int] = [:], day: [Int: Int] = [:], total: [Int: Int] = [:]
        for (p, list) in meetings {
            let t = x.placementTeacher[p], len = x.placementLength[p]
            for q in x.placementStart[p]..<(x.placementStart[p] + len) {
                let s = x.placementDay[p] * x.periodsPerDay + q
                if t >= 0 { teacher[t * x.slots + s, default: 0] += 1 }
                pool[x.placementPool[p] * x.slots + s, default: 0] += 1
            }
            if t >= 0 { day[t * x.days + x.placementDay[p], default: 0] += len; total[t, default: 0] += len }
            let seated = list.reduce(0) { $0 + x.groupSize[$1.g] }
            if x.placementJoint[p] && seated > x.placementSeats[p] { add(.venueCapacity, 1) }
        }
        add(.teacherClash, excess(teacher) { _ in 1 })
        add(.venueClash, excess(pool) { x.poolLimit[$0 / x.slots] })
        add(.teacherLoad, excess(day) { x.teacherMaxPerDay[$0 / x.days] } + excess(total) { x.teacherMax[$0] })
        // Travel, by group-day and teacher-day.
        for (_, list) in Dictionary(grouping: held, by: { $0.g * x.days + $0.day }) {
            add(.travel, Self.travelPairs(list.map { ($0.start, $0.end, x.placementSite[$0.p]) }, x))
        }
        for (_, ps) in Dictionary(
            grouping: meetings.map(\.key).filter { x.placementTeacher[$0] >= 0 }, by: { x.placementTeacher[$0] * x.days + x.placementDay[$0] })
        {
            add(.travel, Self.travelPairs(ps.map { (x.placementStart[$0], x.placementStart[$0] + x.placementLength[$0] - 1, x.placementSite[$0]) }, x))
        }
        // Order rules.
        for g in 0..<x.groupIDs.count {
            add(.firstCourse, Self.firstCourseCount(firsts: firstsOfGroup[g], others: othersOfGroup[g], slotRange: slotRange))
            add(.courseOrder, Self.courseOrderCount(x.orderPairsOfGroup[g], slotRange: slotRange))
        }
        for (u, unit) in x.units.enumerated() {
            let c = Self.unitCounts(unit, window: x.unitWindow[u], slotRange: slotRange, periodsPerDay: x.periodsPerDay)
            add(.fiveHavesOrder, c.order)
            add(.fiveHavesWindow, c.window)
        }
        return out
    }
}
