import Domain

extension Plan {
    /// Names, for each unmet requirement, the rule that blocked it: either no placement exists at
    /// all (and why), or every placement it has conflicts with the timetable, and then the family
    /// that rejects most of them is named with the counts.
    public func diagnose(_ timetable: Timetable) -> [UnmetRequirement] {
        let m = model
        let index = SessionIndex(timetable)
        return timetable.unmet.map { u in
            guard u.rule == nil else { return u }
            var out = u
            guard
                let r = m.requirements.first(where: { $0.group == u.group && $0.course == u.course && $0.occurrence == u.occurrence && $0.segment == u.segment }
                )
            else {
                out.rule = .sessionCoverage; out.reason = "no such requirement"; return out
            }
            if let shortage = m.set.shortages[r.index] {
                out.rule = shortage.rule
                out.reason = shortage.reason
                return out
            }
            var counts: [RuleName: Int] = [:]
            let candidates = m.assignmentsOf[r.index].prefix(400)
            // A trial can only break rules together with sessions that share its group (or a cohort
            // mate), teacher or venue: each trial is checked against those alone, before and after.
            let mates = Set([r.group] + (context.cohortsOf[r.group] ?? []).flatMap { context.scenario.cohorts[$0].groups })
            for a in candidates {
                let p = m.placement(m.assignments[a].placement)
                let act = m.set.activities[p.activity]
                let trial = ScheduledSession(
                    id: "?trial", course: act.course, segment: act.segment, occurrence: act.occurrence, groups: [r.group],
                    teacher: p.teacher, venue: m.set.pools[p.pool].venues[0], day: context.days[p.day],
                    firstPeriod: p.start, periodCount: p.length)
                let near = index.near(trial, mates: mates)
                // A segment is tried alone: its unit's order and window cannot hold without the rest.
                let ignored: Set<RuleName> =
                    r.segment == nil ? [.sessionCoverage, .electiveMenu] : [.sessionCoverage, .electiveMenu, .fiveHavesOrder, .fiveHavesWindow]
                let before = Set(TimetableFacts(context: context, timetable: Timetable(sessions: near)).violations(besides: ignored).map(\.description))
                let facts = TimetableFacts(context: context, timetable: Timetable(sessions: near + [trial]))
                let blocking = Set(facts.violations(besides: ignored).filter { !before.contains($0.description) }.map(\.family))
                for fam in blocking { counts[fam, default: 0] += 1 }
            }
            let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            if let top = ranked.first {
                out.rule = top.key
                let list = ranked.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
                out.reason = "all \(candidates.count) possible placements conflict with the rest of the timetable (\(list))"
            } else if let seg = r.segment {
                let w = context.courses[r.course]?.fiveHaves?.withinDays ?? 0
                out.rule = .fiveHavesWindow
                out.reason =
                    "the \(seg.rawValue) alone has free placements, but the unit's five segments do not fit in order within \(w) teaching day(s) with the travel between its sites"
            } else {
                out.rule = .sessionCoverage
                out.reason = "left out by the solver within its limits although \(candidates.count) placements look free: solve longer"
            }
            // A pinned session has only its pinned placements: the pin is the cause.
            if let pin = context.pins(of: r).first {
                out.reason = "its \(pin.words) clashes with the rest of the timetable: " + out.reason
                out.rule = .pins
            }
            return out
        }
    }
}

/// A timetable's sessions by group, teacher and venue, for checking one more session against
/// only those it could clash with.
struct SessionIndex {
    var byGroup: [Group.ID: [Int]] = [:]
    var byTeacher: [Teacher.ID: [Int]] = [:]
    var byVenue: [Venue.ID: [Int]] = [:]
    let sessions: [ScheduledSession]

    init(_ t: Timetable) {
        sessions = t.sessions
        for (i, s) in t.sessions.enumerated() {
            for g in s.groups { byGroup[g, default: []].append(i) }
            if let tid = s.teacher { byTeacher[tid, default: []].append(i) }
            byVenue[s.venue, default: []].append(i)
        }
    }

    /// The sessions sharing a group in `mates`, the teacher or the venue of `trial`, in timetable order.
    func near(_ trial: ScheduledSession, mates: Set<Group.ID>) -> [ScheduledSession] {
        var ids = Set<Int>()
        for g in mates { ids.formUnion(byGroup[g] ?? []) }
        if let t = trial.teacher { ids.formUnion(byTeacher[t] ?? []) }
        ids.formUnion(byVenue[trial.venue] ?? [])
        return ids.sorted().map { sessions[$0] }
    }
}
