import Domain
import MIP

/// Teacher balance: the periods each teacher teaches beyond a fair share, where each course's
/// expected periods are split evenly among the teachers who teach it.
public struct TeacherBalanceTerm: SoftTerm {
    public init() {}
    public let name = "teacher_balance"
    public let unit = "periods above fair share"
    public func weight(_ o: Objective) -> Double { o.teacherBalance }

    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        let fair = m.context.fairShares()
        for (t, load) in m.loadColumn.sorted(by: { $0.key < $1.key }) {
            let excess = m.program.addColumn("excess_\(t)", kind: .continuous, bounds: .atLeast(0), cost: weight)
            m.program.addRow("excess_\(t)", [(excess, 1.0), (load, -1.0)], .atLeast(-(fair[t] ?? 0)))
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        let fair = f.context.fairShares()
        return f.sessionsOfTeacher.sorted(by: { $0.key < $1.key }).reduce(0.0) { sum, entry in
            sum + max(0, Double(entry.value.reduce(0) { $0 + $1.periodCount }) - (fair[entry.key] ?? 0))
        }
    }
}

extension PlanningContext {
    /// Expected periods per teacher: each course's demand (joint courses once per occurrence,
    /// menu courses in proportion to how much of the menu they could fill) split evenly among its teachers.
    public func fairShares() -> [Teacher.ID: Double] {
        var demand: [Course.ID: Double] = [:]
        for g in scenario.groups {
            for c in g.required { if let course = courses[c], !course.joint { demand[c, default: 0] += Double(course.totalPeriods) } }
            if let menu = g.menu {
                let offered = menu.from.filter { !g.required.contains($0) }
                let total = offered.reduce(0) { $0 + (courses[$1]?.totalPeriods ?? 0) }
                guard total > 0 else { continue }
                for c in offered {
                    if let course = courses[c], !course.joint {
                        demand[c, default: 0] += Double(course.totalPeriods) * Double(menu.periods) / Double(total)
                    }
                }
            }
        }
        for c in scenario.courses where c.joint && scenario.groups.contains(where: { $0.required.contains(c.id) || ($0.menu?.from.contains(c.id) ?? false) }) {
            demand[c.id, default: 0] += Double(c.totalPeriods)
        }
        var share: [Teacher.ID: Double] = [:]
        for (c, periods) in demand.sorted(by: { $0.key < $1.key }) {
            let who = scenario.teachers.filter { $0.teaches.contains(c) }
            for t in who { share[t.id, default: 0] += periods / Double(who.count) }
        }
        return share
    }
}
