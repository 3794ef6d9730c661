import Domain
import MIP

/// Spread: a course with `min_days` should meet a group on at least that many different days;
/// each day short costs the weight.
public struct SpreadTerm: SoftTerm {
    public init() {}
    public let name = "spread"
    public let unit = "days short"
    public func weight(_ o: Objective) -> Double { o.spread }
    public func applies(to s: TrainingScenario) -> Bool { s.courses.contains { ($0.minDays ?? 0) > 1 } }

    /// Per group and such course: day_d ≤ Σ its sessions on day d (day_d ≤ 1), short ≥ min_days − Σ day_d.
    public func add(to m: inout ModelBuilder, weight: Double) {
        guard weight > 0 else { return }
        for g in m.context.scenario.groups {
            var byCourse: [Course.ID: [Int: [Int]]] = [:]  // course -> day -> columns
            for r in m.requirementsOfGroup[g.id] ?? [] {
                let req = m.requirements[r]
                guard (m.context.courses[req.course]?.minDays ?? 0) > 1 else { continue }
                for a in m.assignmentsOf[r] {
                    byCourse[req.course, default: [:]][m.placement(m.assignments[a].placement).day, default: []].append(m.assignments[a].column)
                }
            }
            for (c, days) in byCourse.sorted(by: { $0.key < $1.key }) {
                let need = m.context.courses[c]!.minDays!
                let tag = "\(g.id)_\(c)"
                var dayCols: [Int] = []
                for (d, cols) in days.sorted(by: { $0.key < $1.key }) {
                    let day = m.program.addColumn("spreadday_\(tag)_\(d)", kind: .continuous, bounds: .between(0, 1))
                    m.program.addRow("spreadday_\(tag)_\(d)", [(day, 1.0)] + cols.map { ($0, -1.0) }, .atMost(0))
                    dayCols.append(day)
                }
                let short = m.program.addColumn("spreadshort_\(tag)", kind: .continuous, bounds: .atLeast(0), cost: weight)
                m.program.addRow("spreadshort_\(tag)", [(short, 1.0)] + dayCols.map { ($0, 1.0) }, .atLeast(Double(need)))
            }
        }
    }

    public func amount(in f: TimetableFacts) -> Double {
        var total = 0
        for g in f.context.scenario.groups {
            let mine = f.sessionsOfGroup[g.id] ?? []
            for c in Set((f.requirementsOfGroup[g.id] ?? []).map(\.course)).sorted() {
                guard let need = f.context.courses[c]?.minDays, need > 1 else { continue }
                total += max(0, need - Set(mine.filter { $0.course == c }.map(\.day)).count)
            }
        }
        return Double(total)
    }
}
