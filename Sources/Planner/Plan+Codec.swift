import Domain

/// Column values ↔ timetables: reading a solution back, and a timetable as a start.
extension Plan {
    /// Reads column values (from the solver or a heuristic) back as a timetable. Rooms within a
    /// pool of identical venues are assigned here, per day in start order.
    /// Without `diagnose`, unmet requirements carry no rule or reason (quicker, for the search's own checks).
    public func timetable(from values: [Double], diagnose wanted: Bool = true) -> Timetable {
        let m = model
        var attendees: [Int: [Int]] = [:]  // placement -> requirements
        for a in m.assignments where values[a.column] > 0.5 { attendees[a.placement, default: []].append(a.requirement) }
        var sessions: [ScheduledSession] = []
        let open = m.set.placements.filter { values[m.placementColumn[$0.index]] > 0.5 && !(attendees[$0.index] ?? []).isEmpty }
            .sorted { ($0.day, $0.start, $0.pool, $0.index) < ($1.day, $1.start, $1.pool, $1.index) }
        let rooms = assignRooms(open, attendees: attendees)
        for p in open {
            let a = m.set.activities[p.activity]
            let groups = (attendees[p.index] ?? []).map { m.requirements[$0].group }.sorted()
            let venue = rooms[p.index] ?? m.set.pools[p.pool].venues[0]  // a clash here would show in the check
            var id = "\(a.course)-\(a.occurrence)"
            if let s = a.segment { id += "-\(s.rawValue)" }
            id += "-\(groups[0])"
            sessions.append(
                ScheduledSession(
                    id: id, course: a.course, segment: a.segment, occurrence: a.occurrence, groups: groups,
                    teacher: p.teacher, venue: venue, day: context.days[p.day], firstPeriod: p.start, periodCount: p.length))
        }
        var unmet: [UnmetRequirement] = []
        var held = Set<Int>()
        for (_, rs) in attendees { held.formUnion(rs) }
        for r in m.requirements where !held.contains(r.index) {
            let taken = m.takenColumn(r).map { values[$0] > 0.5 } ?? true
            if taken { unmet.append(UnmetRequirement(r, rule: nil, reason: "")) }
        }
        for g in context.scenario.groups {
            if let col = m.menuShortfallColumn[g.id], values[col] > 0.5 {
                unmet.append(
                    UnmetRequirement(
                        menuOf: g.id, periods: Int(values[col].rounded()), rule: ElectiveMenu().name,
                        reason: "no combination of menu courses fills exactly \(g.menu?.periods ?? 0) periods with the teachers, venues and periods left"))
            }
        }
        var t = Timetable(sessions: sessions, unmet: unmet)
        if wanted { t.unmet = diagnose(t) }
        return t
    }
}

extension Plan {
    /// A timetable's placement and attendance columns set to 1 (the rest 0): the integer part of
    /// this program's values for it, for another plan's timetable to start this one (times first,
    /// then rooms). Nil when a session has no placement here (another pool, teacher or time).
    public func placementValues(of timetable: Timetable) -> [Double]? {
        let m = model
        var values = [Double](repeating: 0, count: program.columns.count)
        var requirementOf: [SessionKey: Int] = [:]
        for r in m.requirements { requirementOf[SessionKey(r.group, r.course, r.occurrence, r.segment)] = r.index }
        for s in timetable.sessions {
            guard let day = context.dayIndex[s.day] else { return nil }
            for g in s.groups {
                guard let r = requirementOf[SessionKey(g, s.course, s.occurrence, s.segment)],
                    let a = m.assignmentsOf[r].map({ m.assignments[$0] }).first(where: {
                        let p = m.placement($0.placement)
                        return p.day == day && p.start == s.firstPeriod && p.length == s.periodCount && p.teacher == s.teacher
                            && m.set.pools[p.pool].venues.contains(s.venue)
                    })
                else { return nil }
                values[m.placementColumn[a.placement]] = 1
                values[a.column] = 1
                if let taken = m.takenColumn(m.requirements[r]) { values[taken] = 1 }
            }
        }
        for u in timetable.unmet {
            guard let r = requirementOf[SessionKey(u.group, u.course, u.occurrence, u.segment)] else { continue }
            if let taken = m.takenColumn(m.requirements[r]) { values[taken] = 1 }
        }
        return values
    }

    /// Values for every integer column a timetable chosen by assignment sets: placements,
    /// attendance, electives and five-haves windows; continuous columns are left at 0 for the
    /// caller to complete by linear programming. `chosen`: requirement → assignment index.
    public func integerValues(chosen: [Int: Int], electives: Set<GroupCourse>) -> [Double] {
        let m = model
        var values = [Double](repeating: 0, count: m.program.columns.count)
        for (_, a) in chosen {
            values[m.assignments[a].column] = 1
            values[m.placementColumn[m.assignments[a].placement]] = 1
        }
        for key in electives { if let c = m.electiveColumn[key] { values[c] = 1 } }
        let unitOf = Dictionary(m.fiveHavesUnits().map { ($0[0], $0) }, uniquingKeysWith: { a, _ in a })
        for (first, cols) in m.windowColumns {
            let unit = unitOf[first] ?? []
            let days = unit.compactMap { chosen[$0] }.map { m.placement(m.assignments[$0].placement).day }
            if let d = days.min() { values[cols[min(d, cols.count - 1)]] = 1 }
        }
        return values
    }

    /// Integer columns a placement does not set by itself (five-haves windows, menu choices
    /// and soft terms' derived columns): left to the solver when completing placement values.
    public var columnsBesidesPlacements: Set<Int> {
        var out = Set(model.derivedColumns.values.flatMap { $0 })
        out.formUnion(model.windowColumns.values.flatMap { $0 })
        out.formUnion(model.electiveColumn.values)
        return out
    }
}
