import Domain

/// Large programmes split by where their groups are based: a prefecture's counties share only a
/// few teachers and venues, so each county is planned as a scenario of its own, with what the
/// other counties already use of the shared ones taken out of it.
extension TrainingScenario {
    /// Groups planned together: those based at one site, joined with every group they share a
    /// cohort with (a cohort is a hard rule across groups). In scenario order; groups without a
    /// home site form one part.
    public func planningParts() -> [[Group.ID]] {
        var parent = Array(groups.indices)
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        func join(_ a: Int, _ b: Int) { let (ra, rb) = (root(a), root(b)); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } }
        let index = Dictionary(groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var firstAtSite: [String: Int] = [:]
        for (i, g) in groups.enumerated() {
            let key = g.site?.rawValue ?? ""
            if let j = firstAtSite[key] { join(i, j) } else { firstAtSite[key] = i }
        }
        for c in cohorts {
            let members = c.groups.compactMap { index[$0] }
            for m in members.dropFirst() { join(members[0], m) }
        }
        var parts: [Int: [Group.ID]] = [:]
        var order: [Int] = []
        for (i, g) in groups.enumerated() {
            let r = root(i)
            if parts[r] == nil { order.append(r) }
            parts[r, default: []].append(g.id)
        }
        return order.map { parts[$0]! }
    }

    /// This scenario for some of its groups only, with the teachers and venues that `others`
    /// (the rest of the programme's sessions) use taken away: a venue for the periods it is
    /// held, a teacher for the whole day (a shared teacher serves one part a day, so no travel
    /// or daily load between parts needs checking) and for the periods out of their total.
    public func part(_ members: [Group.ID], around others: Timetable) -> TrainingScenario {
        var s = self
        let keep = Set(members)
        s.groups = groups.filter { keep.contains($0.id) }
        s.cohorts = cohorts.filter { $0.groups.allSatisfy(keep.contains) }
        s.pins = pins.filter { keep.contains($0.group) }
        var teacherDays: [Teacher.ID: Set<Day>] = [:]
        var teacherPeriods: [Teacher.ID: Int] = [:]
        var venuePeriods: [Venue.ID: [Day: Set<Int>]] = [:]
        for x in others.sessions {
            if let t = x.teacher { teacherDays[t, default: []].insert(x.day); teacherPeriods[t, default: 0] += x.periodCount }
            venuePeriods[x.venue, default: [:]][x.day, default: []].formUnion(x.periodRange)
        }
        for i in s.teachers.indices {
            let id = s.teachers[i].id
            for d in (teacherDays[id] ?? []).sorted() { s.teachers[i].unavailable.append(.date(d, periods: nil)) }
            if let used = teacherPeriods[id], let total = s.teachers[i].maxPeriods { s.teachers[i].maxPeriods = max(0, total - used) }
        }
        for i in s.venues.indices where !s.venues[i].isOnline {
            for (d, qs) in (venuePeriods[s.venues[i].id] ?? [:]).sorted(by: { $0.key < $1.key }) {
                s.venues[i].unavailable.append(.date(d, periods: qs.sorted().map { calendar.periods[$0].id }))
            }
        }
        return s
    }

    /// This part with the meetings in `fixed` (shared with other parts) taken as they are: each
    /// member group attending one no longer requires that course occurrence, and is busy then.
    public func attending(_ fixed: Timetable, members: Set<Group.ID>) -> TrainingScenario {
        var s = self
        for i in s.groups.indices where members.contains(s.groups[i].id) {
            let mine = fixed.sessions.filter { $0.groups.contains(s.groups[i].id) }
            guard !mine.isEmpty else { continue }
            // Only whole courses held once can be dropped from the list; the rest stays required.
            for x in mine where x.segment == nil {
                if let c = courses.first(where: { $0.id == x.course }), c.sessions <= 1, c.fiveHaves == nil {
                    s.groups[i].required.removeAll { $0 == x.course }
                    s.groups[i].unavailable.append(.date(x.day, periods: x.periodRange.map { calendar.periods[$0].id }))
                }
            }
        }
        return s
    }
}
