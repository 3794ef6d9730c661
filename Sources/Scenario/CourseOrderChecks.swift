import Domain

/// `after:` between courses: a course listed after itself, orders that go round in a circle, a
/// first course asked to follow another, and orders that cannot fit a group's calendar.
extension ScenarioChecks {
    func checkCourseOrder() {
        guard s.courses.contains(where: { !$0.after.isEmpty }) else { return }
        let cyclic = checkOrderCycles()
        guard !cyclic, !d.calendarBroken, !teachingDays.isEmpty, !anyBroken("groups") else { return }
        checkOrderFits()
    }

    func afterLocation(_ c: Course.ID, _ item: Course.ID) -> SourceLocation {
        map.location(of: "courses", id: c.rawValue, field: "after", item: item.rawValue)
            ?? map.location(of: "courses", id: c.rawValue, field: "after") ?? at("courses", c.rawValue)
    }

    /// Reports each circle once, where its last link is written; returns whether there was any.
    func checkOrderCycles() -> Bool {
        let w = r.wording
        var found = false
        for c in s.courses where c.after.contains(c.id) {
            found = true
            r.error(.orderCycle, w("order.self", c.id), at: afterLocation(c.id, c.id), hint: w("order.selfHint", c.id))
        }
        // Depth-first in file order: a link to a course still on the path closes a circle.
        enum Mark { case onPath, done }
        var mark: [Course.ID: Mark] = [:]
        var path: [Course.ID] = []
        func visit(_ c: Course.ID) {
            mark[c] = .onPath
            path.append(c)
            for p in course(c)?.after ?? [] where p != c && course(p) != nil {
                switch mark[p] {
                case .onPath:
                    found = true
                    // path from p to c, each after the one before it in the list: in time, c's
                    // predecessors come first, so the circle reads backwards along the path.
                    let loop = Array(path[path.lastIndex(of: p)!...])
                    let inTime = ([p] + loop.reversed()).map { quote($0) }.joined(separator: " → ")
                    r.error(.orderCycle, w("order.cycle", inTime), at: afterLocation(c, p), hint: w("order.cycleHint"))
                case .done: break
                case nil: visit(p)
                }
            }
            path.removeLast()
            mark[c] = .done
        }
        for c in s.courses where mark[c.id] == nil { visit(c.id) }
        return found
    }

    /// A position in a group's calendar: teaching day index and the first period not yet used.
    struct OrderPosition: Comparable {
        var day: Int
        var period: Int
        static func < (a: Self, b: Self) -> Bool { (a.day, a.period) < (b.day, b.period) }
    }

