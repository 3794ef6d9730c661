import Domain

extension Plan {
    /// Names, for each unmet requirement, the rule that blocked it: either no placement exists at
    /// all (and why), or every placement it has conflicts with the timetable, and then the family
    /// that rejects most of them is named with the counts.
    public func diagnose(_ timetable: Timetable) -> [UnmetRequirement] {
        let m = model
        let baseline = Set(TimetableFacts(context: context, timetable: timetable).allViolations().map(\.description))
        return timetable.unmet.map { u in
            guard u.rule.isEmpty else { return u }
            var out = u
            guard let r = m.requirements.first(where: { $0.group == u.group && $0.course == u.course && $0.occurrence == u.occurrence && $0.segment == u.segment }) else {
                out.rule = "SessionCoverage"; out.reason = "no such requirement"; return out
            }
            if let shortage = m.set.shortages[r.index] {
                out.rule = shortage.hasPrefix("its pin") ? "Pins" : shortage.contains("teacher") ? "TeacherQualification" : shortage.contains("venue") ? "VenueFit" : "Availability"
                out.reason = shortage
                return out
            }
            var counts: [String: Int] = [:]
            let candidates = m.assignmentsOf[r.index].prefix(400)
            for a in candidates {
                let p = m.placement(m.assignments[a].placement)
                let act = m.set.activities[p.activity]
                let trial = ScheduledSession(id: "?trial", course: act.course, segment: act.segment, occurrence: act.occurrence, groups: [r.group],
                                             teacher: p.teacher, venue: m.set.pools[p.pool].venues[0], day: context.days[p.day],
                                             firstPeriod: p.start, periodCount: p.length)
                var tt = timetable
                tt.sessions.append(trial)
                tt.unmet.removeAll { $0 == u }
                let facts = TimetableFacts(context: context, timetable: tt)
                // A segment is tried alone: its unit's order and window cannot hold without the rest.
                let ignored: Set<String> = r.segment == nil ? ["SessionCoverage", "ElectiveMenu"] : ["SessionCoverage", "ElectiveMenu", "FiveHavesOrder", "FiveHavesWindow"]
                let blocking = Set(facts.allViolations().filter { !baseline.contains($0.description) && !ignored.contains($0.family) }.map(\.family))
                for fam in blocking { counts[fam, default: 0] += 1 }
            }
            let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            if let top = ranked.first {
                out.rule = top.key
                let list = ranked.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
                out.reason = "all \(candidates.count) possible placements conflict with the rest of the timetable (\(list))"
            } else if let seg = r.segment {
                let w = context.courses[r.course]?.fiveHaves?.withinDays ?? 0
                out.rule = "FiveHavesWindow"
                out.reason = "the \(seg.rawValue) alone has free placements, but the unit's five segments do not fit in order within \(w) teaching day(s) with the travel between its sites"
            } else {
                out.rule = "SessionCoverage"
                out.reason = "left out by the solver within its limits although \(candidates.count) placements look free: solve longer"
            }
            // A pinned session has only its pinned placements: the pin is the cause.
            if let pin = context.pins(of: r).first {
                out.reason = "its \(pin.words) clashes with the rest of the timetable: " + out.reason
                out.rule = "Pins"
            }
            return out
        }
    }
}
