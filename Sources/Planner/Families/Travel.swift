import Domain
import MIP

/// A group or teacher may not have two sessions on one day at different sites with less time
/// between them than the travel minutes between those sites.
public struct Travel: ConstraintFamily {
    public init() {}
    public let name = RuleName.travel
    public let forbids = "Two sessions of a group or teacher on one day may not be closer in time than the travel between their sites."

    struct Item { var day: Int; var start: Int; var end: Int; var site: Site.ID?; var col: Int }

    public func addRows(to m: inout ModelBuilder) {
        for g in m.context.scenario.groups {
            let items = (m.requirementsOfGroup[g.id] ?? []).flatMap { r in
                m.assignmentsOf[r].map { a -> Item in
                    let p = m.placement(m.assignments[a].placement)
                    return Item(day: p.day, start: p.start, end: p.start + p.length - 1, site: m.site(of: p), col: m.assignments[a].column)
                }
            }
            add(items, owner: "g_\(g.id)", to: &m)
        }
        var byTeacher: [Teacher.ID: [Item]] = [:]
        for p in m.set.placements {
            guard let teacher = p.teacher else { continue }
            byTeacher[teacher, default: []].append(
                Item(day: p.day, start: p.start, end: p.start + p.length - 1, site: m.site(of: p), col: m.placementColumn[p.index]))
        }
        for (t, items) in byTeacher.sorted(by: { $0.key < $1.key }) { add(items, owner: "t_\(t)", to: &m) }
    }

    /// One row per (day, ending period, site, later starting period): at most one of "a session
    /// ends here at this site" and "a session starts then at a site too far away". Each side is
    /// already at most 1 by the clash rows, so the row is exact.
    private func add(_ items: [Item], owner: String, to m: inout ModelBuilder) {
        let ctx = m.context
        for (d, list) in Dictionary(grouping: items.filter { $0.site != nil }, by: \.day).sorted(by: { $0.key < $1.key }) {
            let ending = Dictionary(grouping: list, by: { "\($0.end)|\($0.site!)" })
            let starting = Dictionary(grouping: list, by: \.start)
            for key in ending.keys.sorted() {
                let e = ending[key]!
                let q1 = e[0].end, s1 = e[0].site
                for q2 in (q1 + 1)..<ctx.periodsPerDay {
                    let gap = ctx.minutesBetween(endOf: q1, startOf: q2)
                    let far = (starting[q2] ?? []).filter { ctx.travelMinutes(s1, $0.site) > gap }
                    if far.isEmpty { continue }
                    m.program.addRow("travel_\(owner)_\(d)_\(q1)_\(s1!)_\(q2)", e.map { ($0.col, 1.0) } + far.map { ($0.col, 1.0) }, .atMost(1))
                }
            }
        }
    }

    public func violations(in f: TimetableFacts) -> [Violation] {
        var out: [Violation] = []
        func check(_ who: String, _ list: [ScheduledSession]) {
            for a in list {
                let n = f.context.periodsPerDay
                for b in list
                where a.day == b.day && a.firstPeriod + a.periodCount <= b.firstPeriod
                    && a.firstPeriod >= 0 && b.firstPeriod + b.periodCount <= n && a.periodCount > 0
                {
                    let sa = f.context.site(of: a.venue), sb = f.context.site(of: b.venue)
                    let need = f.context.travelMinutes(sa, sb)
                    let gap = f.context.minutesBetween(endOf: a.firstPeriod + a.periodCount - 1, startOf: b.firstPeriod)
                    if need > gap {
                        out.append(
                            Violation(
                                family: name,
                                message:
                                    "\(who) has \(gap) minutes from \(f.describe(a)) to \(f.describe(b)) but the trip from '\(sa!)' to '\(sb!)' takes \(need)"))
                    }
                }
            }
        }
        for (g, list) in f.sessionsOfGroup.sorted(by: { $0.key < $1.key }) { check("group '\(g)'", list) }
        for (t, list) in f.sessionsOfTeacher.sorted(by: { $0.key < $1.key }) { check("teacher '\(t)'", list) }
        return out
    }
}
