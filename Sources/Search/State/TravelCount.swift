/// Travel, incrementally: a group's or teacher's day is recounted whole when one of its
/// sessions comes or goes (a day holds a handful of sessions).
extension TimetableState {
    /// Ordered pairs of sessions on one day, the first ending before the second starts, with
    /// less time between them than the trip between their sites.
    static func travelPairs(_ items: [(start: Int, end: Int, site: Int)], _ x: StateIndex) -> Int {
        var n = 0
        for a in items where a.site >= 0 {
            for b in items where b.site >= 0 && a.end < b.start && x.tooFar(a.site, end: a.end, b.site, start: b.start) { n += 1 }
        }
        return n
    }

    mutating func recountGroupDayTravel(_ g: Int, _ d: Int) {
        let x = index
        let k = g * x.days + d
        let items = groupDay[k].map { r -> (start: Int, end: Int, site: Int) in
            let p = x.assignmentPlacement[assignmentOf[r]]
            return (x.placementStart[p], x.placementStart[p] + x.placementLength[p] - 1, x.placementSite[p])
        }
        let n = items.count < 2 ? 0 : Self.travelPairs(items, x)
        counts[Rule.travel.rawValue] += n - groupDayTravel[k]
        groupDayTravel[k] = n
        let z = daySoft(g, items)
        soft += z - groupDaySoft[k]
        groupDaySoft[k] = z
    }

    mutating func recountTeacherDayTravel(_ t: Int, _ d: Int) {
        let x = index
        let k = t * x.days + d
        let items = teacherDay[k].map { p in (start: x.placementStart[p], end: x.placementStart[p] + x.placementLength[p] - 1, site: x.placementSite[p]) }
        let n = items.count < 2 ? 0 : Self.travelPairs(items, x)
        counts[Rule.travel.rawValue] += n - teacherDayTravel[k]
        teacherDayTravel[k] = n
    }
}
