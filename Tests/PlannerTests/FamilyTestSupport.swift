import Domain
import MIP
@testable import Planner

/// Builds the program with a single family's rows, and the column values that encode a given
/// timetable, so a test can see whether that family's rows accept or reject it.
struct FamilyHarness {
    let plan: Plan
    var model: ModelBuilder

    init(_ family: any ConstraintFamily, scenario: TrainingScenario = Tiny.scenario()) {
        plan = Plan(scenario)
        let reqs = plan.model.requirements
        var m = ModelBuilder(context: plan.context, requirements: reqs, placements: plan.model.set)
        family.addRows(to: &m)
        model = m
    }

    /// Values encoding the timetable; nil when a session has no matching placement (the
    /// placement generator already excludes it).
    func values(for t: Timetable) -> [Double]? {
        let m = model
        var v = [Double](repeating: 0, count: m.program.columns.count)
        var held = Set<Int>()
        for s in t.sessions {
            guard let d = m.context.dayIndex[s.day] else { return nil }
            for g in s.groups {
                guard let a = m.assignments.first(where: { a in
                    let r = m.requirements[a.requirement], p = m.placement(a.placement)
                    return r.group == g && r.course == s.course && r.segment == s.segment && r.occurrence == s.occurrence
                        && p.day == d && p.start == s.firstPeriod && p.teacher == s.teacher
                        && m.set.pools[p.pool].venues.contains(s.venue)
                }) else { return nil }
                v[a.column] = 1
                v[m.placementColumn[a.placement]] = 1
                held.insert(a.requirement)
            }
        }
        for r in m.requirements where !held.contains(r.index) { v[m.unmetColumn[r.index]] = 1 }
        return v
    }

    /// Names of this family's rows that the timetable breaks.
    func brokenRows(_ t: Timetable) -> [String]? {
        guard let v = values(for: t) else { return nil }
        return model.program.violations(of: v).filter { $0.hasPrefix("row ") }
    }
}

extension Timetable {
    func replacing(_ id: String, _ change: (inout ScheduledSession) -> Void) -> Timetable {
        var t = self
        if let i = t.sessions.firstIndex(where: { $0.id == id }) { change(&t.sessions[i]) }
        return t
    }
}