    /// A necessary condition, for each group and its required courses alone: the group's first
    /// course, then each course after all it follows, every session at the earliest periods the
    /// group is free, whole sessions within a day (a multi-unit five-haves course counted period by
    /// period). Teachers, venues and the group's other courses are ignored, so what does not fit
    /// here fits in no timetable.
    func checkOrderFits() {
        let w = r.wording
        let periods = s.calendar.periods
        var failures: [Course.ID: [(group: Group.ID, via: Course.ID, message: String)]] = [:]
        var reported: [Course.ID] = []
        for g in s.groups where !isBroken("groups", g.id.rawValue) {
            let taken = Set(g.required)
            guard g.required.allSatisfy({ course($0) != nil && !isBroken("courses", $0.rawValue) }) else { continue }
            let free = teachingDays.map { day in periods.map { !g.unavailable.covers(day, $0.id) } }
            let first = g.required.first { course($0)?.first == true }
            var start = OrderPosition(day: 0, period: 0)
            if let f = first {
                if let p = course(f)!.after.first(where: taken.contains) {
                    r.error(.impossibleOrder, w("order.first", f, g.id, p), at: afterLocation(f, p), hint: w("order.firstHint", p, f))
                    continue
                }
                // A first course that does not fit at all is the group's hours to report, not the order's.
                guard let end = place(course(f)!, from: start, free: free) else { continue }
                start = end
            }
            // Earliest end of each course and the predecessor that ends last, for the message.
            var ends: [Course.ID: (end: OrderPosition?, via: Course.ID?)] = [:]
            func earliestEnd(_ c: Course.ID) -> OrderPosition? {
                if let known = ends[c] { return known.end }
                if c == first { ends[c] = (start, nil); return start }
                var latest: (end: OrderPosition, course: Course.ID)? = nil
                for p in course(c)!.after where taken.contains(p) {
                    guard let e = earliestEnd(p) else { ends[c] = (nil, nil); return nil }
                    if latest == nil || e > latest!.end { latest = (e, p) }
                }
                let from = max(start, latest?.end ?? start)
                let end = place(course(c)!, from: from, free: free)
                ends[c] = (end, latest?.course)
                if end == nil, let via = latest?.course {
                    var chain = [via]
                    while let before = ends[chain[0]]?.via { chain.insert(before, at: 0) }
                    if let f = first, chain[0] != f { chain.insert(f, at: 0) }
                    let preds = course(c)!.after.filter(taken.contains).map { quote($0) }.joined(separator: w.language == .zh ? "、" : ", ")
                    let message = w(
                        "order.noFit", g.id, c, preds, chain.map { quote($0) }.joined(separator: " → "),
                        teachingDays[from.day].iso, periods[from.period - 1].id, count(freePeriods(from: from, free: free), "order.freeOne", "order.free"),
                        count(course(c)!.totalPeriods, "order.periodOne", "order.periods"))
                    if failures[c] == nil { reported.append(c) }
                    failures[c, default: []].append((g.id, via, message))
                }
                return end
            }
            for c in g.required where course(c)!.after.contains(where: taken.contains) { _ = earliestEnd(c) }
        }
        // One error per course, at its 'after', naming every group it fails for.
        for c in reported {
            let list = failures[c]!
            let others = list.dropFirst().map { quote($0.group) }
            r.error(
                .impossibleOrder, list[0].message, at: afterLocation(c, list[0].via),
                hint: w("order.noFitHint", list[0].via, c),
                notes: others.isEmpty ? [] : [w("order.noFitOthers", others.joined(separator: w.language == .zh ? "、" : ", "))])
        }
    }

    /// An id as the language quotes it: 'x' or “x”.
    func quote(_ id: Course.ID) -> String { r.wording.language == .zh ? "“\(id)”" : "'\(id)'" }
    func quote(_ id: Group.ID) -> String { r.wording.language == .zh ? "“\(id)”" : "'\(id)'" }

    func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? r.wording(one) : r.wording(many, n) }

    /// Where a group is after taking every session of `c` as early as it can from `from`; nil when
    /// the calendar ends first.
    func place(_ c: Course, from: OrderPosition, free: [[Bool]]) -> OrderPosition? {
        var at = from
        if let fh = c.fiveHaves {
            if c.sessions > 1 {
                // Units may interleave: count periods only, which can only be earlier.
                return advance(by: c.totalPeriods, from: from, free: free)
            }
            for seg in fh.segments {
                guard let next = block(seg.periods, from: at, free: free) else { return nil }
                at = next
            }
            return at
        }
        for _ in 0..<c.sessions {
            guard let next = block(c.periods, from: at, free: free) else { return nil }
            at = next
        }
        return at
    }

    /// The end of the earliest run of `length` free periods within one day at or after `from`.
    func block(_ length: Int, from: OrderPosition, free: [[Bool]]) -> OrderPosition? {
        for day in from.day..<free.count {
            let periods = free[day]
            var q = day == from.day ? from.period : 0
            while q + length <= periods.count {
                if let busy = (q..<q + length).last(where: { !periods[$0] }) { q = busy + 1; continue }
                return OrderPosition(day: day, period: q + length)
            }
        }
        return nil
    }

    /// The position after `count` free periods from `from` (across days).
    func advance(by count: Int, from: OrderPosition, free: [[Bool]]) -> OrderPosition? {
        var left = count
        if left == 0 { return from }
        for day in from.day..<free.count {
            for q in (day == from.day ? from.period : 0)..<free[day].count where free[day][q] {
                left -= 1
                if left == 0 { return OrderPosition(day: day, period: q + 1) }
            }
        }
        return nil
    }

    func freePeriods(from: OrderPosition, free: [[Bool]]) -> Int {
        (from.day..<free.count).reduce(0) { sum, day in
            sum + free[day].indices.filter { $0 >= (day == from.day ? from.period : 0) && free[day][$0] }.count
        }
    }
}
