import Domain
import GLPK
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
        for s in t.sessions {
            guard let d = m.context.dayIndex[s.day] else { return nil }
            var opened = Set<Int>()
            for g in s.groups {
                guard
                    let a = m.assignments.first(where: { a in
                        let r = m.requirements[a.requirement], p = m.placement(a.placement)
                        return r.group == g && r.course == s.course && r.segment == s.segment && r.occurrence == s.occurrence
                            && p.day == d && p.start == s.firstPeriod && p.teacher == s.teacher
                            && m.set.pools[p.pool].venues.contains(s.venue)
                    })
                else { return nil }
                v[a.column] = 1
                v[m.placementColumn[a.placement]] = 1
                opened.insert(a.placement)
            }
            // one session is one placement: a shared session of a non-joint course has no column
            if opened.count != 1 { return nil }
        }
        return v
    }

    /// Whether this family's rows accept the timetable: its integer columns are fixed to the
    /// timetable and GLPK looks for values of the family's continuous columns that satisfy every row.
    func accepts(_ t: Timetable) throws -> Bool? {
        guard let v = values(for: t) else { return nil }
        var fixed = model.program
        // integer columns as the timetable says; no slack: nothing may be left unmet
        for (j, c) in fixed.columns.enumerated() where c.kind != .continuous { fixed.setBounds(j, .equal(v[j])) }
        for j in model.unmetColumn + Array(model.menuShortfallColumn.values) { fixed.setBounds(j, .equal(0)) }
        let windowCols = Set(model.windowColumns.values.flatMap { $0 })
        for j in windowCols { fixed.setBounds(j, .between(0, 1)) }
        let r = try GLPK.solveLP(fixed)
        return r.status == .optimal
    }
}

extension Timetable {
    func replacing(_ id: String, _ change: (inout ScheduledSession) -> Void) -> Timetable {
        var t = self
        if let i = t.sessions.firstIndex(where: { $0.id == id }) { change(&t.sessions[i]) }
        return t
    }
}
