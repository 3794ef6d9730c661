import Domain
import MIP

/// The course id an unmet entry uses when a group's menu could not be filled.
public let menuShortfallCourse = Course.ID("(menu)")

/// A group may not take electives that fill more or fewer periods than its menu asks.
public struct ElectiveMenu: ConstraintFamily {
    public init() {}
    public let name = RuleName.electiveMenu
    public let forbids = "A group may not take electives filling more or fewer periods than its menu asks."

    public func addRows(to m: inout ModelBuilder) {
        for g in m.context.scenario.groups {
            guard let menu = g.menu else { continue }
            var terms: [(column: Int, value: Double)] = []
            for c in menu.from where !g.required.contains(c) {
                guard let course = m.context.courses[c], let col = m.electiveColumn[GroupCourse(g.id, c)] else { continue }
                terms.append((col, Double(course.totalPeriods)))
            }
            // Shortfall is allowed only at the unmet penalty, so an unfillable menu still yields a timetable.
            let short = m.program.addColumn(
                "menushort_\(g.id)", kind: .continuous, bounds: .between(0, Double(menu.periods)),
                cost: unmetPenaltyPerPeriod)
            m.menuShortfallColumn[g.id] = short
            m.program.addRow("menu_\(g.id)", terms + [(short, 1.0)], .equal(Double(menu.periods)))
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        let chosen = f.chosenElectives()
        var out: [Violation] = []
        for g in f.context.scenario.groups {
            guard let menu = g.menu else { continue }
            if f.timetable.unmet.contains(where: { $0.group == g.id && $0.course == menuShortfallCourse }) { continue }
            let total = menu.from.filter { chosen.contains(GroupCourse(g.id, $0)) }.reduce(0) { $0 + (f.context.courses[$1]?.totalPeriods ?? 0) }
            if total != menu.periods {
                out.append(Violation(family: name, message: "group '\(g.id)' takes \(total) elective periods but its menu asks for \(menu.periods)"))
            }
        }
        return out
    }
}
